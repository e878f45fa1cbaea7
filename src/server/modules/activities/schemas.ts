import { z } from 'zod';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, EXTRA_KIND_KEY } from '../../../core/activities/kinds';
import { participantInput, trainingDetails } from '../../../core/activities/schemas';
import { pagingQuery } from '../../lib/paging';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const idParams = z.object({ id: z.uuid() });

const fields = {
  kind: z.string().trim().min(2).max(40),
  title: z.string().trim().min(1).max(200),
  organizerCommitteeId: z.uuid().nullable().optional(),
  organizerName: text(100).optional(),
  partyBranch: text(100).optional(),
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  place: text(200).optional(),
  description: text(10000).optional(),
  outcome: text(10000).optional(),
  training: trainingDetails.nullable().optional(),
  isMajor: z.boolean().optional(),
  workPlanTaskId: z.uuid().nullable().optional(),
};

export const createActivityBody = z.strictObject({ ...fields, status: z.enum(['planned', 'held']).default('planned'), participants: z.array(participantInput).max(2000).optional() });
export type CreateActivityInput = z.infer<typeof createActivityBody>;

export const updateActivityBody = z.strictObject({ ...z.object(fields).partial().shape, version: z.number().int().min(1) });
export type UpdateActivityInput = z.infer<typeof updateActivityBody>;

export const transitionBody = z.strictObject({ version: z.number().int().min(1), to: z.enum(ACTIVITY_STATUSES), reason: text(500).optional() });
export const participantsBody = z.strictObject({ version: z.number().int().min(1), participants: z.array(participantInput).max(2000) });
export const archiveBody = z.strictObject({ version: z.number().int().min(1), reason: text(500).optional() });

export const kindSettingsBody = z.strictObject({
  /** The org's version (compare-and-set on the org row). */
  version: z.number().int().min(1),
  enabled: z.array(z.enum(ACTIVITY_KINDS)).max(50).optional(),
  extra: z.array(z.strictObject({ key: z.string().regex(EXTRA_KIND_KEY), label: z.string().trim().min(1).max(30) })).max(50).optional(),
});

/** List filters shared by the list and the Excel export. */
export const activityFilters = {
  kind: z.string().max(40).optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  organizerCommitteeId: z.uuid().optional(),
  /** Text match on the organizer as printed. */
  organizer: text(100).optional(),
  partyBranch: text(100).optional(),
  /** Activities this member took part in. */
  participantMemberId: z.uuid().optional(),
  participantUserId: z.uuid().optional(),
  isMajor: boolParam.optional(),
  workPlanTaskId: z.uuid().optional(),
  q: text(100).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
};
export const activityListQuery = z.strictObject({ ...pagingQuery, ...activityFilters });
export const activityExportQuery = z.strictObject(activityFilters);
export type ActivityFilter = z.infer<typeof activityExportQuery>;
