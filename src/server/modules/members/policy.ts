import { allowedMembershipChanges } from '../../../core/membership';
import { hasAnyRole, type Role } from '../../../core/roles';
import type { Actor } from '../../lib/context';

/** Who may read the roster: everyone in the org except handling-unit users. */
export const ROSTER_READERS: readonly Role[] = ['officeAdmin', 'officeStaff', 'proposalOffice', 'leader', 'auditor', 'member', 'roomConvener'];
/** Who may export the roster to Excel (members may not bulk-export others' data). */
export const ROSTER_EXPORTERS: readonly Role[] = ['officeAdmin', 'officeStaff', 'proposalOffice', 'leader', 'auditor'];
/** Who keeps the roster. */
export const ROSTER_WRITERS: readonly Role[] = ['officeAdmin', 'officeStaff'];
/** Who may restore an archived member. */
export const ROSTER_RESTORERS: readonly Role[] = ['officeAdmin'];
/** Who sees ID numbers and phones unmasked (besides the member themself). */
const SENSITIVE_READERS: readonly Role[] = ['officeAdmin', 'officeStaff'];

export function canSeeSensitive(actor: Actor, memberId: string): boolean {
  return hasAnyRole(actor.roles, SENSITIVE_READERS) || actor.memberId === memberId;
}

export interface MemberAbilities {
  update: boolean;
  setCommittees: boolean;
  changeMembership: string[];
  archive: boolean;
  restore: boolean;
  viewSensitive: boolean;
}

export function memberAbilities(actor: Actor, m: { id: string; status: string; archivedAt: Date | null }): MemberAbilities {
  const write = hasAnyRole(actor.roles, ROSTER_WRITERS) && !m.archivedAt;
  return {
    update: write,
    setCommittees: write,
    changeMembership: write ? allowedMembershipChanges(m.status) : [],
    archive: write,
    restore: hasAnyRole(actor.roles, ROSTER_RESTORERS) && !!m.archivedAt,
    viewSensitive: canSeeSensitive(actor, m.id),
  };
}

export function rosterAbilities(actor: Actor) {
  return {
    create: hasAnyRole(actor.roles, ROSTER_WRITERS),
    import: hasAnyRole(actor.roles, ROSTER_WRITERS),
    export: hasAnyRole(actor.roles, ROSTER_EXPORTERS),
  };
}
