import { hasAnyRole, ORG_READER_ROLES, type Role } from '../../../core/roles';
import type { Actor } from '../../lib/context';

/** The office records the awards; leaders and auditors read them all; a member reads their own. */
export const COMMENDATION_WRITERS: readonly Role[] = ['officeAdmin', 'officeStaff'];
export const COMMENDATION_ADMINS: readonly Role[] = ['officeAdmin'];
export const COMMENDATION_READERS: readonly Role[] = [...ORG_READER_ROLES, 'member'];

/** Whether the caller sees every commendation of the org (else only the ones awarded to them as a member). */
export function seesAllCommendations(actor: Actor): boolean {
  return hasAnyRole(actor.roles, ORG_READER_ROLES);
}

export function mayReadMemberCommendations(actor: Actor, memberId: string): boolean {
  return seesAllCommendations(actor) || (hasAnyRole(actor.roles, ['member']) && actor.memberId === memberId);
}

export function commendationAbilities(actor: Actor, c: { archivedAt: Date | null }) {
  const write = hasAnyRole(actor.roles, COMMENDATION_WRITERS) && !c.archivedAt;
  return { update: write, archive: write, restore: hasAnyRole(actor.roles, COMMENDATION_ADMINS) && !!c.archivedAt };
}

export function commendationListAbilities(actor: Actor) {
  return { create: hasAnyRole(actor.roles, COMMENDATION_WRITERS), export: true };
}
