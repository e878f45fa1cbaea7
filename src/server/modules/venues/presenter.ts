import { BOOKED_FOR_LABELS, BOOKING_STATUS_LABELS, type BookedForKind, type BookingStatus } from '../../../core/venues';
import { chinaDateTime } from '../../../core/time';
import type { Actor } from '../../lib/context';
import { bookingAbilities } from './policy';
import type { BookingRow } from './queries';

export function presentBooking(actor: Actor, b: BookingRow & { venueName?: string }) {
  return {
    ...b,
    /** China time, 'YYYY-MM-DD HH:mm'. */
    startsAtText: chinaDateTime(b.startsAt),
    endsAtText: chinaDateTime(b.endsAt),
    bookedForKindLabel: BOOKED_FOR_LABELS[b.bookedForKind as BookedForKind] ?? b.bookedForKind,
    statusLabel: BOOKING_STATUS_LABELS[b.status as BookingStatus] ?? b.status,
    mine: b.createdBy === actor.userId,
    abilities: bookingAbilities(actor, b),
  };
}
