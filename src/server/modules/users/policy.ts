import { hasAnyRole } from '../../../core/roles';
import type { Actor } from '../../lib/context';

export const USER_ADMIN_ROLES = ['officeAdmin'] as const;

export interface UserState {
  id: string;
  orgId: string;
  disabled: boolean;
  archivedAt: Date | null;
  lockedUntil: Date | null;
  failedLogins: number;
}

export function isLocked(u: Pick<UserState, 'lockedUntil'>, now = Date.now()): boolean {
  return !!u.lockedUntil && u.lockedUntil.getTime() > now;
}

/**
 * What the caller may do with an account. Only the org's officeAdmin manages accounts; an admin
 * may not disable or archive their own account (nor drop their own officeAdmin role, see commands).
 */
export function userAbilities(actor: Actor, u: UserState) {
  const admin = hasAnyRole(actor.roles, USER_ADMIN_ROLES) && u.orgId === actor.orgId;
  const live = admin && !u.archivedAt;
  const self = u.id === actor.userId;
  return {
    update: live,
    resetPassword: live,
    disable: live && !u.disabled && !self,
    enable: live && u.disabled,
    unlock: live && (isLocked(u) || u.failedLogins > 0),
    archive: live && !self,
    restore: admin && !!u.archivedAt,
    viewLoginEvents: admin,
  };
}
