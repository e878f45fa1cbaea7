import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { activities } from './activities';
import { meetings } from './meetings';
import { recordColumns, tstz, tsvector } from './common';
import { orgs } from './orgs';

/** 请示报告: what went to the party committee — a request before or a report after. */
export const partyRequests = pgTable(
  'party_requests',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    /** partyGroupWorkPriorities / consultationPlan / … (src/core/requests/kinds.ts) */
    subject: text().notNull(),
    /** request / report */
    kind: text().notNull(),
    title: text().notNull(),
    sentOn: date(),
    /** 市委常委会 etc. */
    addressee: text().notNull().default(''),
    decisionOn: date(),
    /** approved / approvedWithChanges / notApproved; null = not decided */
    outcome: text(),
    documentNo: text().notNull().default(''),
    notes: text().notNull().default(''),
    searchVector: tsvector(),
  },
  (t) => [index().on(t.orgId, t.sentOn), index().on(t.orgId, t.kind, t.subject), index().using('gin', t.searchVector)],
);

/** The meetings and activities a request or report covers: exactly one of the two per row. */
export const requestLinks = pgTable(
  'request_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    requestId: uuid().notNull().references(() => partyRequests.id),
    meetingId: uuid().references(() => meetings.id),
    activityId: uuid().references(() => activities.id),
    createdAt: tstz().notNull().defaultNow(),
  },
  (t) => [index().on(t.requestId), index().on(t.meetingId), index().on(t.activityId), check('request_links_one_target', sql`num_nonnulls(${t.meetingId}, ${t.activityId}) = 1`)],
);
