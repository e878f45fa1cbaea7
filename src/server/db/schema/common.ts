import { customType, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A `tsvector` column holding bigram tokens (see src/core/search.ts). */
export const tsvector = customType<{ data: string; driverData: string }>({
  dataType() {
    return 'tsvector';
  },
});

/** Timestamps with time zone, as JS Dates. */
export const tstz = (name?: string) =>
  name ? timestamp(name, { withTimezone: true, mode: 'date' }) : timestamp({ withTimezone: true, mode: 'date' });

/** Columns every official record carries: id, version for compare-and-set, archive instead of delete. */
export const recordColumns = () => ({
  id: uuid().primaryKey().defaultRandom(),
  version: integer().notNull().default(1),
  createdAt: tstz().notNull().defaultNow(),
  updatedAt: tstz().notNull().defaultNow(),
  archivedAt: tstz(),
});
