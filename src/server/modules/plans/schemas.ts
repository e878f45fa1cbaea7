import { z } from 'zod';
import { PLAN_STATUSES, TASK_DISPLAY_STATUSES, TASK_STATUSES } from '../../../core/plans/tasks';
import { pagingQuery } from '../../lib/paging';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const year = z.coerce.number().int().min(2000).max(2100);

export const idParams = z.object({ id: z.uuid() });
export const taskParams = z.object({ id: z.uuid(), taskId: z.uuid() });
export const versionBody = z.strictObject({ version: z.number().int().min(1), reason: text(500).optional() });

export const createPlanBody = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(200),
  description: text(5000).optional(),
  status: z.enum(PLAN_STATUSES).default('active'),
});
export const updatePlanBody = z.strictObject({
  version: z.number().int().min(1),
  year: z.number().int().min(2000).max(2100).optional(),
  title: z.string().trim().min(1).max(200).optional(),
  description: text(5000).optional(),
});
export const planTransitionBody = z.strictObject({ version: z.number().int().min(1), to: z.enum(PLAN_STATUSES) });

const taskFields = {
  section: text(100).optional(),
  title: z.string().trim().min(1).max(500),
  description: text(5000).optional(),
  ownerCommitteeId: z.uuid().nullable().optional(),
  ownerName: text(100).optional(),
  dueOn: isoDate.nullable().optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
};
export const createTaskBody = z.strictObject(taskFields);
export type CreateTaskInput = z.infer<typeof createTaskBody>;
export const updateTaskBody = z.strictObject({ ...z.object(taskFields).partial().shape, version: z.number().int().min(1) });
export type UpdateTaskInput = z.infer<typeof updateTaskBody>;
export const taskTransitionBody = z.strictObject({ version: z.number().int().min(1), to: z.enum(TASK_STATUSES), note: text(2000).optional(), on: isoDate.optional() });
export const taskNoteBody = z.strictObject({ version: z.number().int().min(1), body: z.string().trim().min(1).max(5000), notedOn: isoDate.optional() });
export const taskMeetingsBody = z.strictObject({ version: z.number().int().min(1), meetingIds: z.array(z.uuid()).max(200) });

export const planFilters = {
  year: year.optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  q: text(100).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
};
export const planListQuery = z.strictObject({ ...pagingQuery, ...planFilters });
export type PlanFilter = z.infer<typeof planListQuery>;

/** Task filters (the ledger across plans, and one plan's tasks). */
export const taskFilters = {
  planId: z.uuid().optional(),
  year: year.optional(),
  ownerCommitteeId: z.uuid().optional(),
  /** Text match on the owner as printed. */
  owner: text(100).optional(),
  /** Display status: overdue = past due and not done. */
  status: z.enum(TASK_DISPLAY_STATUSES).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  q: text(100).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
};
export const taskListQuery = z.strictObject({ ...pagingQuery, ...taskFilters });
export const taskExportQuery = z.strictObject(taskFilters);
export type TaskFilter = z.infer<typeof taskExportQuery>;
