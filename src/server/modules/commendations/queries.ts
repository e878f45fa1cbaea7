import { and, asc, count, desc, eq, gte, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { COMMENDATION_CATEGORY_LABELS, type CommendationCategory } from '../../../core/commendations';
import { toSearchQuery } from '../../../core/search';
import { commendations } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/context';
import { mayReadMemberCommendations, seesAllCommendations } from './policy';
import type { CommendationFilter } from './schemas';

export type CommendationRow = typeof commendations.$inferSelect;

/** Office roles, leaders and auditors see the org's awards; a member only the ones awarded to them. */
function visible(actor: Actor): SQL {
  const org = eq(commendations.orgId, actor.orgId);
  if (seesAllCommendations(actor)) return org;
  return actor.memberId ? and(org, eq(commendations.memberId, actor.memberId), isNull(commendations.archivedAt))! : sql`false`;
}

export async function loadCommendation(db: DbOrTx, actor: Actor, id: string): Promise<CommendationRow> {
  const [c] = await db.select().from(commendations).where(and(eq(commendations.id, id), visible(actor)));
  if (!c) throw new AppError('NOT_FOUND', '表彰记录不存在');
  return c;
}

export function commendationWhere(actor: Actor, f: CommendationFilter): SQL | undefined {
  const where: SQL[] = [visible(actor)];
  if (f.archived === 'exclude') where.push(isNull(commendations.archivedAt));
  if (f.archived === 'only') where.push(isNotNull(commendations.archivedAt));
  if (f.year) where.push(eq(commendations.year, f.year));
  if (f.category) where.push(eq(commendations.category, f.category));
  if (f.memberId) where.push(eq(commendations.memberId, f.memberId));
  if (f.meetingId) where.push(eq(commendations.meetingId, f.meetingId));
  if (f.from) where.push(gte(commendations.decidedOn, f.from));
  if (f.to) where.push(lte(commendations.decidedOn, f.to));
  if (f.q) {
    const tsq = toSearchQuery(f.q);
    if (tsq) where.push(sql`${commendations.searchVector} @@ to_tsquery('simple', ${tsq})`);
  }
  return and(...where);
}

export async function queryCommendations(db: DbOrTx, actor: Actor, f: CommendationFilter, page?: { limit: number; offset: number }) {
  const cond = commendationWhere(actor, f);
  const [{ total }] = await db.select({ total: count() }).from(commendations).where(cond);
  let q = db
    .select()
    .from(commendations)
    .where(cond)
    .orderBy(desc(commendations.year), asc(commendations.category), asc(commendations.nomineeName), asc(commendations.id))
    .$dynamic();
  if (page) q = q.limit(page.limit).offset(page.offset);
  return { total, rows: await q };
}

/** One line of "获得表彰" on a member's page. */
export interface MemberCommendation {
  id: string;
  year: number;
  category: string;
  categoryLabel: string;
  decisionMeetingLabel: string;
  meetingId: string | null;
  decidedOn: string;
  decisionDocNumber: string;
  citation: string;
}

/**
 * The awards of one member, newest first — for the member page. Empty when the caller may not see
 * them (a member looking at someone else's page).
 */
export async function memberCommendations(db: DbOrTx, actor: Actor, memberId: string): Promise<MemberCommendation[]> {
  if (!mayReadMemberCommendations(actor, memberId)) return [];
  const rows = await db
    .select()
    .from(commendations)
    .where(and(eq(commendations.orgId, actor.orgId), eq(commendations.memberId, memberId), isNull(commendations.archivedAt)))
    .orderBy(desc(commendations.year), asc(commendations.decidedOn));
  return rows.map((c) => ({
    id: c.id,
    year: c.year,
    category: c.category,
    categoryLabel: COMMENDATION_CATEGORY_LABELS[c.category as CommendationCategory] ?? c.category,
    decisionMeetingLabel: c.decisionMeetingLabel,
    meetingId: c.meetingId,
    decidedOn: c.decidedOn ?? '',
    decisionDocNumber: c.decisionDocNumber,
    citation: c.citation,
  }));
}
