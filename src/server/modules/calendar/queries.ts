import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { addWorkingDays, type CalendarEntry, type OverrideKind } from '../../../core/calendar/working-days';
import type { DbOrTx } from '../../db/client';
import { calendarDays } from '../../db/schema';

/**
 * Where the calendar comes from (decision for this area):
 * - The national calendar is the committed JSON (src/core/calendar/cn-2023-2026.json); it is NOT
 *   copied into `calendar_days`, so the server and the browser compute the same deadlines from
 *   the same file and a regenerated JSON takes effect without a data migration.
 * - `calendar_days` rows with an org id are that org's overrides (PUT /api/calendar/days/:day).
 * - Rows with a null org id are honoured as national supplements (e.g. a year the JSON does not
 *   yet cover, added by a deployment with SQL); no route writes them.
 * Order of precedence: org row → null-org row → JSON → Monday–Friday.
 */
export interface CalendarRows {
  org: Map<string, CalendarEntry>;
  national: Map<string, CalendarEntry>;
}

export async function loadCalendarRows(db: DbOrTx, orgId: string, range?: { from: string; to: string }): Promise<CalendarRows> {
  const scope = or(eq(calendarDays.orgId, orgId), isNull(calendarDays.orgId));
  const where = range ? and(scope, gte(calendarDays.day, range.from), lte(calendarDays.day, range.to)) : scope;
  const rows = await db.select().from(calendarDays).where(where);
  const out: CalendarRows = { org: new Map(), national: new Map() };
  for (const r of rows) (r.orgId ? out.org : out.national).set(r.day, { kind: r.kind as OverrideKind, name: r.name });
  return out;
}

/** One overrides map for the pure functions: org rows win over null-org rows. */
export function mergedOverrides(rows: CalendarRows): Map<string, CalendarEntry> {
  const merged = new Map(rows.national);
  for (const [day, e] of rows.org) if (e.kind !== 'default') merged.set(day, e);
  return merged;
}

/** For other areas computing deadlines: the org's merged overrides (national JSON applies inside the pure functions). */
export async function orgCalendarOverrides(db: DbOrTx, orgId: string): Promise<Map<string, CalendarEntry>> {
  return mergedOverrides(await loadCalendarRows(db, orgId));
}

/** `n` working days after `from` by the org's calendar, e.g. a reply deadline. */
export async function addOrgWorkingDays(db: DbOrTx, orgId: string, from: string, n: number): Promise<string> {
  return addWorkingDays(from, n, await orgCalendarOverrides(db, orgId));
}
