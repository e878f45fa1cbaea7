import type { AttendanceCounts, MeetingAbilities, MeetingAction } from '../../../core/meetings';

export type { MeetingAbilities };

export interface AgendaItem {
  id?: string;
  title: string;
  isStudy: boolean;
  studyMaterial: string;
  presenter: string;
}


export interface Invitee {
  id: string;
  meetingId: string;
  memberId: string | null;
  userId: string | null;
  name: string;
  affiliation: string;
  role: string;
  attendance: string;
  checkedInAt: string | null;
  checkInMethod: string | null;
  notifiedAt: string | null;
  version: number;
}

export interface Meeting {
  id: string;
  orgId: string;
  kind: string;
  kindLabel: string;
  termId: string;
  number: number | null;
  numberLabel: string;
  title: string;
  status: string;
  statusLabel: string;
  startsAt: string;
  endsAt: string | null;
  startsAtText: string;
  day: string;
  venue: string;
  host: string;
  notes: string;
  leaveApproverId: string | null;
  minutesDueOn: string | null;
  archivedAt: string | null;
  version: number;
  agenda: AgendaItem[];
  hasStudy: boolean;
  firstItemNotStudy: boolean;
  attendance: AttendanceCounts | null;
  abilities: MeetingAbilities;
}

export interface MeetingDetail extends Meeting {
  effectiveLeaveApproverId: string | null;
  myInvitation: Invitee | null;
}

export interface KindInfo {
  kind: string;
  label: string;
  numbered: boolean;
  studyFirst: boolean;
  votes: boolean;
  builtin: boolean;
}

export interface LeaveRequest {
  id: string;
  meetingId: string;
  inviteeId: string;
  name: string;
  reason: string;
  status: string;
  approverId: string | null;
  requestedBy: string;
  decidedAt: string | null;
  comment: string;
  createdAt: string;
  version: number;
  meetingTitle?: string;
  meetingStartsAt?: string;
  abilities: { decide: boolean; withdraw: boolean };
}

export interface AttendanceSheet {
  meetingId: string;
  label: string;
  counts: AttendanceCounts;
  items: Array<Invitee & { leaveReason: string }>;
}

export interface Speech {
  id: string;
  memberId: string | null;
  speakerName: string;
  mode: string;
  modeLabel: string;
  title: string;
  text: string;
  version: number;
}

export interface Minutes {
  minutes: { id: string; text: string; status: string; version: number; approvedAt: string | null; dueOn: string | null } | null;
  dueOn: string | null;
  overdue: boolean;
  abilities: { edit: boolean; approve: boolean };
}

export interface VoteItem {
  label: string;
  memberId?: string | null;
  yes: number;
  no: number;
  abstain: number;
  result: 'passed' | 'failed' | 'noQuorum' | null;
}

export interface Vote {
  id: string;
  kind: string;
  title: string;
  method: string;
  rule: string;
  status: string;
  items: VoteItem[];
  entitled: number | null;
  present: number | null;
  quorum: boolean | null;
  version: number;
  abilities: { ballots: boolean; count: boolean };
}
