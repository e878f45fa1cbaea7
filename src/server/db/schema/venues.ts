import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, tstz } from './common';
import { orgs } from './orgs';

/** 会场: 委员之家, meeting rooms. */
export const venues = pgTable(
  'venues',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    name: text().notNull(),
    capacity: integer(),
    equipment: text().array().notNull().default(sql`'{}'::text[]`),
    address: text().notNull().default(''),
    description: text().notNull().default(''),
    active: boolean().notNull().default(true),
  },
  (t) => [index().on(t.orgId, t.active)],
);

/**
 * 会场预订. Two `booked` rows of one venue may not overlap ([startsAt, endsAt) half-open); the
 * create command locks the venue row (`select … for update`) before checking, so racing bookings
 * are serialized.
 */
export const venueBookings = pgTable(
  'venue_bookings',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    venueId: uuid().notNull().references(() => venues.id),
    startsAt: tstz().notNull(),
    endsAt: tstz().notNull(),
    /** committee / sectorGroup / room / office / other */
    bookedForKind: text().notNull(),
    /** The committee / member group id when there is one. */
    bookedForId: uuid(),
    bookedForName: text().notNull().default(''),
    purpose: text().notNull(),
    contactName: text().notNull().default(''),
    contactPhone: text().notNull().default(''),
    /** booked / cancelled */
    status: text().notNull().default('booked'),
    cancelReason: text().notNull().default(''),
    createdBy: uuid(),
  },
  (t) => [index().on(t.venueId, t.startsAt), index().on(t.orgId, t.startsAt), check('venue_bookings_interval', sql`${t.endsAt} > ${t.startsAt}`)],
);
