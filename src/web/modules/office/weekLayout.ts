import type { Booking } from './types';

export const HOUR_PX = 44;

export interface Segment {
  booking: Booking;
  /** Minutes after midnight (China time) within the day. */
  from: number;
  to: number;
  lane: number;
  lanes: number;
}

const minutesOf = (text: string) => Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16));

/** The part of a booking inside one China-time day, as minutes [from, to). */
export function dayPart(b: Booking, day: string): { from: number; to: number } {
  const from = b.startsAtText.slice(0, 10) < day ? 0 : minutesOf(b.startsAtText);
  const to = b.endsAtText.slice(0, 10) > day ? 24 * 60 : minutesOf(b.endsAtText);
  return { from, to };
}

/** Lays out one day's bookings in side-by-side lanes where they overlap (a cancelled and a live one may). */
export function layoutDay(bookings: Booking[], day: string): Segment[] {
  const parts = bookings.map((b) => ({ booking: b, ...dayPart(b, day) })).sort((x, y) => x.from - y.from || y.to - x.to);
  const laneEnds: number[] = [];
  const placed = parts.map((p) => {
    let lane = laneEnds.findIndex((end) => end <= p.from);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(p.to);
    } else laneEnds[lane] = p.to;
    return { ...p, lane, lanes: 1 };
  });
  // Each segment is as narrow as the widest group of bookings it overlaps.
  for (const s of placed) {
    const overlapping = placed.filter((o) => o.from < s.to && s.from < o.to);
    s.lanes = Math.max(...overlapping.map((o) => o.lane + 1));
  }
  return placed;
}

/** The hours shown: 08–21 at least, widened to cover every booking of the week. */
export function hourRange(days: Array<{ day: string; bookings: Booking[] }>): { first: number; last: number } {
  let first = 8;
  let last = 21;
  for (const d of days)
    for (const b of d.bookings) {
      const p = dayPart(b, d.day);
      first = Math.min(first, Math.floor(p.from / 60));
      last = Math.max(last, Math.ceil(p.to / 60));
    }
  return { first, last: Math.min(24, last) };
}

export const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
