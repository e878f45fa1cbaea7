import { z } from 'zod';
import { ATTENDANCE_STATUSES, BALLOT_CHOICES, INVITEE_ROLES, MEETING_KIND_RE, SPEECH_MODES, VOTE_KINDS, VOTE_METHODS, VOTE_RULES } from '../../../core/meetings';

const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().min(1);

export const agendaItemInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  isStudy: z.boolean().default(false),
  studyMaterial: text(2000).default(''),
  presenter: text(60).default(''),
});
export type AgendaItemInput = z.infer<typeof agendaItemInput>;

export const meetingFields = {
  kind: z.string().regex(MEETING_KIND_RE, '会议类型无效'),
  termId: z.uuid().optional(),
  number: z.number().int().min(1).max(999).nullable().optional(),
  plenarySessionId: z.uuid().nullable().optional(),
  committeeId: z.uuid().nullable().optional(),
  title: z.string().trim().min(1).max(200),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }).nullable().optional(),
  venue: text(200).optional(),
  host: text(60).optional(),
  leaveApproverId: z.uuid().nullable().optional(),
  notes: text(4000).optional(),
};

export const createMeetingBody = z.strictObject({ ...meetingFields, agenda: z.array(agendaItemInput).max(50).optional() });
export type CreateMeetingInput = z.infer<typeof createMeetingBody>;

export const updateMeetingBody = z.strictObject({
  ...z.object(meetingFields).omit({ kind: true, termId: true }).partial().shape,
  version,
});
export type UpdateMeetingInput = z.infer<typeof updateMeetingBody>;

export const versionBody = z.strictObject({ version, reason: text(500).optional() });

export const agendaBody = z.strictObject({ version, items: z.array(agendaItemInput).max(50) });

export const inviteBody = z.strictObject({
  version,
  role: z.enum(INVITEE_ROLES).default('attendee'),
  memberIds: z.array(z.uuid()).max(1000).default([]),
  userIds: z.array(z.uuid()).max(200).default([]),
  guests: z.array(z.strictObject({ name: z.string().trim().min(1).max(60), affiliation: text(100).default('') })).max(200).default([]),
});
export type InviteInput = z.infer<typeof inviteBody>;

export const checkInBody = z.strictObject({ inviteeIds: z.array(z.uuid()).min(1).max(1000) });
export const qrCheckInBody = z.strictObject({ token: z.string().min(16).max(100) });
export const attendanceBody = z.strictObject({ version, attendance: z.enum(ATTENDANCE_STATUSES) });

export const leaveRequestBody = z.strictObject({ reason: z.string().trim().min(2).max(500) });
export const leaveDecisionBody = z.strictObject({ version, decision: z.enum(['approve', 'refuse']), comment: text(500).default('') });

export const speechBody = z.strictObject({
  memberId: z.uuid().nullable().optional(),
  speakerName: text(60).optional(),
  mode: z.enum(SPEECH_MODES).default('oral'),
  title: z.string().trim().min(1).max(200),
  text: text(50000).default(''),
});
export const speechUpdateBody = z.strictObject({
  version,
  speakerName: text(60).optional(),
  mode: z.enum(SPEECH_MODES).optional(),
  title: z.string().trim().min(1).max(200).optional(),
  text: text(50000).optional(),
});

export const minutesBody = z.strictObject({ version: z.number().int().min(0), text: text(100000) });
export const minutesApproveBody = z.strictObject({ version });

export const voteBody = z.strictObject({
  kind: z.enum(VOTE_KINDS),
  title: z.string().trim().min(1).max(200),
  method: z.enum(VOTE_METHODS).default('tally'),
  rule: z.enum(VOTE_RULES).default('majorityOfAll'),
  items: z.array(z.strictObject({ label: z.string().trim().min(1).max(100), memberId: z.uuid().nullable().optional() })).min(1).max(100),
});
export const ballotsBody = z.strictObject({
  ballots: z.array(z.strictObject({ inviteeId: z.uuid(), itemIndex: z.number().int().min(0), choice: z.enum(BALLOT_CHOICES) })).min(1).max(5000),
});
export const countBody = z.strictObject({
  version,
  tallies: z.array(z.strictObject({ yes: z.number().int().min(0), no: z.number().int().min(0), abstain: z.number().int().min(0) })).optional(),
  /** Override of 应到 when the entitled body differs from the invitee list (e.g. all standing members). */
  entitled: z.number().int().min(1).optional(),
});

export const settingsBody = z.strictObject({
  version,
  leaveApprovers: z.record(z.string().regex(MEETING_KIND_RE), z.uuid().nullable()).optional(),
  meetingKinds: z.array(z.strictObject({ kind: z.string().regex(MEETING_KIND_RE), label: z.string().trim().min(2).max(20) })).max(30).optional(),
});
