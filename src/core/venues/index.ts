/**
 * Venues (会场): the members' home (委员之家) and other rooms, booked by committees, sector
 * groups, room conveners and the office. Two live bookings of one venue may not overlap.
 */
export const BOOKED_FOR_KINDS = ['committee', 'sectorGroup', 'room', 'office', 'other'] as const;
export type BookedForKind = (typeof BOOKED_FOR_KINDS)[number];
export const BOOKED_FOR_LABELS: Record<BookedForKind, string> = {
  committee: '专门委员会',
  sectorGroup: '界别小组',
  room: '协商议事室',
  office: '机关',
  other: '其他',
};

export const BOOKING_STATUSES = ['booked', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = { booked: '已预订', cancelled: '已取消' };

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

/** Half-open intervals [start, end) overlap when each starts before the other ends; touching ends do not clash. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/**
 * The first existing live booking the wanted interval clashes with, or null. Cancelled bookings
 * and the booking itself (when moving one) never clash.
 */
export function findClash<T extends Interval & { id: string; status: string }>(wanted: Interval & { id?: string }, existing: readonly T[]): T | null {
  const live = existing
    .filter((b) => b.status !== 'cancelled' && b.id !== wanted.id && overlaps(wanted, b))
    .sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  return live[0] ?? null;
}

/** Rejects empty or inverted intervals and bookings longer than a few days; returns a Chinese message or null. */
export function intervalProblem(i: Interval, maxDays = 7): string | null {
  if (Number.isNaN(i.startsAt.getTime()) || Number.isNaN(i.endsAt.getTime())) return '时间格式不正确';
  if (i.endsAt.getTime() <= i.startsAt.getTime()) return '结束时间须晚于开始时间';
  if (i.endsAt.getTime() - i.startsAt.getTime() > maxDays * 24 * 3600_000) return `单次预订不能超过${maxDays}天`;
  return null;
}

/** The seven China-time days of the week starting on `start` (YYYY-MM-DD), for the week calendar. */
export function weekDays(start: string): string[] {
  const base = Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)));
  return Array.from({ length: 7 }, (_, i) => new Date(base + i * 24 * 3600_000).toISOString().slice(0, 10));
}

/** The Monday (YYYY-MM-DD) of the week a day is in. */
export function mondayOf(day: string): string {
  const base = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const dow = (new Date(base).getUTCDay() + 6) % 7;
  return new Date(base - dow * 24 * 3600_000).toISOString().slice(0, 10);
}
