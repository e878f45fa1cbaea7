import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { activities } from '../../db/schema';
import { defineStat, type StatRecord } from '../../stats/registry';

/**
 * Counts over activities. An activity counts on its first day, once it is held (status `held`)
 * and not archived: planned and cancelled activities are not "组织开展" yet.
 */
const heldIn = (orgIds: string[], from: string, to: string) =>
  and(inArray(activities.orgId, orgIds), eq(activities.status, 'held'), isNull(activities.archivedAt), gte(activities.startsOn, from), lte(activities.startsOn, to));

/** 活动次数: held activities of a kind in the period, e.g. "组织X次红色观影活动" (kind=redFilm), "X次委员读书活动" (kind=reading). */
export const activitiesHeld = defineStat({
  name: 'activities.held',
  label: '组织开展活动次数',
  unit: '次',
  params: z.object({ kind: z.string().max(40).optional(), partyBranch: z.string().max(100).optional(), isMajor: z.enum(['true', 'false']).optional() }),
  async records(db, scope, p) {
    const where = [heldIn(scope.orgIds, scope.from, scope.to)];
    if (p.kind) where.push(eq(activities.kind, p.kind));
    if (p.partyBranch) where.push(eq(activities.partyBranch, p.partyBranch));
    if (p.isMajor) where.push(eq(activities.isMajor, p.isMajor === 'true'));
    const rows = await db
      .select({ id: activities.id, title: activities.title, startsOn: activities.startsOn, orgId: activities.orgId })
      .from(activities)
      .where(and(...where));
    return rows.map((r): StatRecord => ({ id: r.id, type: 'activity', title: r.title, date: r.startsOn, orgId: r.orgId, link: `/activities/${r.id}` }));
  },
});

/**
 * 依托的党支部数: the distinct party branches that organized held activities of a kind (default:
 * reading activities) in the period — "以X个专委会功能型党支部为依托…组织开展X次委员读书活动".
 * Decision: derived from the activity records, not a configured list, so the number is traceable
 * and agrees with the reading count beside it. One record per branch: its first activity in the
 * period (id `<activityId>`, title = the branch name).
 */
export const activitiesPartyBranches = defineStat({
  name: 'activities.partyBranches',
  label: '开展活动的党支部数',
  unit: '个',
  params: z.object({ kind: z.string().max(40).default('reading') }),
  async records(db, scope, p) {
    const rows = await db
      .select({ id: activities.id, branch: activities.partyBranch, startsOn: activities.startsOn, orgId: activities.orgId })
      .from(activities)
      .where(and(heldIn(scope.orgIds, scope.from, scope.to), eq(activities.kind, p.kind)))
      .orderBy(asc(activities.startsOn), asc(activities.id));
    const seen = new Map<string, StatRecord>();
    for (const r of rows) {
      const branch = r.branch.trim();
      if (!branch) continue;
      const key = `${r.orgId}|${branch}`;
      if (!seen.has(key)) seen.set(key, { id: r.id, type: 'partyBranch', title: branch, date: r.startsOn, orgId: r.orgId, link: `/activities?partyBranch=${encodeURIComponent(branch)}&kind=${p.kind}` });
    }
    return [...seen.values()];
  },
});
