/**
 * Working-day arithmetic for deadlines (答复期限, 纪要期限 …). Browser-safe: no Node, no database.
 *
 * A day is a working day when, in this order:
 * 1. the org has an override for it (`holiday` → no, `workday` → yes; `default` → ignore the
 *    override and fall through);
 * 2. the national calendar (cn-2023-2026.json, generated from `chinese-days`) lists it as an
 *    adjusted working day (调休上班) → yes, or as a public holiday → no;
 * 3. otherwise Monday–Friday are working days, Saturday and Sunday are not.
 * Outside the years of the national data only rules 1 and 3 apply.
 */
import national from './cn-2023-2026.json';

export const CALENDAR_KINDS = ['holiday', 'workday'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
/** What an org may set on a day: `default` drops the org's own choice (back to the national rule). */
export const OVERRIDE_KINDS = [...CALENDAR_KINDS, 'default'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

export interface CalendarEntry {
  kind: OverrideKind;
  name?: string;
}

/** Org overrides by day ('YYYY-MM-DD'). */
export type CalendarOverrides = ReadonlyMap<string, CalendarEntry> | Readonly<Record<string, CalendarEntry>>;

/** How a day is classified, for calendar views. */
export const DAY_KINDS = ['workday', 'weekend', 'holiday', 'adjustedWorkday'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export interface DayInfo {
  day: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  working: boolean;
  kind: DayKind;
  name: string;
  source: 'weekday' | 'national' | 'org';
}

export const NATIONAL_SOURCE: string = national.source;
export const NATIONAL_YEARS: readonly [number, number] = [national.years[0], national.years[1]];
const NATIONAL_HOLIDAYS: Readonly<Record<string, string>> = national.holidays;
const NATIONAL_WORKDAYS: Readonly<Record<string, string>> = national.workdays;

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

function toUtc(day: string): number {
  if (!DAY_RE.test(day)) throw new RangeError(`invalid day: ${day}`);
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  if (fromUtc(t) !== day) throw new RangeError(`invalid day: ${day}`);
  return t;
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The day `n` calendar days after `day` (negative: before). */
export function addCalendarDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * MS_PER_DAY);
}

function overrideOf(overrides: CalendarOverrides | undefined, day: string): CalendarEntry | undefined {
  if (!overrides) return undefined;
  const e = overrides instanceof Map ? overrides.get(day) : (overrides as Readonly<Record<string, CalendarEntry>>)[day];
  return e && e.kind !== 'default' ? e : undefined;
}

/** National entry of a day, if any (public holiday or adjusted working day). */
export function nationalEntry(day: string): { kind: CalendarKind; name: string } | undefined {
  if (NATIONAL_WORKDAYS[day] !== undefined) return { kind: 'workday', name: NATIONAL_WORKDAYS[day] };
  if (NATIONAL_HOLIDAYS[day] !== undefined) return { kind: 'holiday', name: NATIONAL_HOLIDAYS[day] };
  return undefined;
}

/** Full classification of one day. */
export function dayInfo(day: string, overrides?: CalendarOverrides): DayInfo {
  const weekday = new Date(toUtc(day)).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const own = overrideOf(overrides, day);
  const nat = nationalEntry(day);
  const entry = own ?? nat;
  const source: DayInfo['source'] = own ? 'org' : nat ? 'national' : 'weekday';
  if (!entry) return { day, weekday, working: !weekend, kind: weekend ? 'weekend' : 'workday', name: '', source };
  if (entry.kind === 'workday') return { day, weekday, working: true, kind: weekend ? 'adjustedWorkday' : 'workday', name: entry.name ?? '', source };
  return { day, weekday, working: false, kind: 'holiday', name: entry.name ?? '', source };
}

export function isWorkingDay(day: string, overrides?: CalendarOverrides): boolean {
  return dayInfo(day, overrides).working;
}

/**
 * The date `n` working days after `start` (the start itself is not counted; negative `n` counts
 * backwards; `n = 0` returns `start`). E.g. 7 working days after 2023-09-27 is 2023-10-12.
 */
export function addWorkingDays(start: string, n: number, overrides?: CalendarOverrides): string {
  if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
  const step = n < 0 ? -1 : 1;
  let t = toUtc(start);
  let left = Math.abs(n);
  while (left > 0) {
    t += step * MS_PER_DAY;
    if (isWorkingDay(fromUtc(t), overrides)) left--;
  }
  return fromUtc(t);
}

/**
 * Working days in (from, to]: the inverse of addWorkingDays, so
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n`. Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: string, to: string, overrides?: CalendarOverrides): number {
  const a = toUtc(from);
  const b = toUtc(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let t = lo + MS_PER_DAY; t <= hi; t += MS_PER_DAY) if (isWorkingDay(fromUtc(t), overrides)) count++;
  return sign * count;
}

/** Every day of a year, classified (for the calendar page). */
export function yearDays(year: number, overrides?: CalendarOverrides): DayInfo[] {
  const out: DayInfo[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += MS_PER_DAY) out.push(dayInfo(fromUtc(t), overrides));
  return out;
}
