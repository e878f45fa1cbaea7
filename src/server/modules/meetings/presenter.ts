import { attendanceCounts, firstItemNotStudy, kindInfo, meetingNumberLabel, MEETING_STATUS_LABELS, type AttendanceCounts, type CustomMeetingKind, type MeetingStatus } from '../../../core/meetings';
import { chinaDateTime, chinaDay } from '../../../core/time';
import type { Actor } from '../../lib/context';
import { meetingAbilities } from './policy';
import type { AgendaRow, InviteeRow, MeetingRow } from './queries';

export function presentAgendaItem(a: AgendaRow) {
  return { id: a.id, position: a.position, title: a.title, isStudy: a.isStudy, studyMaterial: a.studyMaterial, presenter: a.presenter };
}

/** The full name of a meeting: its numbered name (六届二次会议) when it has one, else its title. */
export function meetingLabel(m: Pick<MeetingRow, 'kind' | 'number' | 'title'>, termNumber: number | null | undefined): string {
  return meetingNumberLabel(m.kind, termNumber, m.number) || m.title;
}

export function presentMeeting(
  actor: Actor,
  m: MeetingRow,
  extra: {
    agenda: AgendaRow[];
    termNumber: number | null;
    customKinds: CustomMeetingKind[];
    invitees?: ReadonlyArray<{ role: string; attendance: string }>;
    isInvitedMember?: boolean;
    minutesApproved?: boolean;
  },
) {
  const { checkInToken: _token, ...rest } = m;
  const info = kindInfo(m.kind, extra.customKinds);
  const counts: AttendanceCounts | null = extra.invitees ? attendanceCounts(extra.invitees) : null;
  return {
    ...rest,
    kindLabel: info?.label ?? m.kind,
    numberLabel: meetingNumberLabel(m.kind, extra.termNumber, m.number),
    statusLabel: MEETING_STATUS_LABELS[m.status as MeetingStatus] ?? m.status,
    day: chinaDay(m.startsAt),
    startsAtText: chinaDateTime(m.startsAt),
    agenda: extra.agenda.map(presentAgendaItem),
    hasStudy: extra.agenda.some((a) => a.isStudy),
    firstItemNotStudy: firstItemNotStudy(m.kind, extra.agenda),
    attendance: counts,
    abilities: meetingAbilities(actor, m, {
      isInvitedMember: !!extra.isInvitedMember,
      votesAllowed: !!info?.votes,
      minutesApproved: !!extra.minutesApproved,
    }),
  };
}

export function presentInvitee(i: InviteeRow) {
  return {
    id: i.id,
    meetingId: i.meetingId,
    memberId: i.memberId,
    userId: i.userId,
    name: i.name,
    affiliation: i.affiliation,
    role: i.role,
    attendance: i.attendance,
    checkedInAt: i.checkedInAt,
    checkInMethod: i.checkInMethod,
    notifiedAt: i.notifiedAt,
    version: i.version,
  };
}
