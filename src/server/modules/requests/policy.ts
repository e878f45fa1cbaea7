import { hasAnyRole, ORG_READER_ROLES, type Role } from '../../../core/roles';
import type { Actor } from '../../lib/context';

/** The office keeps the ledger; leaders and auditors read it; members and units do not see it. */
export const REQUEST_READERS: readonly Role[] = ORG_READER_ROLES;
export const REQUEST_WRITERS: readonly Role[] = ['officeAdmin', 'officeStaff'];
export const REQUEST_ADMINS: readonly Role[] = ['officeAdmin'];

export function requestAbilities(actor: Actor, r: { archivedAt: Date | null }) {
  const write = hasAnyRole(actor.roles, REQUEST_WRITERS) && !r.archivedAt;
  return { update: write, setLinks: write, archive: write, restore: hasAnyRole(actor.roles, REQUEST_ADMINS) && !!r.archivedAt };
}

export function requestListAbilities(actor: Actor) {
  return { create: hasAnyRole(actor.roles, REQUEST_WRITERS), export: true };
}
