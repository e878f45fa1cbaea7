import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { BOOKED_FOR_LABELS, findClash, intervalProblem, type BookedForKind } from '../../../core/venues';
import { chinaDateTime } from '../../../core/time';
import { audit, diff, snapshot } from '../../audit/record';
import { committees, memberGroups, venueBookings } from '../../db/schema';
import type { Tx } from '../../db/client';
import type { AppDeps } from '../../deps';
import type { Actor, Ctx } from '../../lib/context';
import { booksForAnyone, mayChangeBooking } from './policy';
import { loadBooking, loadVenue, overlappingBookings, type BookingRow, type VenueRow } from './queries';
import type { CreateBookingInput, UpdateBookingInput } from './schemas';

/** "5月4日 09:00–11:30" style range in China time. */
function rangeText(startsAt: Date, endsAt: Date): string {
  const s = chinaDateTime(startsAt);
  const e = chinaDateTime(endsAt);
  return s.slice(0, 10) === e.slice(0, 10) ? `${s}–${e.slice(11)}` : `${s}–${e}`;
}

function clashError(venue: VenueRow, clash: BookingRow): AppError {
  const who = clash.bookedForName || BOOKED_FOR_LABELS[clash.bookedForKind as BookedForKind] || '';
  return new AppError('BOOKING_CLASH', `该时段会场已被预订：${venue.name} ${rangeText(clash.startsAt, clash.endsAt)}，${who}「${clash.purpose}」`, {
    bookingId: clash.id,
    startsAt: clash.startsAt,
    endsAt: clash.endsAt,
    bookedForName: clash.bookedForName,
    purpose: clash.purpose,
  });
}

/**
 * The clash guard: locks the venue row (`select … for update`) so concurrent bookings of one venue
 * run one after the other, refuses a venue out of use, then an overlap with a live booking. Called inside the write
 * transaction, before the insert/update.
 */
async function lockAndCheck(tx: Tx, actor: Actor, venueId: string, startsAt: Date, endsAt: Date, exceptId?: string): Promise<VenueRow> {
  const problem = intervalProblem({ startsAt, endsAt });
  if (problem) throw new AppError('VALIDATION_FAILED', problem);
  const venue = await loadVenue(tx, actor, venueId, { lock: true });
  if (venue.archivedAt || !venue.active) throw new AppError('INVALID_STATE', '会场已停用，不能预订');
  const candidates = await overlappingBookings(tx, venue.id, startsAt, endsAt, exceptId);
  const clash = findClash({ id: exceptId, startsAt, endsAt }, candidates);
  if (clash) throw clashError(venue, clash);
  return venue;
}

/** Checks who the booking is for; fills the name from the committee / member group when an id is given. */
async function resolveBookedFor(tx: Tx, actor: Actor, kind: string, id: string | null | undefined, name: string | undefined): Promise<{ bookedForId: string | null; bookedForName: string }> {
  if (!booksForAnyone(actor) && kind !== 'room') throw new AppError('FORBIDDEN', '议事室召集人只能为协商议事室预订会场');
  if (id && kind === 'committee') {
    const [c] = await tx.select({ name: committees.name }).from(committees).where(and(eq(committees.id, id), eq(committees.orgId, actor.orgId)));
    if (!c) throw new AppError('VALIDATION_FAILED', '所选专委会不存在');
    return { bookedForId: id, bookedForName: name || c.name };
  }
  if (id && kind === 'sectorGroup') {
    const [g] = await tx.select({ name: memberGroups.name }).from(memberGroups).where(and(eq(memberGroups.id, id), eq(memberGroups.orgId, actor.orgId)));
    if (!g) throw new AppError('VALIDATION_FAILED', '所选界别小组不存在');
    return { bookedForId: id, bookedForName: name || g.name };
  }
  if (id) throw new AppError('VALIDATION_FAILED', '只有专委会和界别小组的预订可关联记录');
  if (!name) throw new AppError('VALIDATION_FAILED', '请填写使用单位（预订对象）');
  return { bookedForId: null, bookedForName: name };
}

async function cas(tx: Tx, before: BookingRow, version: number, set: Partial<typeof venueBookings.$inferInsert>): Promise<BookingRow> {
  const rows = await tx
    .update(venueBookings)
    .set({ ...set, version: sql`${venueBookings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(venueBookings.id, before.id), eq(venueBookings.version, version)))
    .returning();
  if (!rows.length) throw new AppError('CONFLICT');
  return rows[0];
}

/** 预订会场: refused with BOOKING_CLASH when the venue is taken in that time. */
export async function createBooking(deps: AppDeps, ctx: Ctx, venueId: string, input: CreateBookingInput): Promise<BookingRow> {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  return deps.db.db.transaction(async (tx) => {
    const venue = await lockAndCheck(tx, ctx.actor, venueId, startsAt, endsAt);
    const who = await resolveBookedFor(tx, ctx.actor, input.bookedForKind, input.bookedForId, input.bookedForName);
    const [b] = await tx
      .insert(venueBookings)
      .values({
        orgId: ctx.actor.orgId,
        venueId: venue.id,
        startsAt,
        endsAt,
        bookedForKind: input.bookedForKind,
        ...who,
        purpose: input.purpose,
        contactName: input.contactName ?? '',
        contactPhone: input.contactPhone ?? '',
        createdBy: ctx.actor.userId,
      })
      .returning();
    await audit(tx, ctx, { action: 'venueBooking.create', targetType: 'venueBooking', targetId: b.id, targetLabel: `${venue.name} ${rangeText(startsAt, endsAt)}`, changes: snapshot(b) });
    return b;
  });
}

/** 修改预订 (time, purpose, contact): the new time is checked for clashes like a new booking. */
export async function updateBooking(deps: AppDeps, ctx: Ctx, id: string, body: UpdateBookingInput): Promise<BookingRow> {
  const { version, ...input } = body;
  return deps.db.db.transaction(async (tx) => {
    const before = await loadBooking(tx, ctx.actor, id);
    if (!mayChangeBooking(ctx.actor, before)) throw new AppError('FORBIDDEN', '只能修改本人提交的预订');
    if (before.status !== 'booked') throw new AppError('INVALID_STATE', '预订已取消，不能修改');
    const startsAt = input.startsAt ? new Date(input.startsAt) : before.startsAt;
    const endsAt = input.endsAt ? new Date(input.endsAt) : before.endsAt;
    await lockAndCheck(tx, ctx.actor, before.venueId, startsAt, endsAt, before.id);
    const set: Partial<typeof venueBookings.$inferInsert> = { startsAt, endsAt };
    if (input.purpose !== undefined) set.purpose = input.purpose;
    if (input.contactName !== undefined) set.contactName = input.contactName;
    if (input.contactPhone !== undefined) set.contactPhone = input.contactPhone;
    if (input.bookedForKind !== undefined || input.bookedForId !== undefined || input.bookedForName !== undefined) {
      const kind = input.bookedForKind ?? before.bookedForKind;
      set.bookedForKind = kind;
      Object.assign(set, await resolveBookedFor(tx, ctx.actor, kind, input.bookedForId === undefined ? before.bookedForId : input.bookedForId, input.bookedForName ?? before.bookedForName));
    }
    const { venueName: _vn, ...plain } = before;
    const after = await cas(tx, plain, version, set);
    await audit(tx, ctx, { action: 'venueBooking.update', targetType: 'venueBooking', targetId: before.id, targetLabel: `${before.venueName} ${rangeText(after.startsAt, after.endsAt)}`, changes: diff(plain, after) });
    return after;
  });
}

/** 取消预订: the record stays, with the reason; the time is free again. */
export async function cancelBooking(deps: AppDeps, ctx: Ctx, id: string, body: { version: number; reason?: string }): Promise<BookingRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadBooking(tx, ctx.actor, id);
    if (!mayChangeBooking(ctx.actor, before)) throw new AppError('FORBIDDEN', '只能取消本人提交的预订');
    if (before.status !== 'booked') throw new AppError('INVALID_STATE', '预订已取消');
    const { venueName: _vn, ...plain } = before;
    const after = await cas(tx, plain, body.version, { status: 'cancelled', cancelReason: body.reason ?? '' });
    await audit(tx, ctx, {
      action: 'venueBooking.cancel',
      targetType: 'venueBooking',
      targetId: before.id,
      targetLabel: `${before.venueName} ${rangeText(before.startsAt, before.endsAt)}`,
      changes: body.reason ? { reason: body.reason } : null,
    });
    return after;
  });
}
