import { boolean, date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { recordColumns, tstz, tsvector } from './common';
import { members } from './members';
import { committees, orgs } from './orgs';
import { workPlanTasks } from './plans';
import { users } from './auth';

/**
 * 活动: study, training and party-building activities (RULES §8), one table with kinds
 * (src/core/activities/kinds.ts; per-org kinds in orgs.settings.activityKinds).
 */
export const activities = pgTable(
  'activities',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    kind: text().notNull(),
    title: text().notNull(),
    /** The organizing committee, when a committee organizes it. */
    organizerCommitteeId: uuid().references(() => committees.id),
    /** The organizer as printed (committee name, 机关党支部, 办公室 …). */
    organizerName: text().notNull().default(''),
    /** The party branch that organized it (e.g. a committee-based functional party branch). */
    partyBranch: text().notNull().default(''),
    startsOn: date().notNull(),
    endsOn: date(),
    place: text().notNull().default(''),
    description: text().notNull().default(''),
    outcome: text().notNull().default(''),
    /** Training courses: topics, sessions, lecturers (src/core/activities/schemas.ts). */
    training: jsonb().$type<Record<string, unknown>>(),
    /** planned / held / cancelled */
    status: text().notNull().default('planned'),
    /** Major activity: needs a request before and a report after (请示报告 compliance). */
    isMajor: boolean().notNull().default(false),
    workPlanTaskId: uuid().references(() => workPlanTasks.id),
    searchVector: tsvector(),
  },
  (t) => [
    index().on(t.orgId, t.kind, t.startsOn),
    index().on(t.orgId, t.startsOn),
    index().on(t.workPlanTaskId),
    index().using('gin', t.searchVector),
  ],
);

/** Who took part: a member or a staff user, with attendance. */
export const activityParticipants = pgTable(
  'activity_participants',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    activityId: uuid().notNull().references(() => activities.id),
    memberId: uuid().references(() => members.id),
    userId: uuid().references(() => users.id),
    /** participant / organizer / lecturer / trainee */
    role: text().notNull().default('participant'),
    /** present / excused / absent */
    attendance: text().notNull().default('present'),
    note: text().notNull().default(''),
    createdAt: tstz().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex().on(t.activityId, t.memberId).where(sql`${t.memberId} is not null`),
    uniqueIndex().on(t.activityId, t.userId).where(sql`${t.userId} is not null`),
    index().on(t.memberId),
    index().on(t.userId),
  ],
);
