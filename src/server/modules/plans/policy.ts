import { allowedTaskTransitions, PLAN_STATUSES, canTransitionPlan } from '../../../core/plans/tasks';
import { hasAnyRole, ORG_READER_ROLES, type Role } from '../../../core/roles';
import type { Actor } from '../../lib/context';

/** The office, leaders and auditors read the plans; members and units do not. */
export const PLAN_READERS: readonly Role[] = ORG_READER_ROLES;
export const PLAN_WRITERS: readonly Role[] = ['officeAdmin', 'officeStaff'];
export const PLAN_ADMINS: readonly Role[] = ['officeAdmin'];

export function planAbilities(actor: Actor, p: { status: string; archivedAt: Date | null }) {
  const write = hasAnyRole(actor.roles, PLAN_WRITERS) && !p.archivedAt;
  return {
    update: write,
    addTask: write && p.status !== 'closed',
    transition: write ? PLAN_STATUSES.filter((s) => canTransitionPlan(p.status, s)) : [],
    archive: write,
    restore: hasAnyRole(actor.roles, PLAN_ADMINS) && !!p.archivedAt,
    export: true,
  };
}

export function taskAbilities(actor: Actor, t: { status: string; archivedAt: Date | null }) {
  const write = hasAnyRole(actor.roles, PLAN_WRITERS) && !t.archivedAt;
  return {
    update: write,
    transition: write ? allowedTaskTransitions(t.status) : [],
    addNote: write,
    linkMeetings: write,
    archive: write,
    restore: hasAnyRole(actor.roles, PLAN_ADMINS) && !!t.archivedAt,
  };
}

export function planListAbilities(actor: Actor) {
  return { create: hasAnyRole(actor.roles, PLAN_WRITERS), export: true };
}
