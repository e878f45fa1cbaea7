import { and, asc, count, desc, eq, exists, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { complianceOf, type ComplianceItem, type LinkedRequest } from '../../../core/requests/kinds';
import { toSearchQuery } from '../../../core/search';
import { activities, partyRequests, requestLinks } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/context';
import { majorMeetings, meetingsByIds } from './meeting-refs';
import type { RequestFilter } from './schemas';
import { containsPattern } from '../../lib/sql';

export type RequestRow = typeof partyRequests.$inferSelect;

/** The meeting kinds that need a request before and a report after (RULES §8). */
export const MAJOR_MEETING_KINDS = ['plenary', 'standingCommittee'] as const;


export async function loadRequest(db: DbOrTx, actor: Actor, id: string): Promise<RequestRow> {
  const [r] = await db.select().from(partyRequests).where(and(eq(partyRequests.id, id), eq(partyRequests.orgId, actor.orgId)));
  if (!r) throw new AppError('NOT_FOUND', '请示报告不存在');
  return r;
}

export function requestWhere(actor: Actor, f: RequestFilter): SQL | undefined {
  const where: SQL[] = [eq(partyRequests.orgId, actor.orgId)];
  if (f.archived === 'exclude') where.push(isNull(partyRequests.archivedAt));
  if (f.archived === 'only') where.push(isNotNull(partyRequests.archivedAt));
  if (f.kind) where.push(eq(partyRequests.kind, f.kind));
  if (f.subject) where.push(eq(partyRequests.subject, f.subject));
  if (f.outcome === 'pending') where.push(isNull(partyRequests.outcome));
  else if (f.outcome) where.push(eq(partyRequests.outcome, f.outcome));
  if (f.from) where.push(gte(partyRequests.sentOn, f.from));
  if (f.to) where.push(lte(partyRequests.sentOn, f.to));
  if (f.addressee) where.push(sql`${partyRequests.addressee} ilike ${containsPattern(f.addressee)}`);
  if (f.meetingId) where.push(exists(sql`(select 1 from ${requestLinks} where ${requestLinks.requestId} = ${partyRequests.id} and ${requestLinks.meetingId} = ${f.meetingId})`));
  if (f.activityId) where.push(exists(sql`(select 1 from ${requestLinks} where ${requestLinks.requestId} = ${partyRequests.id} and ${requestLinks.activityId} = ${f.activityId})`));
  if (f.q) {
    const tsq = toSearchQuery(f.q);
    if (tsq) where.push(sql`${partyRequests.searchVector} @@ to_tsquery('simple', ${tsq})`);
  }
  return and(...where);
}

export async function queryRequests(db: DbOrTx, actor: Actor, f: RequestFilter, page?: { limit: number; offset: number }): Promise<{ rows: RequestRow[]; total: number }> {
  const cond = requestWhere(actor, f);
  const [{ total }] = await db.select({ total: count() }).from(partyRequests).where(cond);
  let q = db
    .select()
    .from(partyRequests)
    .where(cond)
    .orderBy(sql`${partyRequests.sentOn} desc nulls first`, desc(partyRequests.createdAt), asc(partyRequests.id))
    .$dynamic();
  if (page) q = q.limit(page.limit).offset(page.offset);
  return { total, rows: await q };
}

/** The meetings and activities a request covers, with titles and days. */
export async function linksOf(db: DbOrTx, actor: Actor, requestId: string) {
  const rows = await db.select().from(requestLinks).where(eq(requestLinks.requestId, requestId));
  const meetingIds = rows.flatMap((r) => (r.meetingId ? [r.meetingId] : []));
  const activityIds = rows.flatMap((r) => (r.activityId ? [r.activityId] : []));
  const found = await meetingsByIds(db, actor.orgId, meetingIds);
  const acts = activityIds.length
    ? await db
        .select({ id: activities.id, kind: activities.kind, title: activities.title, startsOn: activities.startsOn, endsOn: activities.endsOn })
        .from(activities)
        .where(and(eq(activities.orgId, actor.orgId), inArray(activities.id, activityIds)))
        .orderBy(asc(activities.startsOn))
    : [];
  return {
    meetings: meetingIds.map((id) => found.find((m) => m.id === id) ?? { id, kind: '', title: '', startsOn: '', endsOn: null }),
    activities: acts,
  };
}

export async function assertActivitiesInOrg(db: DbOrTx, orgId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const found = await db.select({ id: activities.id }).from(activities).where(and(eq(activities.orgId, orgId), inArray(activities.id, ids)));
  if (found.length !== new Set(ids).size) throw new AppError('VALIDATION_FAILED', '关联的活动不存在');
}

/**
 * 事前有请示、事后有报告: the org's major meetings (plenary, standing committee) and major
 * activities of the year, each with the requests and reports linked to it and what is missing.
 */
export async function complianceView(db: DbOrTx, actor: Actor, year: number, day: string) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const meetings = await majorMeetings(db, actor.orgId, from, to, MAJOR_MEETING_KINDS);
  const acts = await db
    .select({ id: activities.id, kind: activities.kind, title: activities.title, startsOn: activities.startsOn, endsOn: activities.endsOn })
    .from(activities)
    .where(and(eq(activities.orgId, actor.orgId), eq(activities.isMajor, true), isNull(activities.archivedAt), sql`${activities.status} <> 'cancelled'`, gte(activities.startsOn, from), lte(activities.startsOn, to)));
  const items: ComplianceItem[] = [
    ...meetings.map((m) => ({ type: 'meeting' as const, ...m })),
    ...acts.map((a) => ({ type: 'activity' as const, ...a })),
  ].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id));
  const ids = items.map((i) => i.id);
  const links = ids.length
    ? await db
        .select({ meetingId: requestLinks.meetingId, activityId: requestLinks.activityId, id: partyRequests.id, kind: partyRequests.kind, title: partyRequests.title, sentOn: partyRequests.sentOn })
        .from(requestLinks)
        .innerJoin(partyRequests, eq(partyRequests.id, requestLinks.requestId))
        .where(and(eq(requestLinks.orgId, actor.orgId), isNull(partyRequests.archivedAt), sql`(${inArray(requestLinks.meetingId, ids)} or ${inArray(requestLinks.activityId, ids)})`))
    : [];
  return items.map((item) => {
    const linked = links.filter((l) => (item.type === 'meeting' ? l.meetingId : l.activityId) === item.id);
    const status = complianceOf(item, linked as LinkedRequest[], day);
    return { ...item, ...status, requests: linked.map((l) => ({ id: l.id, kind: l.kind, title: l.title, sentOn: l.sentOn })) };
  });
}
