import { toSearchQuery } from '../../src/core/search';
import type { BenchCase, BenchEnv } from '../types';

/** Searches a roster user would type, each paired with a sector it makes sense in. */
const SEARCHES: Array<[string, string]> = [
  ['医院', '医药卫生界'],
  ['中学', '教育界'],
  ['科技', '经济界'],
  ['大学', '民盟'],
  ['王', '农工党'],
  ['律师', '民革'],
];

function rosterInputs(env: BenchEnv) {
  return SEARCHES.flatMap(([q, sector]) => {
    const sectorId = env.data.sectors.find((s) => s.name === sector)!.id;
    return [1, 2].map((page) => ({ q, sectorId, page }));
  });
}

/** (a) a filtered and searched roster page of 20 out of the whole org. */
const rosterPage: BenchCase = {
  name: 'roster: search + sector, page of 20',
  paths: (env) => rosterInputs(env).map(({ q, sectorId, page }) => `/api/members?q=${encodeURIComponent(q)}&sectorId=${sectorId}&page=${page}&pageSize=20`),
  async query(env, i) {
    const inputs = rosterInputs(env);
    const { q, sectorId, page } = inputs[i % inputs.length];
    const tsq = toSearchQuery(q);
    const where = `m.org_id = $1 and m.term_id = $2 and m.status = 'active' and m.archived_at is null and m.sector_id = $3 and m.search_vector @@ to_tsquery('simple', $4)`;
    const params = [env.data.orgId, env.data.termId, sectorId, tsq];
    await env.database.query(`select count(*) from members m where ${where}`, params);
    const rows = await env.database.query<{ id: string }>(
      `select m.*, s.name as sector_name from members m left join sectors s on s.id = m.sector_id where ${where}
       order by s.sort_order asc nulls last, s.name asc, m.is_standing_member desc, m.name asc, m.id asc limit 20 offset ${(page - 1) * 20}`,
      params,
    );
    if (rows.length) {
      await env.database.query(
        `select mc.member_id, mc.committee_id, c.name, mc.role from member_committees mc join committees c on c.id = mc.committee_id where mc.member_id = any($1::uuid[]) order by c.sort_order, c.name`,
        [rows.map((r) => r.id)],
      );
    }
    return rows;
  },
  check: (body) => {
    const b = body as { items?: unknown[]; total?: number };
    return Array.isArray(b.items) && typeof b.total === 'number' ? null : 'no {items,total}';
  },
};

function memberIds(env: BenchEnv): string[] {
  // a fixed spread of members, the same for the API and the database side
  const ids = env.data.memberIds;
  return Array.from({ length: 50 }, (_, k) => ids[Math.floor((k * ids.length) / 50)]);
}

/** (b) one member's page: profile, sector, term, committees, groups, membership history. */
const memberPage: BenchCase = {
  name: 'member page',
  paths: (env) => memberIds(env).map((id) => `/api/members/${id}`),
  async query(env, i) {
    const ids = memberIds(env);
    const id = ids[i % ids.length];
    const [m] = await env.database.query<{ sector_id: string | null; term_id: string }>(`select * from members where id = $1 and org_id = $2`, [id, env.data.orgId]);
    if (m.sector_id) await env.database.query(`select name from sectors where id = $1`, [m.sector_id]);
    await env.database.query(`select name from terms where id = $1`, [m.term_id]);
    await env.database.query(`select mc.committee_id, c.name, mc.role from member_committees mc join committees c on c.id = mc.committee_id where mc.member_id = $1`, [id]);
    await env.database.query(`select g.id, g.name, g.kind, gm.role from member_group_members gm join member_groups g on g.id = gm.group_id where gm.member_id = $1 and g.archived_at is null`, [id]);
    await env.database.query(`select * from membership_changes where member_id = $1 order by effective_on, created_at`, [id]);
    return m;
  },
  check: (body) => (typeof (body as { name?: unknown }).name === 'string' || typeof (body as { member?: unknown }).member === 'object' ? null : 'no member in the answer'),
};

export const cases: BenchCase[] = [rosterPage, memberPage];
