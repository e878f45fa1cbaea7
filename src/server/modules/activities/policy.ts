import { canTransitionActivity, ACTIVITY_STATUSES } from '../../../core/activities/kinds';
import { hasAnyRole, ORG_READER_ROLES, type Role } from '../../../core/roles';
import type { Actor } from '../../lib/context';

/** Who reads activities: the office, leaders and auditors (all of the org), members (only those they joined). */
export const ACTIVITY_READERS: readonly Role[] = [...ORG_READER_ROLES, 'member'];
/** Who may export lists (members may not bulk-export). */
export const ACTIVITY_EXPORTERS: readonly Role[] = ORG_READER_ROLES;
/** Who keeps activity records. */
export const ACTIVITY_WRITERS: readonly Role[] = ['officeAdmin', 'officeStaff'];
/** Who configures the org's activity kinds and restores archived records. */
export const ACTIVITY_ADMINS: readonly Role[] = ['officeAdmin'];

/** True when the actor sees only the activities they joined (a member without an org-wide role). */
export function seesOnlyOwn(actor: Actor): boolean {
  return !hasAnyRole(actor.roles, ORG_READER_ROLES);
}

export function activityAbilities(actor: Actor, a: { status: string; archivedAt: Date | null }) {
  const write = hasAnyRole(actor.roles, ACTIVITY_WRITERS) && !a.archivedAt;
  return {
    update: write,
    setParticipants: write,
    transition: write ? ACTIVITY_STATUSES.filter((s) => canTransitionActivity(a.status, s)) : [],
    archive: write,
    restore: hasAnyRole(actor.roles, ACTIVITY_ADMINS) && !!a.archivedAt,
  };
}

export function activityListAbilities(actor: Actor) {
  return { create: hasAnyRole(actor.roles, ACTIVITY_WRITERS), export: hasAnyRole(actor.roles, ACTIVITY_EXPORTERS), configureKinds: hasAnyRole(actor.roles, ACTIVITY_ADMINS) };
}
