import { sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { rowsOf, type DbOrTx } from '../../db/client';

/**
 * Meetings seen from the requests and plans areas. The meetings table belongs to the meetings
 * area and was not migrated when this area was built, so these reads go through SQL guarded by
 * `to_regclass('meetings')` (no import of its schema, no foreign key): until the table exists,
 * meeting links are accepted unchecked and shown without title. Columns used: id, org_id, kind,
 * title, starts_at, ends_at, archived_at.
 */
export interface MeetingRef {
  id: string;
  kind: string;
  title: string;
  /** China-time first and last day. */
  startsOn: string;
  endsOn: string | null;
}

export async function meetingsTableExists(db: DbOrTx): Promise<boolean> {
  const rows = rowsOf<{ t: string | null }>(await db.execute(sql`select to_regclass('public.meetings')::text as t`));
  return !!rows[0]?.t;
}

const SELECT = sql`select id::text as id, kind, title,
  to_char(starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "startsOn",
  to_char(ends_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "endsOn"
  from meetings`;

/** Meetings of the org by id (archived ones included, so old links still show a title). */
export async function meetingsByIds(db: DbOrTx, orgId: string, ids: string[]): Promise<MeetingRef[]> {
  if (!ids.length || !(await meetingsTableExists(db))) return [];
  const list = sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
  return rowsOf<MeetingRef>(await db.execute(sql`${SELECT} where org_id = ${orgId} and id in (${list}) order by starts_at`));
}

/** Throws VALIDATION_FAILED when a meeting id is not a meeting of the org (checked once the table exists). */
export async function assertMeetingsInOrg(db: DbOrTx, orgId: string, ids: string[]): Promise<void> {
  if (!ids.length || !(await meetingsTableExists(db))) return;
  const found = await meetingsByIds(db, orgId, ids);
  if (found.length !== new Set(ids).size) throw new AppError('VALIDATION_FAILED', '关联的会议不存在');
}

/** Major meetings (plenary, standing committee) of the org whose first day is in [from, to]. */
export async function majorMeetings(db: DbOrTx, orgId: string, from: string, to: string, kinds: readonly string[]): Promise<MeetingRef[]> {
  if (!(await meetingsTableExists(db))) return [];
  const kindList = sql.join(kinds.map((k) => sql`${k}`), sql`, `);
  return rowsOf<MeetingRef>(
    await db.execute(
      sql`${SELECT} where org_id = ${orgId} and archived_at is null and status <> 'cancelled' and kind in (${kindList})
        and (starts_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date order by starts_at`,
    ),
  );
}
