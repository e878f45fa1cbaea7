/**
 * State machines of a meeting and its parts (browser-safe). Each table maps a state to the
 * actions allowed in it and the state each action leads to; anything missing is refused.
 */

// ---------- meeting ----------
export const MEETING_STATUSES = ['draft', 'noticed', 'held', 'closed', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { draft: '草稿', noticed: '已通知', held: '已召开', closed: '已办结', cancelled: '已取消' };

export const MEETING_ACTIONS = ['notice', 'hold', 'close', 'cancel', 'reopen'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];
export const MEETING_ACTION_LABELS: Record<MeetingAction, string> = { notice: '发送会议通知', hold: '标记已召开', close: '办结', cancel: '取消会议', reopen: '重新打开' };

/** draft → noticed → held → closed; a past meeting may be recorded as held without a notice. */
export const MEETING_TRANSITIONS: Record<MeetingStatus, Partial<Record<MeetingAction, MeetingStatus>>> = {
  draft: { notice: 'noticed', hold: 'held', cancel: 'cancelled' },
  noticed: { notice: 'noticed', hold: 'held', cancel: 'cancelled' },
  held: { close: 'closed' },
  closed: { reopen: 'held' },
  cancelled: {},
};

export function nextMeetingStatus(status: string, action: MeetingAction): MeetingStatus | null {
  return MEETING_TRANSITIONS[status as MeetingStatus]?.[action] ?? null;
}

export function allowedMeetingActions(status: string): MeetingAction[] {
  return Object.keys(MEETING_TRANSITIONS[status as MeetingStatus] ?? {}) as MeetingAction[];
}

/** Agenda, invitees and details may change until the meeting is closed or cancelled. */
export function meetingEditable(status: string): boolean {
  return status === 'draft' || status === 'noticed' || status === 'held';
}

/** Members may ask for leave before the meeting is held. */
export function leaveRequestsOpen(status: string): boolean {
  return status === 'draft' || status === 'noticed';
}

/** Sign-in, attendance corrections, speeches and votes: once noticed, until closed. */
export function attendanceOpen(status: string): boolean {
  return status === 'noticed' || status === 'held';
}

// ---------- invitees / attendance ----------
export const INVITEE_ROLES = ['attendee', 'observer', 'staff', 'guest'] as const;
export type InviteeRole = (typeof INVITEE_ROLES)[number];
export const INVITEE_ROLE_LABELS: Record<InviteeRole, string> = { attendee: '出席', observer: '列席', staff: '工作人员', guest: '特邀嘉宾' };
/** Only attendees count in 应到 / 实到 / 请假 / 缺席. */
export function countsForAttendance(role: string): boolean {
  return role === 'attendee';
}

export const ATTENDANCE_STATUSES = ['invited', 'present', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = { invited: '待签到', present: '出席', excused: '请假', absent: '缺席' };

export const ATTENDANCE_EVENTS = ['checkIn', 'leaveApproved', 'leaveRevoked', 'markAbsent', 'correct'] as const;
export type AttendanceEvent = (typeof ATTENDANCE_EVENTS)[number];

/**
 * invited → present | excused | absent. An excused member who comes anyway may still sign in;
 * staff may correct any state (`correct`, handled separately); when a meeting is marked held the
 * attendees still `invited` become `absent`.
 */
export const ATTENDANCE_TRANSITIONS: Record<AttendanceStatus, Partial<Record<Exclude<AttendanceEvent, 'correct'>, AttendanceStatus>>> = {
  invited: { checkIn: 'present', leaveApproved: 'excused', markAbsent: 'absent' },
  excused: { checkIn: 'present', leaveRevoked: 'invited' },
  absent: { checkIn: 'present', leaveApproved: 'excused' },
  present: {},
};

export function nextAttendance(status: string, event: Exclude<AttendanceEvent, 'correct'>): AttendanceStatus | null {
  return ATTENDANCE_TRANSITIONS[status as AttendanceStatus]?.[event] ?? null;
}

export const CHECK_IN_METHODS = ['staff', 'qr'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];
export const CHECK_IN_METHOD_LABELS: Record<CheckInMethod, string> = { staff: '工作人员代签', qr: '扫码签到' };

/** QR sign-in opens this long before the start and closes at the end (or this long after the start). */
export const QR_OPENS_BEFORE_MINUTES = 120;
export const QR_DEFAULT_LENGTH_MINUTES = 240;

export function checkInWindow(startsAt: Date, endsAt: Date | null): { opens: Date; closes: Date } {
  const opens = new Date(startsAt.getTime() - QR_OPENS_BEFORE_MINUTES * 60_000);
  const closes = endsAt && endsAt > startsAt ? endsAt : new Date(startsAt.getTime() + QR_DEFAULT_LENGTH_MINUTES * 60_000);
  return { opens, closes };
}

export function withinCheckInWindow(now: Date, startsAt: Date, endsAt: Date | null): boolean {
  const w = checkInWindow(startsAt, endsAt);
  return now >= w.opens && now <= w.closes;
}

export interface AttendanceCounts {
  /** 应到 */
  expected: number;
  /** 实到 */
  present: number;
  /** 请假 */
  excused: number;
  /** 缺席 (after the meeting: not signed in, no approved leave) */
  absent: number;
  /** 待签到 (before or during the meeting) */
  pending: number;
}

export function attendanceCounts(invitees: ReadonlyArray<{ role: string; attendance: string }>): AttendanceCounts {
  const c: AttendanceCounts = { expected: 0, present: 0, excused: 0, absent: 0, pending: 0 };
  for (const i of invitees) {
    if (!countsForAttendance(i.role)) continue;
    c.expected++;
    if (i.attendance === 'present') c.present++;
    else if (i.attendance === 'excused') c.excused++;
    else if (i.attendance === 'absent') c.absent++;
    else c.pending++;
  }
  return c;
}

// ---------- leave requests ----------
export const LEAVE_STATUSES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];
export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = { pending: '待审批', approved: '已批准', refused: '未批准', withdrawn: '已撤回' };
export const LEAVE_ACTIONS = ['approve', 'refuse', 'withdraw'] as const;
export type LeaveAction = (typeof LEAVE_ACTIONS)[number];

export const LEAVE_TRANSITIONS: Record<LeaveStatus, Partial<Record<LeaveAction, LeaveStatus>>> = {
  pending: { approve: 'approved', refuse: 'refused', withdraw: 'withdrawn' },
  approved: { withdraw: 'withdrawn' },
  refused: {},
  withdrawn: {},
};

export function nextLeaveStatus(status: string, action: LeaveAction): LeaveStatus | null {
  return LEAVE_TRANSITIONS[status as LeaveStatus]?.[action] ?? null;
}

/**
 * Who decides leave by default, per kind (the org sets the actual user per kind; RULES §8):
 * chair or secretary-general for plenary and standing committee, the committee head for committee
 * meetings.
 */
export const DEFAULT_LEAVE_APPROVER_HINT: Record<string, string> = {
  plenary: '主席或秘书长',
  standingCommittee: '主席或秘书长',
  committee: '专委会主任',
};

// ---------- speeches / minutes ----------
export const SPEECH_MODES = ['oral', 'written'] as const;
export type SpeechMode = (typeof SPEECH_MODES)[number];
export const SPEECH_MODE_LABELS: Record<SpeechMode, string> = { oral: '口头发言', written: '书面发言' };

export const MINUTES_STATUSES = ['draft', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = { draft: '起草中', approved: '已审定' };
/** Working days after the meeting the minutes are due, unless the org sets another number. */
export const DEFAULT_MINUTES_DUE_WORKING_DAYS = 7;

/** What the caller may do on one meeting: computed by the server policy, read by the web app. */
export interface MeetingAbilities {
  update: boolean;
  editAgenda: boolean;
  invite: boolean;
  actions: MeetingAction[];
  checkIn: boolean;
  correctAttendance: boolean;
  exportAttendance: boolean;
  showQr: boolean;
  requestLeave: boolean;
  addSpeech: boolean;
  editMinutes: boolean;
  approveMinutes: boolean;
  vote: boolean;
  archive: boolean;
}
