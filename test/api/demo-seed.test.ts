import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { birthDateOfIdNumber, genderOfIdNumber, isValidIdNumber } from '../../src/core/idNumber';
import { toSearchQuery } from '../../src/core/search';
import { buildApp } from '../../src/server/app';
import { bootstrap } from '../../src/server/bootstrap';
import { loadConfig, type AppConfig } from '../../src/server/config';
import { openDatabase, type Database } from '../../src/server/db/client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/demo/accounts';
import { Random } from '../../src/server/demo/random';
import { seedDemo } from '../../src/server/demo/seed';
import { createDeps } from '../../src/server/runtime';

/**
 * The demo city on fresh empty databases (not the shared test template): in-memory PGlite, or new
 * databases on the PostgreSQL server of TEST_DATABASE_URL for the PostgreSQL pass.
 */
let a: Database;
let b: Database;
let rootA: string;
let rootB: string;
let config: AppConfig;
const dropAfter: Array<() => Promise<void>> = [];

async function freshDb(): Promise<Database> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (!pgUrl) {
    const db = await openDatabase({});
    await db.migrate();
    return db;
  }
  const name = `lvzhi_demo_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await db.migrate();
  const close = db.close.bind(db);
  let closed = false;
  db.close = async () => {
    if (!closed) await close();
    closed = true;
  };
  dropAfter.push(async () => {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
  return db;
}

const one = async <T>(db: Database, sqlText: string, params: unknown[] = []): Promise<T> => (await db.query<T>(sqlText, params))[0];
const n = async (db: Database, sqlText: string, params: unknown[] = []): Promise<number> => Number((await one<{ n: number | string }>(db, sqlText, params)).n);

beforeAll(async () => {
  config = { ...loadConfig({}), dataDir: await mkdtemp(path.join(os.tmpdir(), 'lvzhi-demo-')), seedDemo: true, loginRateLimitPerMinute: 1000, logLevel: 'silent' };
  [a, b] = await Promise.all([freshDb(), freshDb()]);
  const started = Date.now();
  rootA = (await seedDemo(a)).rootOrgId;
  // "A few seconds" on PGlite alone; generous here because other suites run in parallel.
  expect(Date.now() - started).toBeLessThan(60_000);
  rootB = (await seedDemo(b)).rootOrgId;
}, 240_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  for (const drop of dropAfter) await drop();
});

describe('demo seed: counts', () => {
  it('builds the city with its district and county', async () => {
    expect(await n(a, 'select count(*) n from orgs')).toBe(3);
    const tree = await a.query<{ name: string; level: string; parent: string | null }>(
      'select o.name, o.level, p.name parent from orgs o left join orgs p on p.id = o.parent_id order by o.sort_order',
    );
    expect(tree).toEqual([
      { name: '云溪市政协', level: 'city', parent: null },
      { name: '云溪市东湖区政协', level: 'district', parent: '云溪市政协' },
      { name: '青山县政协', level: 'county', parent: '云溪市政协' },
    ]);
    const root = await one<{ region_name: string; settings: { places: string[] } }>(a, 'select region_name, settings from orgs where id = $1', [rootA]);
    expect(root.region_name).toBe('云溪市');
    expect(root.settings.places).toHaveLength(12);
    expect(root.settings.places).toContain('城关街道');
  });

  it('has 31 sectors, 10 committees, 60 units and 440–460 members in the city', async () => {
    expect(await n(a, 'select count(*) n from sectors where org_id = $1', [rootA])).toBe(31);
    expect(await n(a, 'select count(*) n from committees where org_id = $1', [rootA])).toBe(10);
    expect(await n(a, 'select count(*) n from units where org_id = $1', [rootA])).toBe(60);
    const members = await n(a, 'select count(*) n from members where org_id = $1', [rootA]);
    expect(members).toBeGreaterThanOrEqual(440);
    expect(members).toBeLessThanOrEqual(460);
    const standing = await n(a, "select count(*) n from members where org_id = $1 and is_standing_member and status = 'active'", [rootA]);
    expect(standing).toBeGreaterThanOrEqual(55);
    expect(standing).toBeLessThanOrEqual(65);
    // Every sector has members and at least one standing member.
    const emptySectors = await n(
      a,
      'select count(*) n from sectors s where s.org_id = $1 and not exists (select 1 from members m where m.sector_id = s.id and m.is_standing_member)',
      [rootA],
    );
    expect(emptySectors).toBe(0);
  });

  it('gives the districts their own term, sectors, committees, roster, units and leaders', async () => {
    const rows = await a.query<{ name: string; members: string; sectors: string; committees: string; units: string; leaders: string; terms: string }>(
      `select o.name,
        (select count(*) from members m where m.org_id = o.id) members,
        (select count(*) from sectors s where s.org_id = o.id) sectors,
        (select count(*) from committees c where c.org_id = o.id) committees,
        (select count(*) from units u where u.org_id = o.id) units,
        (select count(*) from leaders l where l.org_id = o.id) leaders,
        (select count(*) from terms t where t.org_id = o.id and t.is_current) terms
       from orgs o where o.parent_id is not null order by o.sort_order`,
    );
    const [donghu, qingshan] = rows;
    expect(Number(donghu.members)).toBeGreaterThanOrEqual(110);
    expect(Number(donghu.members)).toBeLessThanOrEqual(130);
    expect(Number(qingshan.members)).toBeGreaterThanOrEqual(80);
    expect(Number(qingshan.members)).toBeLessThanOrEqual(100);
    for (const r of rows) {
      expect(Number(r.sectors)).toBeGreaterThan(10);
      expect(Number(r.committees)).toBeGreaterThanOrEqual(4);
      expect(Number(r.units)).toBeGreaterThan(20);
      expect(Number(r.leaders)).toBeGreaterThan(5);
      expect(Number(r.terms)).toBe(1);
    }
  });

  it('has the term 第六届 with 六届一次会议 (2022-01) and 六届二次会议 (2023-01)', async () => {
    const term = await one<{ name: string; number: number; start: string }>(a, "select name, number, to_char(start_date, 'YYYY-MM-DD') start from terms where org_id = $1", [rootA]);
    expect(term).toEqual({ name: '第六届', number: 6, start: '2022-01-10' });
    const sessions = await a.query<{ name: string; start: string }>(
      "select name, to_char(start_date, 'YYYY-MM') start from plenary_sessions where org_id = $1 order by number",
      [rootA],
    );
    expect(sessions).toEqual([
      { name: '六届一次会议', start: '2022-01' },
      { name: '六届二次会议', start: '2023-01' },
    ]);
  });

  it('staffs each city committee with a chair, 2–3 vice-chairs and 15–30 members', async () => {
    const rows = await a.query<{ name: string; chair: string; vice: string; member: string }>(
      `select c.name,
        count(*) filter (where mc.role = 'chair') chair,
        count(*) filter (where mc.role = 'viceChair') vice,
        count(*) filter (where mc.role = 'member') member
       from committees c join member_committees mc on mc.committee_id = c.id
       where c.org_id = $1 group by c.name`,
      [rootA],
    );
    expect(rows).toHaveLength(10);
    for (const r of rows) {
      expect(Number(r.chair), r.name).toBe(1);
      expect(Number(r.vice), r.name).toBeGreaterThanOrEqual(2);
      expect(Number(r.vice), r.name).toBeLessThanOrEqual(3);
      expect(Number(r.member), r.name).toBeGreaterThanOrEqual(15);
      expect(Number(r.member), r.name).toBeLessThanOrEqual(30);
    }
  });

  it('has leaders of the party, government and CPPCC, and the CPPCC ones sit as members', async () => {
    const posts = (await a.query<{ post: string }>('select post from leaders where org_id = $1', [rootA])).map((r) => r.post);
    for (const p of ['市委书记', '市委副书记、市长', '市委副书记', '市政协主席', '市政协副主席', '市政协秘书长']) expect(posts).toContain(p);
    const missing = await n(
      a,
      "select count(*) n from leaders l where l.org_id = $1 and l.body = 'cppcc' and l.level = 'city' and not exists (select 1 from members m where m.org_id = l.org_id and m.name = l.name)",
      [rootA],
    );
    expect(missing).toBe(0);
  });

  it('keeps member groups', async () => {
    const kinds = await a.query<{ kind: string; n: string }>('select kind, count(*) n from member_groups where org_id = $1 group by kind order by kind', [rootA]);
    expect(kinds.map((k) => k.kind)).toEqual(['group', 'sectorGroup', 'studyGroup']);
  });
});

describe('demo seed: members look real', () => {
  it('gives every member a valid ID number matching birth date and gender', async () => {
    const rows = await a.query<{ id_number: string; birth: string; gender: string; phone: string }>(
      "select id_number, to_char(birth_date, 'YYYY-MM-DD') birth, gender, phone from members",
    );
    expect(rows.length).toBeGreaterThan(600);
    for (const r of rows) {
      expect(isValidIdNumber(r.id_number), r.id_number).toBe(true);
      expect(birthDateOfIdNumber(r.id_number)).toBe(r.birth);
      expect(genderOfIdNumber(r.id_number)).toBe(r.gender);
      expect(r.id_number.startsWith('4399')).toBe(true);
      expect(r.birth >= '1960-01-01' && r.birth <= '1992-12-31').toBe(true);
      expect(r.phone).toMatch(/^1[3-9]\d{9}$/);
    }
    expect(new Set(rows.map((r) => r.id_number)).size).toBe(rows.length);
  });

  it('matches political affiliation to the sector', async () => {
    const rows = await a.query<{ sector: string; aff: string }>(
      'select s.name sector, m.political_affiliation aff from members m join sectors s on s.id = m.sector_id where m.org_id = $1',
      [rootA],
    );
    const expected: Record<string, string> = { 中共: '中共党员', 民盟: '民盟盟员', 九三学社: '九三学社社员', 无党派人士: '无党派人士', 宗教界: '群众' };
    for (const r of rows) if (expected[r.sector]) expect(r.aff, r.sector).toBe(expected[r.sector]);
    const minorities = await n(a, "select count(*) n from members m join sectors s on s.id = m.sector_id where s.name = '少数民族界' and m.ethnicity = '汉族'");
    expect(minorities).toBe(0);
    expect(await n(a, "select count(*) n from members where ethnicity = '汉族'")).toBeGreaterThan(550);
  });

  it('records the 2023-H1 membership changes: 6 additions and 2 resignations in the city', async () => {
    const rows = await a.query<{ kind: string; n: string; label: string; first: string }>(
      `select kind, count(*) n, min(approving_meeting_label) label, to_char(min(effective_on), 'YYYY-MM-DD') first
       from membership_changes where org_id = $1 group by kind order by kind`,
      [rootA],
    );
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
    expect(Number(byKind.initial.n)).toBe(446);
    expect(byKind.initial.first).toBe('2022-01-10');
    expect(Number(byKind.added.n)).toBe(6);
    expect(byKind.added.label).toBe('六届市政协常委会第五次会议');
    expect(byKind.added.first.startsWith('2023-')).toBe(true);
    expect(Number(byKind.resigned.n)).toBe(2);
    expect(await n(a, "select count(*) n from members where org_id = $1 and status = 'resigned' and left_on >= '2023-01-01'", [rootA])).toBe(2);
  });

  it('stores search vectors for members and units', async () => {
    expect(await n(a, 'select count(*) n from members where search_vector is null')).toBe(0);
    expect(await n(a, 'select count(*) n from units where search_vector is null')).toBe(0);
    const unit = await n(a, "select count(*) n from units where search_vector @@ to_tsquery('simple', $1)", [toSearchQuery('教育局')]);
    expect(unit).toBeGreaterThanOrEqual(3);
    const { name } = await one<{ name: string }>(a, 'select name from members where org_id = $1 order by name limit 1', [rootA]);
    expect(await n(a, "select count(*) n from members where search_vector @@ to_tsquery('simple', $1)", [toSearchQuery(name)])).toBeGreaterThanOrEqual(1);
  });

  it('writes one demo.seed audit row with counts', async () => {
    const rows = await a.query<{ actor_name: string; changes: { counts: Record<string, number> } }>("select actor_name, changes from audit_events where action = 'demo.seed'");
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_name).toBe('系统');
    expect(rows[0].changes.counts.members).toBeGreaterThan(600);
    expect(rows[0].changes.counts.units).toBe(await n(a, 'select count(*) n from units'));
  });
});

describe('demo seed: determinism', () => {
  it('produces the same rows on two databases', async () => {
    expect(rootB).toBe(rootA);
    const q = "select id, name, id_number, employer, post, is_standing_member, status from members order by id";
    const [ma, mb] = await Promise.all([a.query(q), b.query(q)]);
    expect(mb).toEqual(ma);
    const u = 'select id, name, contact_name, contact_phone from units order by id';
    expect(await b.query(u)).toEqual(await a.query(u));
    const users = 'select id, username, display_name, member_id, unit_id from users order by username';
    expect(await b.query(users)).toEqual(await a.query(users));
  });

  it('the PRNG is a stable mulberry32 stream', () => {
    const r1 = new Random(42);
    const r2 = new Random(42);
    const xs = Array.from({ length: 5 }, () => r1.next());
    expect(Array.from({ length: 5 }, () => r2.next())).toEqual(xs);
    expect(xs[0]).toBeCloseTo(0.6011037519201636, 12);
  });
});

describe('demo seed: accounts', () => {
  it('lets every demo account log in with the demo password', async () => {
    const app = await buildApp(createDeps(config, a), { logger: false });
    await app.ready();
    try {
      for (const acc of DEMO_ACCOUNTS) {
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: acc.username, password: DEMO_PASSWORD } });
        expect(res.statusCode, `${acc.username}: ${res.body}`).toBe(200);
        const body = res.json();
        expect(body.user.roles).toEqual([...acc.roles]);
        expect(body.user.mustChangePassword).toBe(false);
        if ('member' in acc && acc.member) expect(body.user.memberId).toBeTruthy();
        if ('unit' in acc && acc.unit) expect(body.user.unitId).toBeTruthy();
        const expectedOrg = acc.org === 'city' ? '云溪市政协' : acc.org === 'donghu' ? '云溪市东湖区政协' : '青山县政协';
        expect(body.org.name).toBe(expectedOrg);
      }
      const unit = await one<{ name: string }>(a, "select u.name from users x join units u on u.id = x.unit_id where x.username = 'jiaoyuju'");
      expect(unit.name).toBe('云溪市教育局');
    } finally {
      await app.close();
    }
  });
});

describe('bootstrap with SEED_DEMO', () => {
  it('loads the demo and creates admin on an empty database, and changes nothing on the next start', async () => {
    const db = await freshDb();
    try {
      const res = await bootstrap(db, { ...config, initialAdminPassword: 'FirstStart2026' });
      expect(res.seededDemo).toBe(true);
      expect(res.createdAdmin).toEqual({ username: 'admin', password: 'FirstStart2026', generated: false });
      const admin = await one<{ org_id: string; must_change_password: boolean }>(db, "select org_id, must_change_password from users where username = 'admin'");
      expect(admin.org_id).toBe(rootA);
      expect(admin.must_change_password).toBe(true);
      expect(await n(db, 'select count(*) n from users')).toBe(DEMO_ACCOUNTS.length + 1);
      const again = await bootstrap(db, { ...config, initialAdminPassword: 'FirstStart2026' });
      expect(again).toEqual({ seededDemo: false });
      expect(await n(db, 'select count(*) n from orgs')).toBe(3);
    } finally {
      await db.close();
    }
  }, 180_000);
});
