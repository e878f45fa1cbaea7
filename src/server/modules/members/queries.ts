import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { toSearchQuery } from '../../../core/search';
import { committees, memberCommittees, memberGroupMembers, memberGroups, members, membershipChanges, sectors, terms } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/context';
import type { CommitteeSeat, MemberRow } from './presenter';
import type { RosterFilter } from './schemas';

/** The org's current term (isCurrent, else the highest number), or null. */
export async function currentTermId(db: DbOrTx, orgId: string): Promise<string | null> {
  const [t] = await db
    .select({ id: terms.id })
    .from(terms)
    .where(and(eq(terms.orgId, orgId), isNull(terms.archivedAt)))
    .orderBy(desc(terms.isCurrent), desc(terms.number))
    .limit(1);
  return t?.id ?? null;
}

/** A member of the caller's org; anything else is NOT_FOUND. */
export async function loadMember(db: DbOrTx, actor: Actor, id: string): Promise<MemberRow> {
  const [m] = await db.select().from(members).where(and(eq(members.id, id), eq(members.orgId, actor.orgId)));
  if (!m) throw new AppError('NOT_FOUND', '委员不存在');
  return m;
}

/** The WHERE clause of the roster for `f` (term defaults to the current term). */
export async function rosterWhere(db: DbOrTx, actor: Actor, f: RosterFilter): Promise<SQL | undefined> {
  const where: SQL[] = [eq(members.orgId, actor.orgId)];
  const termId = f.termId ?? (await currentTermId(db, actor.orgId));
  if (termId) where.push(eq(members.termId, termId));
  if (f.status !== 'all') where.push(eq(members.status, f.status));
  if (f.archived === 'exclude') where.push(isNull(members.archivedAt));
  if (f.archived === 'only') where.push(isNotNull(members.archivedAt));
  if (f.sectorId) where.push(eq(members.sectorId, f.sectorId));
  if (f.committeeId) where.push(inArray(members.id, db.select({ id: memberCommittees.memberId }).from(memberCommittees).where(eq(memberCommittees.committeeId, f.committeeId))));
  if (f.isStandingMember !== undefined) where.push(eq(members.isStandingMember, f.isStandingMember));
  if (f.gender) where.push(eq(members.gender, f.gender));
  if (f.politicalAffiliation) where.push(eq(members.politicalAffiliation, f.politicalAffiliation));
  if (f.birthYearFrom) where.push(gte(members.birthDate, `${f.birthYearFrom}-01-01`));
  if (f.birthYearTo) where.push(lte(members.birthDate, `${f.birthYearTo}-12-31`));
  if (f.q) {
    const tsq = toSearchQuery(f.q);
    if (tsq) where.push(sql`${members.searchVector} @@ to_tsquery('simple', ${tsq})`);
  }
  return and(...where);
}

function rosterOrder(f: RosterFilter): SQL[] {
  const dir = f.order === 'desc' ? desc : asc;
  const byName = [dir(members.name), asc(members.id)];
  switch (f.sort) {
    case 'name':
      return byName;
    case 'birthDate':
      return [sql`${members.birthDate} ${sql.raw(f.order === 'desc' ? 'desc' : 'asc')} nulls last`, ...byName];
    case 'joinedOn':
      return [sql`${members.joinedOn} ${sql.raw(f.order === 'desc' ? 'desc' : 'asc')} nulls last`, ...byName];
    case 'updatedAt':
      return [dir(members.updatedAt), asc(members.id)];
    case 'sector':
    case 'default':
      return [sql`${sectors.sortOrder} ${sql.raw(f.order === 'desc' ? 'desc' : 'asc')} nulls last`, dir(sectors.name), desc(members.isStandingMember), ...byName];
  }
}

export interface RosterLine {
  member: MemberRow;
  sectorName: string | null;
  committees: CommitteeSeat[];
}

/** One page of the roster (or all of it when `page` is undefined), with sector and committee names in two queries. */
export async function queryRoster(db: DbOrTx, actor: Actor, f: RosterFilter, page?: { limit: number; offset: number }): Promise<{ lines: RosterLine[]; total: number }> {
  const cond = await rosterWhere(db, actor, f);
  const [{ total }] = await db.select({ total: count() }).from(members).where(cond);
  let q = db
    .select({ member: members, sectorName: sectors.name })
    .from(members)
    .leftJoin(sectors, eq(sectors.id, members.sectorId))
    .where(cond)
    .orderBy(...rosterOrder(f))
    .$dynamic();
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = await q;
  const seats = await committeeSeats(db, rows.map((r) => r.member.id));
  return { total, lines: rows.map((r) => ({ member: r.member, sectorName: r.sectorName, committees: seats.get(r.member.id) ?? [] })) };
}

/** Committee seats of many members in one query. */
export async function committeeSeats(db: DbOrTx, memberIds: string[]): Promise<Map<string, CommitteeSeat[]>> {
  const out = new Map<string, CommitteeSeat[]>();
  if (!memberIds.length) return out;
  const rows = await db
    .select({ memberId: memberCommittees.memberId, committeeId: memberCommittees.committeeId, name: committees.name, role: memberCommittees.role })
    .from(memberCommittees)
    .innerJoin(committees, eq(committees.id, memberCommittees.committeeId))
    .where(inArray(memberCommittees.memberId, memberIds))
    .orderBy(asc(committees.sortOrder), asc(committees.name));
  for (const r of rows) {
    const list = out.get(r.memberId) ?? [];
    list.push({ committeeId: r.committeeId, name: r.name, role: r.role });
    out.set(r.memberId, list);
  }
  return out;
}

/** Everything the member page shows besides the profile. */
export async function memberPageParts(db: DbOrTx, m: MemberRow) {
  const [sector] = m.sectorId ? await db.select({ name: sectors.name }).from(sectors).where(eq(sectors.id, m.sectorId)) : [];
  const [term] = await db.select({ name: terms.name }).from(terms).where(eq(terms.id, m.termId));
  const seats = await committeeSeats(db, [m.id]);
  const groups = await db
    .select({ groupId: memberGroups.id, name: memberGroups.name, kind: memberGroups.kind, role: memberGroupMembers.role })
    .from(memberGroupMembers)
    .innerJoin(memberGroups, eq(memberGroups.id, memberGroupMembers.groupId))
    .where(and(eq(memberGroupMembers.memberId, m.id), isNull(memberGroups.archivedAt)))
    .orderBy(asc(memberGroups.name));
  const history = await db
    .select({
      id: membershipChanges.id,
      kind: membershipChanges.kind,
      effectiveOn: membershipChanges.effectiveOn,
      approvingMeetingId: membershipChanges.approvingMeetingId,
      approvingMeetingLabel: membershipChanges.approvingMeetingLabel,
      reason: membershipChanges.reason,
      createdAt: membershipChanges.createdAt,
    })
    .from(membershipChanges)
    .where(eq(membershipChanges.memberId, m.id))
    .orderBy(asc(membershipChanges.effectiveOn), asc(membershipChanges.createdAt));
  return { sectorName: sector?.name ?? null, termName: term?.name ?? null, committees: seats.get(m.id) ?? [], groups, history };
}
