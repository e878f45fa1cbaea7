import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { UNIT_ROLES, hasAnyRole, type Role } from '../../../core/roles';
import { audit, diff } from '../../audit/record';
import { assertStrongPassword, generatePassword, hashPassword } from '../../auth/password';
import type { Db, DbOrTx } from '../../db/client';
import { members, sessions, units, users } from '../../db/schema';
import type { Ctx } from '../../lib/context';
import { loadUser } from './queries';

type UserRow = typeof users.$inferSelect;

export interface UserLinkInput {
  roles: Role[];
  memberId: string | null;
  unitId: string | null;
}

/**
 * Role ↔ link rules: role `member` needs a member of the same org (at most one live account per
 * member), unit roles need a unit of the same org; a link without the matching role is refused.
 */
async function validateLinks(tx: DbOrTx, ctx: Ctx, input: UserLinkInput, userId?: string): Promise<void> {
  const orgId = ctx.actor.orgId;
  const isMember = input.roles.includes('member');
  const isUnit = hasAnyRole(input.roles, UNIT_ROLES);
  if (isMember && !input.memberId) throw new AppError('VALIDATION_FAILED', '委员角色必须关联一名委员');
  if (!isMember && input.memberId) throw new AppError('VALIDATION_FAILED', '只有委员角色可以关联委员');
  if (isUnit && !input.unitId) throw new AppError('VALIDATION_FAILED', '承办单位角色必须关联承办单位');
  if (!isUnit && input.unitId) throw new AppError('VALIDATION_FAILED', '只有承办单位角色可以关联承办单位');
  if (input.memberId) {
    const [m] = await tx.select({ id: members.id }).from(members).where(and(eq(members.id, input.memberId), eq(members.orgId, orgId), isNull(members.archivedAt)));
    if (!m) throw new AppError('VALIDATION_FAILED', '所选委员不存在');
    const taken = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.memberId, input.memberId), isNull(users.archivedAt), userId ? ne(users.id, userId) : undefined));
    if (taken.length) throw new AppError('DUPLICATE', '该委员已关联其他账号');
  }
  if (input.unitId) {
    const [u] = await tx.select({ id: units.id }).from(units).where(and(eq(units.id, input.unitId), eq(units.orgId, orgId), isNull(units.archivedAt)));
    if (!u) throw new AppError('VALIDATION_FAILED', '所选承办单位不存在');
  }
}

async function casUpdate(tx: DbOrTx, before: UserRow, version: number, set: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const rows = await tx
    .update(users)
    .set({ ...set, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, before.id), eq(users.version, version)))
    .returning();
  if (!rows.length) throw new AppError('CONFLICT');
  return rows[0];
}

/** Ends every session of a user (disable, reset, archive): whoever held the old access is out. */
async function endSessionsOf(tx: DbOrTx, userId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

export interface CreateUserInput extends UserLinkInput {
  username: string;
  displayName: string;
  phone?: string;
  email?: string;
  password?: string;
}

/** Creates an account in the caller's org; the password is the admin's or generated (shown once). */
export async function createUser(db: Db, ctx: Ctx, input: CreateUserInput): Promise<{ user: UserRow; generatedPassword?: string }> {
  const generated = !input.password;
  const password = input.password ?? generatePassword();
  if (!generated) assertStrongPassword(password);
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    await validateLinks(tx, ctx, input);
    const [u] = await tx
      .insert(users)
      .values({
        orgId: ctx.actor.orgId,
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        roles: input.roles,
        memberId: input.memberId,
        unitId: input.unitId,
        phone: input.phone ?? '',
        email: input.email ?? '',
        mustChangePassword: true,
      })
      .returning();
    await audit(tx, ctx, {
      action: 'user.create',
      targetType: 'user',
      targetId: u.id,
      targetLabel: u.displayName,
      changes: { username: u.username, roles: u.roles, memberId: u.memberId, unitId: u.unitId, passwordGenerated: generated },
    });
    return u;
  });
  return generated ? { user, generatedPassword: password } : { user };
}

export interface UpdateUserInput {
  version: number;
  displayName?: string;
  roles?: Role[];
  memberId?: string | null;
  unitId?: string | null;
  phone?: string;
  email?: string;
}

export async function updateUser(db: Db, ctx: Ctx, id: string, input: UpdateUserInput): Promise<UserRow> {
  const { version, ...changes } = input;
  return db.transaction(async (tx) => {
    const { u: before } = await loadUser(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '用户已归档，请先恢复');
    const merged = { roles: (changes.roles ?? before.roles) as Role[], memberId: changes.memberId !== undefined ? changes.memberId : before.memberId, unitId: changes.unitId !== undefined ? changes.unitId : before.unitId };
    if (before.id === ctx.actor.userId && !merged.roles.includes('officeAdmin')) throw new AppError('FORBIDDEN', '不能移除自己的管理员角色');
    if (changes.roles || changes.memberId !== undefined || changes.unitId !== undefined) await validateLinks(tx, ctx, merged, before.id);
    const after = await casUpdate(tx, before, version, changes);
    await audit(tx, ctx, { action: 'user.update', targetType: 'user', targetId: before.id, targetLabel: after.displayName, changes: diff(before, after) });
    return after;
  });
}

export const USER_OPS = ['disable', 'enable', 'unlock', 'archive', 'restore'] as const;
export type UserOp = (typeof USER_OPS)[number];

const OP_LABELS: Record<UserOp, string> = { disable: '停用', enable: '启用', unlock: '解锁', archive: '归档', restore: '恢复' };

/** State changes of an account; disable and archive end its sessions. */
export async function changeUserState(db: Db, ctx: Ctx, id: string, op: UserOp, version: number, reason?: string): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const { u: before } = await loadUser(tx, ctx.actor, id);
    const self = before.id === ctx.actor.userId;
    if ((op === 'disable' || op === 'archive') && self) throw new AppError('FORBIDDEN', `不能${OP_LABELS[op]}自己的账号`);
    if (op !== 'restore' && before.archivedAt) throw new AppError('INVALID_STATE', '用户已归档');
    let set: Partial<typeof users.$inferInsert>;
    switch (op) {
      case 'disable':
        if (before.disabled) throw new AppError('INVALID_STATE', '用户已停用');
        set = { disabled: true };
        break;
      case 'enable':
        if (!before.disabled) throw new AppError('INVALID_STATE', '用户未停用');
        set = { disabled: false };
        break;
      case 'unlock':
        set = { lockedUntil: null, failedLogins: 0 };
        break;
      case 'archive':
        set = { archivedAt: new Date() };
        break;
      case 'restore':
        if (!before.archivedAt) throw new AppError('INVALID_STATE', '用户未归档');
        // The links must still hold (e.g. the member got another account meanwhile).
        await validateLinks(tx, ctx, { roles: before.roles as Role[], memberId: before.memberId, unitId: before.unitId }, before.id);
        set = { archivedAt: null };
        break;
    }
    const after = await casUpdate(tx, before, version, set);
    if (op === 'disable' || op === 'archive') await endSessionsOf(tx, before.id);
    const changes = { ...diff(before, after), ...(reason ? { reason } : {}) };
    await audit(tx, ctx, { action: `user.${op}`, targetType: 'user', targetId: before.id, targetLabel: before.displayName, changes });
    return after;
  });
}

/** Sets a new password (the admin's or generated), forces a change at next login, ends sessions. */
export async function resetPassword(db: Db, ctx: Ctx, id: string, version: number, password?: string): Promise<{ user: UserRow; generatedPassword?: string }> {
  const generated = !password;
  const plain = password ?? generatePassword();
  if (!generated) assertStrongPassword(plain);
  const passwordHash = await hashPassword(plain);
  const user = await db.transaction(async (tx) => {
    const { u: before } = await loadUser(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '用户已归档');
    const after = await casUpdate(tx, before, version, { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), failedLogins: 0, lockedUntil: null });
    await endSessionsOf(tx, before.id);
    await audit(tx, ctx, { action: 'user.resetPassword', targetType: 'user', targetId: before.id, targetLabel: before.displayName, changes: { passwordGenerated: generated } });
    return after;
  });
  return generated ? { user, generatedPassword: plain } : { user };
}
