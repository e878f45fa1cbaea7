import { allowedInstitutionActions } from '../../../core/institutions';
import { hasAnyRole, ORG_READER_ROLES, type Role } from '../../../core/roles';
import type { Actor } from '../../lib/context';

/** The office keeps the library; leaders and auditors read all of it. */
export const INSTITUTION_WRITERS: readonly Role[] = ['officeAdmin', 'officeStaff'];
export const INSTITUTION_ADMINS: readonly Role[] = ['officeAdmin'];
/** Members and room conveners read the rules in force; unit users do not see the library. */
export const INSTITUTION_READERS: readonly Role[] = [...ORG_READER_ROLES, 'member', 'roomConvener'];

/** Whether the caller sees drafts, repealed and archived rules (otherwise only the ones in force). */
export function seesWholeLibrary(actor: Actor): boolean {
  return hasAnyRole(actor.roles, ORG_READER_ROLES);
}

export function institutionAbilities(actor: Actor, r: { status: string; archivedAt: Date | null }) {
  const write = hasAnyRole(actor.roles, INSTITUTION_WRITERS) && !r.archivedAt;
  const actions = write ? allowedInstitutionActions(r.status) : [];
  return {
    update: write && r.status !== 'repealed',
    addVersion: write && r.status !== 'repealed',
    publish: actions.includes('publish'),
    repeal: actions.includes('repeal'),
    archive: write,
    restore: hasAnyRole(actor.roles, INSTITUTION_ADMINS) && !!r.archivedAt,
  };
}

export function institutionListAbilities(actor: Actor) {
  return { create: hasAnyRole(actor.roles, INSTITUTION_WRITERS), export: true };
}
