import { addCalendarDays, addWorkingDays } from '../../../core/calendar/working-days';
import { DEFAULT_MINUTES_DUE_WORKING_DAYS } from '../../../core/meetings';
import type { DbOrTx } from '../../db/client';
import { loadCalendarRows, mergedOverrides } from '../calendar/queries';

/**
 * The minutes (纪要) due date: `n` working days after the meeting day (default 7, org setting
 * `minutesDueWorkingDays`), on the org's calendar: national holidays and adjusted working days,
 * then the org's own overrides.
 */
export async function minutesDueOn(db: DbOrTx, orgId: string, meetingDay: string, n: number | null): Promise<string> {
  const days = n ?? DEFAULT_MINUTES_DUE_WORKING_DAYS;
  const rows = await loadCalendarRows(db, orgId, { from: meetingDay, to: addCalendarDays(meetingDay, days * 3 + 30) });
  return addWorkingDays(meetingDay, days, mergedOverrides(rows));
}
