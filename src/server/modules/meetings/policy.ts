import { hasAnyRole, ORG_READER_ROLES, type Role } from '../../../core/roles';
import { allowedMeetingActions, attendanceOpen, leaveRequestsOpen, meetingEditable, type MeetingAbilities } from '../../../core/meetings';

export type { MeetingAbilities };
import type { Actor } from '../../lib/context';

/** Who runs meetings: the office. */
export const MEETING_MANAGERS: readonly Role[] = ['officeAdmin', 'officeStaff'];
/** Who reads every meeting of the org (office roles, leaders, auditors). */
export const MEETING_READERS: readonly Role[] = ORG_READER_ROLES;
/** Who configures leave approvers and the org's own meeting kinds. */
export const MEETING_SETTINGS_WRITERS: readonly Role[] = ['officeAdmin'];

export function canManage(actor: Actor): boolean {
  return hasAnyRole(actor.roles, MEETING_MANAGERS);
}

export function readsWholeOrg(actor: Actor): boolean {
  return hasAnyRole(actor.roles, MEETING_READERS);
}


export function meetingAbilities(
  actor: Actor,
  m: { status: string; archivedAt: Date | null; kind: string },
  opts: { isInvitedMember: boolean; votesAllowed: boolean; minutesApproved: boolean },
): MeetingAbilities {
  const manage = canManage(actor) && !m.archivedAt;
  const editable = manage && meetingEditable(m.status);
  return {
    update: editable,
    editAgenda: editable,
    invite: editable,
    actions: manage ? allowedMeetingActions(m.status) : [],
    checkIn: manage && attendanceOpen(m.status),
    correctAttendance: editable && m.status !== 'draft',
    exportAttendance: readsWholeOrg(actor),
    showQr: manage && attendanceOpen(m.status),
    requestLeave: opts.isInvitedMember && !m.archivedAt && leaveRequestsOpen(m.status),
    addSpeech: editable && m.status !== 'draft',
    editMinutes: editable && m.status === 'held' && !opts.minutesApproved,
    approveMinutes: editable && m.status === 'held' && !opts.minutesApproved,
    vote: manage && opts.votesAllowed && attendanceOpen(m.status),
    archive: manage && (m.status === 'draft' || m.status === 'cancelled'),
  };
}
