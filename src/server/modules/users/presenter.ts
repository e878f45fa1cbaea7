import { ROLE_LABELS, type Role } from '../../../core/roles';
import type { users } from '../../db/schema';
import type { Actor } from '../../lib/context';
import { isLocked, userAbilities } from './policy';

type UserRow = typeof users.$inferSelect;

export interface UserLinks {
  memberName?: string | null;
  unitName?: string | null;
}

/** The account as the API shows it: never the password hash. */
export function presentUser(actor: Actor, u: UserRow, links: UserLinks = {}) {
  const { passwordHash: _hash, ...rest } = u;
  return {
    ...rest,
    roleLabels: u.roles.map((r) => ROLE_LABELS[r as Role] ?? r),
    memberName: links.memberName ?? null,
    unitName: links.unitName ?? null,
    locked: isLocked(u),
    abilities: userAbilities(actor, u),
  };
}
