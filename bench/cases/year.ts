import { period } from '../../src/core/time';
import type { Database } from '../../src/server/db/client';
import type { BenchCase, BenchEnv } from '../types';

/**
 * Issue 3's targets: the calendar of a year with 2,000 meetings and activities, and the attendance
 * of a 500-member plenary. The year's records are added once per database by `setup`.
 */
const YEAR = 2023;
const MEETINGS = 1400;
const ACTIVITIES = 600;
const PLENARY_MEMBERS = 500;

const plenaryOf = new WeakMap<Database, Promise<string>>();

function addYear(env: BenchEnv): Promise<string> {
  let done = plenaryOf.get(env.database);
  if (!done) {
    done = (async () => {
      const { database: d, data } = env;
      await d.query(
        `insert into meetings (org_id, term_id, kind, title, starts_at, status, check_in_token)
         select $1, $2, (array['chairs','partyGroup','committee','thematic','secretaryGeneral'])[1 + g % 5], '基准会议' || g,
                timestamptz '${YEAR}-01-01 09:00+08' + (g % 365) * interval '1 day', 'held', md5('bench-meeting-' || g)
         from generate_series(1, ${MEETINGS}) g`,
        [data.orgId, data.termId],
      );
      await d.query(
        `insert into activities (org_id, kind, title, starts_on, status)
         select $1, 'reading', '基准读书活动' || g, date '${YEAR}-01-01' + (g % 365), 'held' from generate_series(1, ${ACTIVITIES}) g`,
        [data.orgId],
      );
      const [plenary] = await d.query<{ id: string }>(
        `insert into meetings (org_id, term_id, kind, number, title, starts_at, status, check_in_token)
         values ($1, $2, 'plenary', 99, '基准全体会议', timestamptz '${YEAR}-01-12 09:00+08', 'held', md5('bench-plenary')) returning id`,
        [data.orgId, data.termId],
      );
      await d.query(
        `insert into meeting_invitees (org_id, meeting_id, member_id, name, attendance)
         select $1, $2, m.id, m.name, (array['present','present','present','excused','absent'])[1 + (row_number() over (order by m.id))::int % 5]
         from (select id, name from members where org_id = $1 order by id limit ${PLENARY_MEMBERS}) m`,
        [data.orgId, plenary.id],
      );
      return plenary.id;
    })();
    plenaryOf.set(env.database, done);
  }
  return done;
}

const months = Array.from({ length: 12 }, (_, i) => period(YEAR, 'month', i + 1));

/** A month of the calendar (the page loads one month at a time) out of a 2,000-item year. */
const scheduleMonth: BenchCase = {
  name: 'schedule: a month of a 2,000-item year',
  async setup(env) {
    await addYear(env);
  },
  paths: () => months.map((m) => `/api/schedule?from=${m.from}&to=${m.to}`),
  async query(env, i) {
    const m = months[i % months.length];
    const params = [env.data.orgId, `${m.from} 00:00+08`, `${m.to} 24:00+08`];
    await env.database.query(`select * from meetings where org_id = $1 and archived_at is null and starts_at >= $2 and starts_at < $3 order by starts_at`, params);
    await env.database.query(
      `select * from activities where org_id = $1 and archived_at is null and coalesce(ends_on, starts_on) >= $2::date and starts_on <= $3::date order by starts_on, title`,
      [env.data.orgId, m.from, m.to],
    );
  },
  check: (body) => (Array.isArray((body as { items?: unknown }).items) && ((body as { items: unknown[] }).items.length > 0) ? null : 'no items'),
};

const plenaryIds = new WeakMap<Database, string>();

/** The attendance sheet of a 500-member plenary (应到/实到/请假/缺席 and every line). */
const plenaryAttendance: BenchCase = {
  name: 'attendance of a 500-member plenary',
  async setup(env) {
    plenaryIds.set(env.database, await addYear(env));
  },
  paths: (env) => [`/api/meetings/${plenaryIds.get(env.database)}/attendance`],
  async query(env) {
    const id = plenaryIds.get(env.database);
    await env.database.query(`select * from meetings where id = $1 and org_id = $2`, [id, env.data.orgId]);
    return env.database.query(`select * from meeting_invitees where meeting_id = $1 and archived_at is null order by name`, [id]);
  },
};

export const cases: BenchCase[] = [scheduleMonth, plenaryAttendance];
