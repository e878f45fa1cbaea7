import { hasAnyRole, ORG_READER_ROLES, type Role } from '../../../core/roles';
import type { Actor } from '../../lib/context';

/** The office keeps the venues. */
export const VENUE_WRITERS: readonly Role[] = ['officeAdmin', 'officeStaff'];
/** Who sees the bookings and the week calendar: the office, leaders, auditors, members, room conveners. */
export const BOOKING_READERS: readonly Role[] = [...ORG_READER_ROLES, 'member', 'roomConvener'];
/** Who books: the office for anyone (committees, sector groups, the office), room conveners for their rooms. */
export const BOOKING_WRITERS: readonly Role[] = ['officeAdmin', 'officeStaff', 'roomConvener'];
const BOOKING_OFFICE: readonly Role[] = ['officeAdmin', 'officeStaff'];

/** Whether the caller books for anyone (else only `room` bookings of their own). */
export function booksForAnyone(actor: Actor): boolean {
  return hasAnyRole(actor.roles, BOOKING_OFFICE);
}

/** The office changes any booking; a room convener only the ones they made. */
export function mayChangeBooking(actor: Actor, b: { createdBy: string | null }): boolean {
  return booksForAnyone(actor) || (hasAnyRole(actor.roles, ['roomConvener']) && b.createdBy === actor.userId);
}

export function bookingAbilities(actor: Actor, b: { createdBy: string | null; status: string }) {
  const change = mayChangeBooking(actor, b) && b.status === 'booked';
  return { update: change, cancel: change };
}

export function bookingListAbilities(actor: Actor) {
  return { create: hasAnyRole(actor.roles, BOOKING_WRITERS), export: true };
}
