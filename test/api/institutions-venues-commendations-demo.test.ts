import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/client';
import { seedDemo } from '../../src/server/demo/seed';
import '../../src/server/modules/commendations/stats';
import '../../src/server/modules/institutions/stats';
import '../../src/server/modules/venues/stats';
import { computeStat, getStat } from '../../src/server/stats/registry';

/** The demo's institutions, venues and commendations answer the seed (part 一, 三是强化制度服务保障). */
let db: Database;
let city: string;
beforeAll(async () => {
  db = await openDatabase({});
  await db.migrate();
  city = (await seedDemo(db)).rootOrgId;
});
afterAll(async () => {
  await db?.close();
});

const H1 = { from: '2023-01-01', to: '2023-06-30' };
const stat = async (name: string, params: Record<string, unknown> = {}) => computeStat(db.db, getStat(name)!, { orgIds: [city], ...H1 }, params);

describe('demo institutions, venues and commendations, 2023 H1 in the city', () => {
  it('counts 十多项 institutions put in force, naming the three of the seed', async () => {
    const issued = await stat('institutions.issued');
    expect(issued.value).toBe(13);
    const titles = issued.records.map((r) => r.title);
    for (const t of ['《新时代中国特色社会主义思想学习座谈会制度》', '《市政协党组会议制度》', '《党委(党组)履行全面从严治党主体责任清单》']) expect(titles).toContain(t);
    expect((await stat('institutions.issued', { kind: 'partyGroup' })).value).toBe(7);
    const [draft] = await db.query<{ status: string }>("select status from institutions where org_id = $1 and title like '%履职量化考核办法%'", [city]);
    expect(draft.status).toBe('draft');
  });

  it('books the venues without clashes', async () => {
    const clashes = await db.query<{ n: string }>(
      `select count(*) n from venue_bookings a join venue_bookings b on a.venue_id = b.venue_id and a.id < b.id
       where a.status = 'booked' and b.status = 'booked' and a.starts_at < b.ends_at and b.starts_at < a.ends_at`,
    );
    expect(Number(clashes[0].n)).toBe(0);
    const bookings = await stat('venues.bookings');
    expect(bookings.value).toBeGreaterThan(40);
    expect((await stat('venues.bookings', { bookedForKind: 'room' })).value).toBeGreaterThan(0);
  });

  it('has the commendations decided at the 六届二次会议', async () => {
    const all = await stat('commendations.awarded');
    expect(all.value).toBe(24);
    expect((await stat('commendations.awarded', { category: 'excellentMember' })).value).toBe(12);
    expect((await stat('commendations.awarded', { category: 'excellentStaff' })).value).toBe(5);
    const linked = await db.query<{ n: string }>("select count(*) n from commendations where org_id = $1 and meeting_id is not null and decision_meeting_label = '市政协六届二次会议'", [city]);
    expect(Number(linked[0].n)).toBe(24);
    const weiyuan = await db.query<{ n: string }>("select count(*) n from commendations c join users u on u.member_id = c.member_id where u.username = 'weiyuan'");
    expect(Number(weiyuan[0].n)).toBe(1);
  });
});
