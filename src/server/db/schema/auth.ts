import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, tstz } from './common';
import { members } from './members';
import { orgs, units } from './orgs';

export const users = pgTable(
  'users',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    username: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    roles: text().array().notNull().default([]),
    memberId: uuid().references(() => members.id),
    unitId: uuid().references(() => units.id),
    phone: text().notNull().default(''),
    email: text().notNull().default(''),
    mustChangePassword: boolean().notNull().default(true),
    disabled: boolean().notNull().default(false),
    failedLogins: integer().notNull().default(0),
    lockedUntil: tstz(),
    lastLoginAt: tstz(),
    passwordChangedAt: tstz(),
  },
  (t) => [uniqueIndex().on(t.username), index().on(t.orgId), index().on(t.memberId), index().on(t.unitId)],
);

/** Server-side sessions, so several app instances share them. `id` is the SHA-256 of the cookie value. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: uuid().notNull().references(() => users.id),
    csrfToken: text().notNull(),
    createdAt: tstz().notNull().defaultNow(),
    lastSeenAt: tstz().notNull().defaultNow(),
    expiresAt: tstz().notNull(),
    ip: text().notNull().default(''),
    userAgent: text().notNull().default(''),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);

/** Bearer tokens for scripts and integrations. Only the hash is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id),
    name: text().notNull(),
    tokenHash: text().notNull(),
    prefix: text().notNull(),
    createdAt: tstz().notNull().defaultNow(),
    lastUsedAt: tstz(),
    expiresAt: tstz(),
    revokedAt: tstz(),
  },
  (t) => [uniqueIndex().on(t.tokenHash), index().on(t.userId)],
);

/** Login attempts, kept for the 等保 requirement of 6 months of login logs. */
export const loginEvents = pgTable(
  'login_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid(),
    username: text().notNull(),
    success: boolean().notNull(),
    reason: text().notNull().default(''),
    ip: text().notNull().default(''),
    userAgent: text().notNull().default(''),
    at: tstz().notNull().defaultNow(),
  },
  (t) => [index().on(t.at)],
);
