import { z } from 'zod';
import { BOOKED_FOR_KINDS, BOOKING_STATUSES } from '../../../core/venues';
import { pagingQuery } from '../../lib/paging';

const isoDate = z.iso.date();
/** An instant with its offset, e.g. 2023-05-04T09:00:00+08:00. */
const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().min(1);

export const idParams = z.object({ id: z.uuid() });

const fields = {
  startsAt: instant,
  endsAt: instant,
  bookedForKind: z.enum(BOOKED_FOR_KINDS),
  /** The committee or member group (界别小组) when booked for one. */
  bookedForId: z.uuid().nullable().optional(),
  bookedForName: text(100).optional(),
  purpose: z.string().trim().min(1).max(300),
  contactName: text(50).optional(),
  contactPhone: text(30).optional(),
};

export const createBookingBody = z.strictObject(fields);
export type CreateBookingInput = z.infer<typeof createBookingBody>;
export const updateBookingBody = z.strictObject({ ...z.object(fields).partial().shape, version });
export type UpdateBookingInput = z.infer<typeof updateBookingBody>;
export const cancelBookingBody = z.strictObject({ version, reason: text(300).optional() });

export const weekQuery = z.strictObject({ start: isoDate.optional() });

export const bookingFilters = {
  venueId: z.uuid().optional(),
  bookedForKind: z.enum(BOOKED_FOR_KINDS).optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  /** China-time day range the bookings start in. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Only bookings the caller made. */
  mine: z.enum(['true', 'false']).optional(),
  q: text(100).optional(),
};
export const bookingListQuery = z.strictObject({ ...pagingQuery, ...bookingFilters });
export const bookingExportQuery = z.strictObject(bookingFilters);
export type BookingFilter = z.infer<typeof bookingExportQuery>;
