import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DECISION = { decisionMeetingLabel: '市政协六届二次会议', decidedOn: '2023-01-10', decisionDocNumber: '甲政协发〔2023〕2号' };

describe('commendations (表彰)', () => {
  let memberAwardId = '';
  let staffAwardId = '';
  let meetingId = '';

  it('refuses anonymous callers and roles without access', async () => {
    expect((await t.anon.get('/api/commendations')).statusCode).toBe(401);
    expect((await (await t.as('unitadmin')).get('/api/commendations')).statusCode).toBe(403);
    expect((await (await t.as('convener')).get('/api/commendations')).statusCode).toBe(403);
    expect((await (await t.as('leader')).post('/api/commendations', { year: 2022, category: 'excellentStaff', nomineeName: 'x', decidedOn: '2023-01-10' })).statusCode).toBe(403);
    expect((await (await t.as('member1')).post('/api/commendations', { year: 2022, category: 'excellentStaff', nomineeName: 'x', decidedOn: '2023-01-10' })).statusCode).toBe(403);
  });

  it('records awards of each category, checking nominee and meeting', async () => {
    const [m] = await t.database.query<{ id: string }>(
      `insert into meetings (org_id, term_id, kind, title, starts_at, status, check_in_token) values ($1, $2, 'plenary', '市政协六届二次会议', '2023-01-08T09:00:00+08:00', 'held', md5(random()::text)) returning id`,
      [t.ids.orgs.A, t.ids.termA],
    );
    meetingId = m.id;
    const staff = await t.as('staff');
    const res = await staff.post('/api/commendations', { year: 2022, category: 'excellentMember', memberId: t.ids.memberA, meetingId, citation: '积极建言献策，提交提案质量高', ...DECISION });
    expect(res.statusCode).toBe(201);
    memberAwardId = res.json().id;
    expect(res.json()).toMatchObject({ nomineeName: '林晓峰', categoryLabel: '优秀政协委员', nomineeKind: 'member', abilities: { update: true } });

    expect((await staff.post('/api/commendations', { year: 2022, category: 'excellentMember', nomineeName: '某人', ...DECISION })).statusCode).toBe(400);
    expect((await staff.post('/api/commendations', { year: 2022, category: 'excellentMember', memberId: t.ids.memberB, ...DECISION })).statusCode).toBe(400);
    expect((await staff.post('/api/commendations', { year: 2022, category: 'advancedUnit', memberId: t.ids.memberA, nomineeName: '甲', ...DECISION })).statusCode).toBe(400);
    expect((await staff.post('/api/commendations', { year: 2022, category: 'excellentStaff', nomineeName: '王', ...DECISION, meetingId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(400);
    expect((await staff.post('/api/commendations', { year: 2024, category: 'excellentStaff', nomineeName: '王', ...DECISION })).statusCode).toBe(400);
    const dup = await staff.post('/api/commendations', { year: 2022, category: 'excellentMember', memberId: t.ids.memberA, ...DECISION });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE');

    const s = await staff.post('/api/commendations', { year: 2022, category: 'excellentStaff', nomineeName: '陈文静', nomineeDetail: '市政协办公室综合科科长', ...DECISION });
    expect(s.statusCode).toBe(201);
    staffAwardId = s.json().id;
    for (const [category, nomineeName] of [
      ['advancedUnit', '甲市教育局'],
      ['advancedCollective', '市政协提案委员会'],
    ] as const) {
      expect((await staff.post('/api/commendations', { year: 2022, category, nomineeName, ...DECISION })).statusCode).toBe(201);
    }
  });

  it('updates with compare-and-set', async () => {
    const staff = await t.as('staff');
    const c = (await staff.get(`/api/commendations/${staffAwardId}`)).json();
    const ok = await staff.patch(`/api/commendations/${staffAwardId}`, { version: c.version, citation: '服务保障全会工作成绩突出' });
    expect(ok.statusCode).toBe(200);
    const stale = await staff.patch(`/api/commendations/${staffAwardId}`, { version: c.version, citation: '旧' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
  });

  it('lists with filters and Chinese search; members see only their own', async () => {
    const staff = await t.as('staff');
    expect((await staff.get('/api/commendations?year=2022')).json().total).toBe(4);
    expect((await staff.get('/api/commendations?year=2022&category=excellentStaff')).json().items[0].nomineeName).toBe('陈文静');
    const search = await staff.get('/api/commendations?q=' + encodeURIComponent('文静'));
    expect(search.json().items.map((x: { id: string }) => x.id)).toEqual([staffAwardId]);
    expect((await staff.get('/api/commendations?q=' + encodeURIComponent('提案'))).json().total).toBe(2);
    expect((await staff.get(`/api/commendations?meetingId=${meetingId}`)).json().total).toBe(1);

    const member = await t.as('member1');
    const mine = await member.get('/api/commendations');
    expect(mine.json().items.map((x: { id: string }) => x.id)).toEqual([memberAwardId]);
    expect((await member.get(`/api/commendations/${staffAwardId}`)).statusCode).toBe(404);
    expect((await member.get(`/api/members/${t.ids.memberA}/commendations`)).json().items).toHaveLength(1);
  });

  it('shows the awards on the member page', async () => {
    const page = await (await t.as('leader')).get(`/api/members/${t.ids.memberA}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().commendations).toEqual([
      expect.objectContaining({ id: memberAwardId, year: 2022, categoryLabel: '优秀政协委员', decisionMeetingLabel: '市政协六届二次会议', decidedOn: '2023-01-10', meetingId }),
    ]);
    const own = await (await t.as('member1')).get(`/api/members/${t.ids.memberA}`);
    expect(own.json().commendations).toHaveLength(1);
  });

  it('answers another org exactly like a missing record', async () => {
    const other = await t.as('b_staff');
    const missing = await other.get('/api/commendations/00000000-0000-4000-8000-000000000000');
    const foreign = await other.get(`/api/commendations/${memberAwardId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await other.patch(`/api/commendations/${memberAwardId}`, { version: 1, citation: 'x' })).statusCode).toBe(404);
    expect((await other.get(`/api/members/${t.ids.memberA}/commendations`)).statusCode).toBe(404);
    expect((await (await t.as('b_member')).get(`/api/members/${t.ids.memberA}/commendations`)).statusCode).toBe(404);
    expect((await other.get('/api/commendations')).json().total).toBe(0);
  });

  it('counts awards decided in the period, per category, with the records', async () => {
    const leader = await t.as('leader');
    const all = await leader.get('/api/stats/commendations.awarded?from=2023-01-01&to=2023-06-30');
    expect(all.statusCode).toBe(200);
    expect(all.json().value).toBe(4);
    const members = await leader.get('/api/stats/commendations.awarded?from=2023-01-01&to=2023-06-30&category=excellentMember');
    expect(members.json().value).toBe(1);
    expect(members.json().records[0]).toMatchObject({ type: 'commendation', title: '2022年度优秀政协委员：林晓峰', date: '2023-01-10' });
    expect((await leader.get('/api/stats/commendations.awarded?from=2022-01-01&to=2022-12-31')).json().value).toBe(0);
  });

  it('archives instead of deleting, exports to Excel', async () => {
    const staff = await t.as('staff');
    const c = (await staff.get(`/api/commendations/${staffAwardId}`)).json();
    const arch = await staff.post(`/api/commendations/${staffAwardId}/archive`, { version: c.version, reason: '录入重复' });
    expect(arch.statusCode).toBe(200);
    expect((await staff.get('/api/commendations?year=2022')).json().total).toBe(3);
    expect((await staff.post(`/api/commendations/${staffAwardId}/restore`, { version: arch.json().version })).statusCode).toBe(403);
    expect((await (await t.as('admin')).post(`/api/commendations/${staffAwardId}/restore`, { version: arch.json().version })).statusCode).toBe(200);

    const x = await staff.get('/api/commendations/export.xlsx?year=2022&category=excellentMember');
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(3).value).toBe('受表彰对象');
    expect(ws.getRow(2).getCell(3).value).toBe('林晓峰');
    expect(ws.rowCount).toBe(2);
  });
});
