import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, tstz, tsvector } from './common';
import { meetings } from './meetings';
import { committees, orgs } from './orgs';

/** 工作要点 / 台账: one year's work priorities of an org. */
export const workPlans = pgTable(
  'work_plans',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    year: integer().notNull(),
    title: text().notNull(),
    /** draft / active / closed (src/core/plans/tasks.ts) */
    status: text().notNull().default('active'),
    description: text().notNull().default(''),
    searchVector: tsvector(),
  },
  (t) => [index().on(t.orgId, t.year), index().using('gin', t.searchVector)],
);

/** One task of a plan: owner (a committee, or an office department as text), due day, status. */
export const workPlanTasks = pgTable(
  'work_plan_tasks',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    planId: uuid().notNull().references(() => workPlans.id),
    sortOrder: integer().notNull().default(0),
    /** Heading the task sits under in the plan (一、…), free text. */
    section: text().notNull().default(''),
    title: text().notNull(),
    description: text().notNull().default(''),
    ownerCommitteeId: uuid().references(() => committees.id),
    /** The owner as printed: the committee's name, or an office department (办公室, 研究室 …). */
    ownerName: text().notNull().default(''),
    dueOn: date(),
    /** notStarted / inProgress / done; overdue is derived from dueOn */
    status: text().notNull().default('notStarted'),
    completedOn: date(),
    searchVector: tsvector(),
  },
  (t) => [index().on(t.orgId, t.planId, t.sortOrder), index().on(t.orgId, t.dueOn), index().using('gin', t.searchVector)],
);

/** Progress notes of a task. Append-only: a correction is a new note. */
export const workPlanTaskNotes = pgTable(
  'work_plan_task_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    taskId: uuid().notNull().references(() => workPlanTasks.id),
    /** The day the progress happened (China time). */
    notedOn: date().notNull(),
    body: text().notNull(),
    authorId: uuid(),
    authorName: text().notNull().default(''),
    createdAt: tstz().notNull().defaultNow(),
  },
  (t) => [index().on(t.taskId, t.createdAt)],
);

/**
 * Meetings linked to the task they fulfil. Activities carry `work_plan_task_id` themselves; a
 * meeting is linked here so the meetings area needs no column for it.
 */
export const workPlanTaskMeetings = pgTable(
  'work_plan_task_meetings',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    taskId: uuid().notNull().references(() => workPlanTasks.id),
    meetingId: uuid().notNull().references(() => meetings.id),
    createdAt: tstz().notNull().defaultNow(),
    createdBy: uuid(),
  },
  (t) => [index().on(t.taskId), index().on(t.meetingId)],
);
