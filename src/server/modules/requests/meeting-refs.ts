import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { meetings } from '../../db/schema';
import type { DbOrTx } from '../../db/client';

/**
 * Meetings as the requests and plans areas see them: id, kind, title and China-time days. Reads
 * only; the meetings area owns the table.
 */
export interface MeetingRef {
  id: string;
  kind: string;
  title: string;
  /** China-time first and last day. */
  startsOn: string;
  endsOn: string | null;
}

const COLUMNS = {
  id: meetings.id,
  kind: meetings.kind,
  title: meetings.title,
  startsOn: sql<string>`to_char(${meetings.startsAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
  endsOn: sql<string | null>`to_char(${meetings.endsAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
};

/** Meetings of the org by id (archived ones included, so old links still show a title). */
export async function meetingsByIds(db: DbOrTx, orgId: string, ids: string[]): Promise<MeetingRef[]> {
  if (!ids.length) return [];
  return db
    .select(COLUMNS)
    .from(meetings)
    .where(and(eq(meetings.orgId, orgId), inArray(meetings.id, ids)))
    .orderBy(asc(meetings.startsAt));
}

/** Throws VALIDATION_FAILED when an id is not a meeting of the org. */
export async function assertMeetingsInOrg(db: DbOrTx, orgId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const found = await meetingsByIds(db, orgId, ids);
  if (found.length !== new Set(ids).size) throw new AppError('VALIDATION_FAILED', '关联的会议不存在');
}

/** Major meetings (plenary, standing committee …) of the org, not cancelled or archived, whose first day is in [from, to]. */
export async function majorMeetings(db: DbOrTx, orgId: string, from: string, to: string, kinds: readonly string[]): Promise<MeetingRef[]> {
  return db
    .select(COLUMNS)
    .from(meetings)
    .where(
      and(
        eq(meetings.orgId, orgId),
        isNull(meetings.archivedAt),
        ne(meetings.status, 'cancelled'),
        inArray(meetings.kind, [...kinds]),
        sql`(${meetings.startsAt} at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date`,
      ),
    )
    .orderBy(asc(meetings.startsAt));
}
