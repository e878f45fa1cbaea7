import { and, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import { z } from 'zod';
import { BOOKED_FOR_KINDS, BOOKED_FOR_LABELS, type BookedForKind } from '../../../core/venues';
import { chinaDay, periodInstants } from '../../../core/time';
import { venueBookings, venues } from '../../db/schema';
import { defineStat, type StatRecord } from '../../stats/registry';

/**
 * 会场使用场次: live (not cancelled) bookings starting in the period, optionally of one venue
 * (e.g. 委员之家) or for one kind of user — "为政协各专委会、界别委员……开展活动提供了阵地支撑".
 */
export const venueBookingsStat = defineStat({
  name: 'venues.bookings',
  label: '会场使用场次',
  unit: '场次',
  params: z.object({ venueId: z.uuid().optional(), bookedForKind: z.enum(BOOKED_FOR_KINDS).optional() }),
  async records(db, scope, p) {
    const { start, end } = periodInstants(scope);
    const where = [inArray(venueBookings.orgId, scope.orgIds), isNull(venueBookings.archivedAt), eq(venueBookings.status, 'booked'), gte(venueBookings.startsAt, start), lt(venueBookings.startsAt, end)];
    if (p.venueId) where.push(eq(venueBookings.venueId, p.venueId));
    if (p.bookedForKind) where.push(eq(venueBookings.bookedForKind, p.bookedForKind));
    const rows = await db
      .select({ id: venueBookings.id, startsAt: venueBookings.startsAt, purpose: venueBookings.purpose, who: venueBookings.bookedForName, kind: venueBookings.bookedForKind, venue: venues.name, orgId: venueBookings.orgId })
      .from(venueBookings)
      .innerJoin(venues, eq(venues.id, venueBookings.venueId))
      .where(and(...where));
    return rows.map(
      (r): StatRecord => ({
        id: r.id,
        type: 'venueBooking',
        title: `${r.venue}：${r.who || BOOKED_FOR_LABELS[r.kind as BookedForKind] || ''}「${r.purpose}」`,
        date: chinaDay(r.startsAt),
        orgId: r.orgId,
        link: `/venue-bookings/${r.id}`,
      }),
    );
  },
});
