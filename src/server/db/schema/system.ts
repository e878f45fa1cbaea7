import { bigint, customType, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './common';
import { orgs } from './orgs';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType() {
    return 'bytea';
  },
  fromDriver(value) {
    return Buffer.isBuffer(value) ? value : Buffer.from(value);
  },
});

/**
 * Audit log (留痕). Insert-only: the product has no route that updates or deletes it, and a
 * database trigger (migration 0001) refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: uuid(),
    actorId: uuid(),
    actorName: text().notNull().default(''),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text(),
    targetLabel: text().notNull().default(''),
    changes: jsonb().$type<Record<string, unknown>>(),
    ip: text().notNull().default(''),
    requestId: text().notNull().default(''),
    at: tstz().notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.at), index().on(t.targetType, t.targetId), index().on(t.actorId, t.at)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    ownerType: text().notNull(),
    ownerId: uuid().notNull(),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull(),
    uploadedBy: uuid(),
    createdAt: tstz().notNull().defaultNow(),
    archivedAt: tstz(),
  },
  (t) => [index().on(t.ownerType, t.ownerId)],
);

/** File bodies for the database storage backend (several instances, no shared folder). */
export const fileBlobs = pgTable('file_blobs', {
  key: text().primaryKey(),
  data: bytea().notNull(),
  createdAt: tstz().notNull().defaultNow(),
});

export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    userId: uuid().notNull(),
    kind: text().notNull().default('info'),
    title: text().notNull(),
    body: text().notNull().default(''),
    link: text().notNull().default(''),
    createdAt: tstz().notNull().defaultNow(),
    readAt: tstz(),
  },
  (t) => [index().on(t.userId, t.createdAt)],
);

/** Outgoing SMS / email, delivered after commit by the channel configured for it. */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    channel: text().notNull(),
    recipient: text().notNull(),
    subject: text().notNull().default(''),
    body: text().notNull(),
    /** pending / sent / recorded (default channel: kept, not sent) / failed */
    status: text().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text().notNull().default(''),
    deliveredBy: text().notNull().default(''),
    createdAt: tstz().notNull().defaultNow(),
    sentAt: tstz(),
  },
  (t) => [index().on(t.status, t.createdAt)],
);
