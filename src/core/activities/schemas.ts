import { z } from 'zod';
import { ATTENDANCE, PARTICIPANT_ROLES } from './kinds';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

/** Training course details (培训班): topics, sessions (课次) and lecturers. */
export const trainingDetails = z.strictObject({
  topics: z.array(text(100)).max(50).default([]),
  sessions: z
    .array(z.strictObject({ date: isoDate, topic: text(100), lecturer: text(50).default(''), place: text(100).default(''), form: text(30).default('') }))
    .max(100)
    .default([]),
  lecturers: z.array(z.strictObject({ name: text(50), title: text(100).default('') })).max(50).default([]),
  traineeCount: z.number().int().min(0).max(100000).optional(),
});
export type TrainingDetails = z.infer<typeof trainingDetails>;

export const participantInput = z
  .strictObject({
    memberId: z.uuid().optional(),
    userId: z.uuid().optional(),
    role: z.enum(PARTICIPANT_ROLES).default('participant'),
    attendance: z.enum(ATTENDANCE).default('present'),
    note: text(200).default(''),
  })
  .refine((p) => !!p.memberId !== !!p.userId, { message: '每位参加人须且只能指定委员或工作人员之一' });
export type ParticipantInput = z.infer<typeof participantInput>;
