import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, tstz } from './common';
import { members } from './members';
import { committees, orgs, plenarySessions, terms } from './orgs';

/** 会议: one meeting of one kind (全体会议, 常委会会议, 主席会议, 党组会议 …) within a term. */
export const meetings = pgTable(
  'meetings',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    termId: uuid().notNull().references(() => terms.id),
    /** plenary / standingCommittee / chairs / partyGroup / secretaryGeneral / committee / thematic / an org's own kind */
    kind: text().notNull(),
    /** Number within the term for numbered kinds (六届二次会议 → 2). */
    number: integer(),
    /** For plenary meetings: the session (X届X次会议) it is. */
    plenarySessionId: uuid().references(() => plenarySessions.id),
    /** For committee meetings: the committee holding it. */
    committeeId: uuid().references(() => committees.id),
    title: text().notNull(),
    startsAt: tstz().notNull(),
    endsAt: tstz(),
    /** Free text until venues exist (venueId later). */
    venue: text().notNull().default(''),
    /** 主持人 */
    host: text().notNull().default(''),
    /** draft / noticed / held / closed / cancelled */
    status: text().notNull().default('draft'),
    /** Who decides leave requests for this meeting; null → the org's approver for the kind. */
    leaveApproverId: uuid(),
    /** Random secret behind the sign-in QR code. */
    checkInToken: text().notNull(),
    noticeSentAt: tstz(),
    heldAt: tstz(),
    /** Minutes (纪要) due date: working days after the meeting, set when it is marked held. */
    minutesDueOn: date(),
    notes: text().notNull().default(''),
    createdBy: uuid(),
  },
  (t) => [
    index().on(t.orgId, t.startsAt),
    index().on(t.orgId, t.kind, t.startsAt),
    uniqueIndex().on(t.checkInToken),
    uniqueIndex('meetings_number_unique').on(t.orgId, t.termId, t.kind, t.number).where(sql`${t.number} is not null and ${t.archivedAt} is null`),
  ],
);

/** 议程: ordered items; `isStudy` marks collective study (集体学习, 第一议题). */
export const meetingAgendaItems = pgTable(
  'meeting_agenda_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    meetingId: uuid().notNull().references(() => meetings.id),
    position: integer().notNull(),
    title: text().notNull(),
    isStudy: boolean().notNull().default(false),
    /** What was studied (documents, speeches), for study items. */
    studyMaterial: text().notNull().default(''),
    /** 汇报人 / 领学人 */
    presenter: text().notNull().default(''),
  },
  (t) => [uniqueIndex().on(t.meetingId, t.position)],
);

/** 参会人员: a member, a user (staff, leaders) or a named guest; attendance lives here. */
export const meetingInvitees = pgTable(
  'meeting_invitees',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    meetingId: uuid().notNull().references(() => meetings.id),
    memberId: uuid().references(() => members.id),
    userId: uuid(),
    /** Name shown on the sheet: the member's / user's name at invitation, or the guest's. */
    name: text().notNull(),
    /** Guest's unit or the member's employer, for the sheet. */
    affiliation: text().notNull().default(''),
    /** attendee / observer / staff / guest */
    role: text().notNull().default('attendee'),
    /** invited / present / excused / absent */
    attendance: text().notNull().default('invited'),
    checkedInAt: tstz(),
    checkedInBy: uuid(),
    /** staff / qr */
    checkInMethod: text(),
    notifiedAt: tstz(),
  },
  (t) => [
    index().on(t.meetingId),
    index().on(t.memberId),
    uniqueIndex('meeting_invitees_member_unique').on(t.meetingId, t.memberId).where(sql`${t.memberId} is not null and ${t.archivedAt} is null`),
    uniqueIndex('meeting_invitees_user_unique').on(t.meetingId, t.userId).where(sql`${t.userId} is not null and ${t.archivedAt} is null`),
  ],
);

/** 请假: asked by an invitee with a reason, decided by the meeting's leave approver. */
export const meetingLeaveRequests = pgTable(
  'meeting_leave_requests',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    meetingId: uuid().notNull().references(() => meetings.id),
    inviteeId: uuid().notNull().references(() => meetingInvitees.id),
    memberId: uuid(),
    requestedBy: uuid().notNull(),
    reason: text().notNull(),
    /** pending / approved / refused / withdrawn */
    status: text().notNull().default('pending'),
    approverId: uuid().notNull(),
    decidedAt: tstz(),
    decidedBy: uuid(),
    comment: text().notNull().default(''),
  },
  (t) => [index().on(t.meetingId), index().on(t.approverId, t.status), index().on(t.memberId)],
);

/** 发言: oral or written, by a member (or another speaker); files attach as `meetingSpeech`. */
export const meetingSpeeches = pgTable(
  'meeting_speeches',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    meetingId: uuid().notNull().references(() => meetings.id),
    memberId: uuid().references(() => members.id),
    speakerName: text().notNull(),
    /** oral / written */
    mode: text().notNull().default('oral'),
    title: text().notNull(),
    text: text().notNull().default(''),
    createdBy: uuid(),
  },
  (t) => [index().on(t.meetingId), index().on(t.memberId)],
);

/** 纪要: one per meeting, due `dueOn`, approved once. */
export const meetingMinutes = pgTable(
  'meeting_minutes',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    meetingId: uuid().notNull().references(() => meetings.id),
    text: text().notNull().default(''),
    /** draft / approved */
    status: text().notNull().default('draft'),
    dueOn: date(),
    approvedAt: tstz(),
    approvedBy: uuid(),
  },
  (t) => [uniqueIndex().on(t.meetingId)],
);

export interface VoteItem {
  label: string;
  /** For elections: the candidate member, when a member. */
  memberId?: string | null;
  yes: number;
  no: number;
  abstain: number;
  result: 'passed' | 'failed' | 'noQuorum' | null;
}

/** 选举 / 表决 at a plenary or standing committee meeting. */
export const meetingVotes = pgTable(
  'meeting_votes',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    meetingId: uuid().notNull().references(() => meetings.id),
    /** election / motion */
    kind: text().notNull(),
    title: text().notNull(),
    /** tally / named */
    method: text().notNull().default('tally'),
    /** majorityOfAll / majorityOfPresent / twoThirdsOfAll */
    rule: text().notNull().default('majorityOfAll'),
    /** open / counted */
    status: text().notNull().default('open'),
    items: jsonb().$type<VoteItem[]>().notNull().default([]),
    /** 应到 and 实到 when counted (the quorum basis). */
    entitled: integer(),
    present: integer(),
    quorum: boolean(),
    countedAt: tstz(),
    countedBy: uuid(),
  },
  (t) => [index().on(t.meetingId)],
);

/** Named ballots (记名表决): one choice per invitee and item. */
export const meetingVoteBallots = pgTable(
  'meeting_vote_ballots',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    voteId: uuid().notNull().references(() => meetingVotes.id),
    inviteeId: uuid().notNull().references(() => meetingInvitees.id),
    itemIndex: integer().notNull(),
    /** yes / no / abstain */
    choice: text().notNull(),
    createdAt: tstz().notNull().defaultNow(),
    createdBy: uuid(),
  },
  (t) => [uniqueIndex().on(t.voteId, t.inviteeId, t.itemIndex)],
);
