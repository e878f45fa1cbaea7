import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { recordColumns, tsvector } from './common';

/** One CPPCC body. Orgs form a tree: the city above its districts/counties. */
export const orgs = pgTable(
  'orgs',
  {
    ...recordColumns(),
    parentId: uuid().references((): AnyPgColumn => orgs.id),
    name: text().notNull(),
    shortName: text().notNull(),
    level: text().notNull(),
    regionName: text().notNull().default(''),
    sortOrder: integer().notNull().default(0),
    settings: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index().on(t.parentId)],
);

export const terms = pgTable(
  'terms',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    number: integer().notNull(),
    name: text().notNull(),
    startDate: date().notNull(),
    endDate: date(),
    isCurrent: boolean().notNull().default(false),
  },
  (t) => [uniqueIndex().on(t.orgId, t.number)],
);

export const plenarySessions = pgTable(
  'plenary_sessions',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    termId: uuid().notNull().references(() => terms.id),
    number: integer().notNull(),
    name: text().notNull(),
    startDate: date().notNull(),
    endDate: date(),
    /** Proposals submitted between these dates are plenary proposals (RULES §2). */
    proposalWindowStart: date(),
    proposalWindowEnd: date(),
  },
  (t) => [uniqueIndex().on(t.termId, t.number)],
);

export const sectors = pgTable(
  'sectors',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    name: text().notNull(),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [uniqueIndex().on(t.orgId, t.name)],
);

export const committees = pgTable(
  'committees',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    name: text().notNull(),
    shortName: text().notNull().default(''),
    duties: text().notNull().default(''),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [uniqueIndex().on(t.orgId, t.name)],
);

/** 承办单位: a party/government department that answers proposals. */
export const units = pgTable(
  'units',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    name: text().notNull(),
    shortName: text().notNull().default(''),
    category: text().notNull().default('government'),
    contactName: text().notNull().default(''),
    contactPhone: text().notNull().default(''),
    address: text().notNull().default(''),
    sortOrder: integer().notNull().default(0),
    searchVector: tsvector(),
  },
  (t) => [uniqueIndex().on(t.orgId, t.name), index().using('gin', t.searchVector)],
);

export const leaders = pgTable('leaders', {
  ...recordColumns(),
  orgId: uuid().notNull().references(() => orgs.id),
  name: text().notNull(),
  post: text().notNull(),
  /** city / province / national / county */
  level: text().notNull().default('city'),
  /** party / government / cppcc / npc */
  body: text().notNull().default('cppcc'),
  sortOrder: integer().notNull().default(0),
});

/** Working-day calendar overrides. Rows with a null org are the national calendar shipped as data. */
export const calendarDays = pgTable(
  'calendar_days',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().references(() => orgs.id),
    day: date().notNull(),
    /** holiday: a day off on a weekday; workday: an adjusted working day on a weekend */
    kind: text().notNull(),
    name: text().notNull().default(''),
  },
  (t) => [uniqueIndex().on(t.orgId, t.day).where(sql`${t.orgId} is not null`), uniqueIndex('calendar_days_national_day').on(t.day).where(sql`${t.orgId} is null`)],
);
