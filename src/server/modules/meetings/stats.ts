import { and, eq, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { MEETING_KIND_RE, meetingNumberLabel } from '../../../core/meetings';
import { chinaDay, periodInstants } from '../../../core/time';
import type { DbOrTx } from '../../db/client';
import { meetingAgendaItems, meetings, members, membershipChanges, terms } from '../../db/schema';
import { defineStat, type StatRecord, type StatScope } from '../../stats/registry';

/** Meetings that took place: held or closed (a cancelled or draft meeting never counts). */
const HELD = ['held', 'closed'];

async function heldMeetings(db: DbOrTx, scope: StatScope, opts: { kind?: string; withStudy?: boolean }): Promise<StatRecord[]> {
  const { start, end } = periodInstants(scope);
  const where = [
    inArray(meetings.orgId, scope.orgIds),
    inArray(meetings.status, HELD),
    isNull(meetings.archivedAt),
    gte(meetings.startsAt, start),
    lt(meetings.startsAt, end),
  ];
  if (opts.kind) where.push(eq(meetings.kind, opts.kind));
  if (opts.withStudy)
    where.push(sql`exists (select 1 from ${meetingAgendaItems} where ${meetingAgendaItems.meetingId} = ${meetings.id} and ${meetingAgendaItems.isStudy})`);
  const rows = await db
    .select({ id: meetings.id, orgId: meetings.orgId, kind: meetings.kind, number: meetings.number, title: meetings.title, startsAt: meetings.startsAt, termNumber: terms.number })
    .from(meetings)
    .innerJoin(terms, eq(terms.id, meetings.termId))
    .where(and(...where));
  return rows.map((r) => {
    const label = meetingNumberLabel(r.kind, r.termNumber, r.number);
    return { id: r.id, type: 'meeting', title: label && !r.title.includes(label) ? `${label}：${r.title}` : r.title, date: chinaDay(r.startsAt), orgId: r.orgId, link: `/meetings/${r.id}` };
  });
}

const kindParam = z.string().regex(MEETING_KIND_RE);

/** 召开X次某类会议: meetings of a kind (or all kinds) held in the period. */
export const meetingsHeld = defineStat({
  name: 'meetings.held',
  label: '召开会议次数',
  unit: '次',
  params: z.object({ kind: kindParam.optional() }),
  records: (db, scope, p) => heldMeetings(db, scope, { kind: p.kind }),
});

/** 召开X次党组会议 / 主席会议 / 常委会会议集体学习: meetings of the kind (or any kind) held with at least one study item. */
export const meetingsWithStudy = defineStat({
  name: 'meetings.withStudy',
  label: '会议集体学习次数',
  unit: '次',
  params: z.object({ kind: kindParam.optional() }),
  records: (db, scope, p) => heldMeetings(db, scope, { kind: p.kind, withStudy: true }),
});

/** 召开市政协X届X次会议: plenary meetings held in the period (titles carry 六届二次会议). */
export const plenarySessionsHeld = defineStat({
  name: 'meetings.plenarySessions',
  label: '召开全体会议次数',
  unit: '次',
  params: z.object({}),
  records: (db, scope) => heldMeetings(db, scope, { kind: 'plenary' }),
});

/**
 * 增补X名政协委员: membership changes of kind `added` effective in the period. The approving
 * meeting (usually a standing committee meeting) is named in the title.
 */
export const membersAdded = defineStat({
  name: 'members.added',
  label: '增补委员人数',
  unit: '名',
  params: z.object({}),
  async records(db, scope) {
    const rows = await db
      .select({
        id: membershipChanges.id,
        orgId: membershipChanges.orgId,
        memberId: membershipChanges.memberId,
        effectiveOn: membershipChanges.effectiveOn,
        label: membershipChanges.approvingMeetingLabel,
        name: members.name,
        meetingTitle: meetings.title,
      })
      .from(membershipChanges)
      .innerJoin(members, eq(members.id, membershipChanges.memberId))
      // Only a meeting of the same org names the approval (the link is checked, not trusted).
      .leftJoin(meetings, and(eq(meetings.id, membershipChanges.approvingMeetingId), eq(meetings.orgId, membershipChanges.orgId)))
      .where(
        and(
          inArray(membershipChanges.orgId, scope.orgIds),
          eq(membershipChanges.kind, 'added'),
          gte(membershipChanges.effectiveOn, scope.from),
          lte(membershipChanges.effectiveOn, scope.to),
        ),
      );
    return rows.map((r) => {
      const via = r.meetingTitle ?? r.label;
      return { id: r.id, type: 'membershipChange', title: via ? `增补${r.name}（${via}）` : `增补${r.name}`, date: r.effectiveOn, orgId: r.orgId, link: `/members/${r.memberId}` };
    });
  },
});
