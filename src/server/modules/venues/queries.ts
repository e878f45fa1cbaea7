import { and, asc, count, eq, gt, gte, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { chinaDayStart } from '../../../core/time';
import { venueBookings, venues } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/context';
import type { BookingFilter } from './schemas';
import { containsPattern } from '../../lib/sql';

export type VenueRow = typeof venues.$inferSelect;
export type BookingRow = typeof venueBookings.$inferSelect;
export type BookingWithVenue = BookingRow & { venueName: string };

const DAY_MS = 24 * 3600_000;


export async function loadVenue(db: DbOrTx, actor: Actor, id: string, opts: { lock?: boolean } = {}): Promise<VenueRow> {
  let q = db.select().from(venues).where(and(eq(venues.id, id), eq(venues.orgId, actor.orgId))).$dynamic();
  if (opts.lock) q = q.for('update');
  const [v] = await q;
  if (!v) throw new AppError('NOT_FOUND', '会场不存在');
  return v;
}

export async function loadBooking(db: DbOrTx, actor: Actor, id: string): Promise<BookingWithVenue> {
  const [b] = await db
    .select({ booking: venueBookings, venueName: venues.name })
    .from(venueBookings)
    .innerJoin(venues, eq(venues.id, venueBookings.venueId))
    .where(and(eq(venueBookings.id, id), eq(venueBookings.orgId, actor.orgId)));
  if (!b) throw new AppError('NOT_FOUND', '预订记录不存在');
  return { ...b.booking, venueName: b.venueName };
}

/** Live bookings of a venue overlapping [start, end) — the candidates for a clash. */
export async function overlappingBookings(db: DbOrTx, venueId: string, start: Date, end: Date, exceptId?: string): Promise<BookingRow[]> {
  const where: SQL[] = [eq(venueBookings.venueId, venueId), eq(venueBookings.status, 'booked'), isNull(venueBookings.archivedAt), lt(venueBookings.startsAt, end), gt(venueBookings.endsAt, start)];
  if (exceptId) where.push(ne(venueBookings.id, exceptId));
  return db.select().from(venueBookings).where(and(...where)).orderBy(asc(venueBookings.startsAt));
}

export function bookingWhere(actor: Actor, f: BookingFilter): SQL | undefined {
  const where: SQL[] = [eq(venueBookings.orgId, actor.orgId), isNull(venueBookings.archivedAt)];
  if (f.venueId) where.push(eq(venueBookings.venueId, f.venueId));
  if (f.bookedForKind) where.push(eq(venueBookings.bookedForKind, f.bookedForKind));
  if (f.status) where.push(eq(venueBookings.status, f.status));
  if (f.from) where.push(gte(venueBookings.startsAt, chinaDayStart(f.from)));
  if (f.to) where.push(lt(venueBookings.startsAt, new Date(chinaDayStart(f.to).getTime() + DAY_MS)));
  if (f.mine === 'true') where.push(eq(venueBookings.createdBy, actor.userId));
  if (f.q) {
    const like = containsPattern(f.q);
    where.push(sql`(${venueBookings.purpose} ilike ${like} or ${venueBookings.bookedForName} ilike ${like} or ${venues.name} ilike ${like} or ${venueBookings.contactName} ilike ${like})`);
  }
  return and(...where);
}

export async function queryBookings(db: DbOrTx, actor: Actor, f: BookingFilter, page?: { limit: number; offset: number }): Promise<{ rows: BookingWithVenue[]; total: number }> {
  const cond = bookingWhere(actor, f);
  const [{ total }] = await db.select({ total: count() }).from(venueBookings).innerJoin(venues, eq(venues.id, venueBookings.venueId)).where(cond);
  let q = db
    .select({ booking: venueBookings, venueName: venues.name })
    .from(venueBookings)
    .innerJoin(venues, eq(venues.id, venueBookings.venueId))
    .where(cond)
    .orderBy(asc(venueBookings.startsAt), asc(venueBookings.id))
    .$dynamic();
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = (await q).map((x) => ({ ...x.booking, venueName: x.venueName }));
  return { rows, total };
}

/** Bookings of one venue overlapping [start, end), cancelled ones included (the calendar greys them). */
export async function venueBookingsBetween(db: DbOrTx, venueId: string, start: Date, end: Date): Promise<BookingRow[]> {
  return db
    .select()
    .from(venueBookings)
    .where(and(eq(venueBookings.venueId, venueId), isNull(venueBookings.archivedAt), lt(venueBookings.startsAt, end), gt(venueBookings.endsAt, start)))
    .orderBy(asc(venueBookings.startsAt), asc(venueBookings.id));
}
