import { and, arrayContains, count, desc, eq, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import type { Role } from '../../../core/roles';
import type { DbOrTx } from '../../db/client';
import { loginEvents, members, units, users } from '../../db/schema';
import type { Actor } from '../../lib/context';
import { offsetOf } from '../../lib/paging';
import { containsPattern } from '../../lib/sql';

export interface UserListQuery {
  page: number;
  pageSize: number;
  q?: string;
  role?: Role;
  disabled?: boolean;
  archived: 'exclude' | 'only' | 'include';
}

const withLinks = { u: users, memberName: members.name, unitName: units.name };

/** The caller's org's accounts, with the linked member / unit names. */
export async function listUsers(db: DbOrTx, actor: Actor, q: UserListQuery) {
  const where: SQL[] = [eq(users.orgId, actor.orgId)];
  if (q.archived === 'exclude') where.push(isNull(users.archivedAt));
  if (q.archived === 'only') where.push(isNotNull(users.archivedAt));
  if (q.role) where.push(arrayContains(users.roles, [q.role]));
  if (q.disabled !== undefined) where.push(eq(users.disabled, q.disabled));
  if (q.q) {
    const like = containsPattern(q.q);
    where.push(or(ilike(users.username, like), ilike(users.displayName, like))!);
  }
  const cond = and(...where);
  const [{ total }] = await db.select({ total: count() }).from(users).where(cond);
  const rows = await db
    .select(withLinks)
    .from(users)
    .leftJoin(members, eq(members.id, users.memberId))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(cond)
    .orderBy(users.username)
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { rows, total };
}

/** One account of the caller's org; another org's account answers exactly like a missing one. */
export async function loadUser(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select(withLinks)
    .from(users)
    .leftJoin(members, eq(members.id, users.memberId))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.id, id), eq(users.orgId, actor.orgId)));
  if (!row) throw new AppError('NOT_FOUND', '用户不存在');
  return row;
}

export async function listLoginEvents(db: DbOrTx, userId: string, q: { page: number; pageSize: number }) {
  const cond = eq(loginEvents.userId, userId);
  const [{ total }] = await db.select({ total: count() }).from(loginEvents).where(cond);
  const rows = await db.select().from(loginEvents).where(cond).orderBy(desc(loginEvents.at), desc(loginEvents.id)).limit(q.pageSize).offset(offsetOf(q));
  return { rows, total };
}
