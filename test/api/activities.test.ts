import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);

function upload(c: Client, ownerType: string, ownerId: string) {
  const boundary = '----lvzhiact' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\n${ownerType}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${ownerId}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="活动照片.png"\r\nContent-Type: image/png\r\n\r\n`),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return c.inject({ method: 'POST', url: '/api/attachments', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const base = (over: Record<string, unknown> = {}) => ({ kind: 'reading', title: '委员读书分享会', startsOn: '2023-03-15', place: '委员之家', ...over });

describe('activities', () => {
  let readingId = '';
  let filmId = '';

  it('refuses anonymous callers, wrong roles, and writes by readers', async () => {
    expect((await t.anon.get('/api/activities')).statusCode).toBe(401);
    expect((await (await t.as('unitadmin')).get('/api/activities')).statusCode).toBe(403);
    expect((await (await t.as('member1')).post('/api/activities', base())).statusCode).toBe(403);
    expect((await (await t.as('leader')).post('/api/activities', base())).statusCode).toBe(403);
  });

  it('creates an activity with participants and attendance', async () => {
    const staff = await t.as('staff');
    const res = await staff.post(
      '/api/activities',
      base({ organizerCommitteeId: t.ids.committeeA, partyBranch: '提案委功能型党支部', participants: [{ memberId: t.ids.memberA, attendance: 'present' }] }),
    );
    expect(res.statusCode).toBe(201);
    const a = res.json();
    readingId = a.id;
    expect(a.kindLabel).toBe('委员读书活动');
    expect(a.organizerName).toBe('提案委员会');
    expect(a.participants).toHaveLength(1);
    expect(a.attendance).toMatchObject({ expected: 1, present: 1 });
    expect(a.abilities.update).toBe(true);

    const film = await staff.post('/api/activities', base({ kind: 'redFilm', title: '组织观看红色电影《长津湖》', startsOn: '2023-04-20', status: 'held' }));
    expect(film.statusCode).toBe(201);
    filmId = film.json().id;
  });

  it('refuses an unknown kind and bad dates', async () => {
    const staff = await t.as('staff');
    expect((await staff.post('/api/activities', base({ kind: 'inspection' }))).statusCode).toBe(400);
    expect((await staff.post('/api/activities', base({ endsOn: '2023-03-01' }))).statusCode).toBe(400);
    expect((await staff.post('/api/activities', base({ surprise: 1 }))).statusCode).toBe(400);
  });

  it('lets an org add its own kinds', async () => {
    const admin = await t.as('admin');
    const org = (await admin.get(`/api/orgs/${t.ids.orgs.A}`)).json();
    const res = await admin.put('/api/activities/kinds', { version: org.version, extra: [{ key: 'poetryReading', label: '诗词朗诵会' }] });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((k: { key: string }) => k.key)).toContain('poetryReading');
    expect((await admin.put('/api/activities/kinds', { version: org.version, extra: [] })).statusCode).toBe(409);
    const created = await (await t.as('staff')).post('/api/activities', base({ kind: 'poetryReading', title: '诗词朗诵会' }));
    expect(created.statusCode).toBe(201);
    expect(created.json().kindLabel).toBe('诗词朗诵会');
    expect((await (await t.as('staff')).put('/api/activities/kinds', { version: 1 })).statusCode).toBe(403);
  });

  it('answers another org exactly like a missing record', async () => {
    for (const who of ['b_staff', 'b_member'] as const) {
      const c = await t.as(who);
      const res = await c.get(`/api/activities/${readingId}`);
      expect(res.statusCode).toBe(404);
      expect((await c.get('/api/activities')).json().items).toHaveLength(0);
    }
    const b = await t.as('b_staff');
    expect((await b.patch(`/api/activities/${readingId}`, { version: 1, title: 'x' })).statusCode).toBe(404);
  });

  it('shows members only the activities they joined', async () => {
    const m = await t.as('member1');
    const list = (await m.get('/api/activities')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([readingId]);
    expect((await m.get(`/api/activities/${filmId}`)).statusCode).toBe(404);
    const own = await m.get(`/api/activities/${readingId}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().abilities.update).toBe(false);
    expect((await m.get('/api/activities/export.xlsx')).statusCode).toBe(403);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const staff = await t.as('staff');
    const ok = await staff.patch(`/api/activities/${readingId}`, { version: 1, outcome: '交流读书心得12篇' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await staff.patch(`/api/activities/${readingId}`, { version: 1, outcome: '覆盖' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
  });

  it('lets exactly one of two racing updates win', async () => {
    const staff = await t.as('staff');
    const admin = await t.as('admin');
    const cur = (await staff.get(`/api/activities/${readingId}`)).json();
    const [a, b] = await Promise.all([
      staff.patch(`/api/activities/${readingId}`, { version: cur.version, place: '委员之家一楼' }),
      admin.patch(`/api/activities/${readingId}`, { version: cur.version, place: '委员之家二楼' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('keeps photos as attachments readable by participants only', async () => {
    const staff = await t.as('staff');
    const res = await upload(staff, 'activity', readingId);
    expect(res.statusCode).toBe(201);
    expect((await (await t.as('member1')).get(`/api/attachments?ownerType=activity&ownerId=${readingId}`)).json().total).toBe(1);
    expect((await (await t.as('member1')).get(`/api/attachments?ownerType=activity&ownerId=${filmId}`)).statusCode).toBe(404);
    expect((await (await t.as('b_staff')).get(`/api/attachments?ownerType=activity&ownerId=${readingId}`)).statusCode).toBe(404);
    expect((await upload(await t.as('member1'), 'activity', readingId)).statusCode).toBe(404);
  });

  it('moves along the status table and keeps an audit trail', async () => {
    const staff = await t.as('staff');
    const bad = await staff.post(`/api/activities/${filmId}/transition`, { version: 1, to: 'cancelled' });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().code).toBe('INVALID_STATE');
    const v = (await staff.get(`/api/activities/${readingId}`)).json().version;
    const held = await staff.post(`/api/activities/${readingId}/transition`, { version: v, to: 'held' });
    expect(held.statusCode).toBe(200);
    expect(held.json().status).toBe('held');
    const rows = await t.database.query<{ action: string }>(`select action from audit_events where target_id = $1 order by id`, [readingId]);
    expect(rows.map((r) => r.action)).toEqual(['activity.create', 'activity.update', 'activity.update', 'activity.transition']);
  });

  it('replaces participants under compare-and-set', async () => {
    const staff = await t.as('staff');
    const cur = (await staff.get(`/api/activities/${filmId}`)).json();
    const res = await staff.put(`/api/activities/${filmId}/participants`, { version: cur.version, participants: [{ memberId: t.ids.memberA, attendance: 'excused' }] });
    expect(res.statusCode).toBe(200);
    expect(res.json().attendance).toMatchObject({ expected: 1, excused: 1 });
    expect((await staff.put(`/api/activities/${filmId}/participants`, { version: cur.version, participants: [] })).statusCode).toBe(409);
    // a member of another org cannot be listed
    const foreign = await staff.put(`/api/activities/${filmId}/participants`, { version: cur.version + 1, participants: [{ memberId: t.ids.memberB }] });
    expect(foreign.statusCode).toBe(400);
  });

  it('filters and searches with a two-character Chinese query', async () => {
    const staff = await t.as('staff');
    const hits = (await staff.get(`/api/activities?q=${encodeURIComponent('观影')}`)).json();
    expect(hits.items.map((i: { id: string }) => i.id)).toEqual([filmId]);
    const red = (await staff.get(`/api/activities?q=${encodeURIComponent('红色')}`)).json();
    expect(red.items.map((i: { id: string }) => i.id)).toContain(filmId);
    expect((await staff.get('/api/activities?kind=reading')).json().total).toBe(1);
    expect((await staff.get('/api/activities?from=2023-04-01&to=2023-04-30')).json().items.map((i: { id: string }) => i.id)).toEqual([filmId]);
    expect((await staff.get(`/api/activities?participantMemberId=${t.ids.memberA}`)).json().total).toBe(2);
    expect((await staff.get(`/api/activities?organizer=${encodeURIComponent('提案')}`)).json().total).toBe(1);
  });

  it('exports the list to Excel that reads back', async () => {
    const res = await (await t.as('leader')).get('/api/activities/export.xlsx?kind=redFilm');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('活动名称');
    expect(ws.getRow(2).getCell(1).value).toBe('组织观看红色电影《长津湖》');
    expect(ws.getRow(2).getCell(2).value).toBe('红色观影活动');
    const sheet = await (await t.as('staff')).get(`/api/activities/${readingId}/participants.xlsx`);
    expect(sheet.statusCode).toBe(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    expect(wb2.worksheets[0].getRow(2).values).toEqual([undefined, '林晓峰', '委员', '参加', '出席', '']);
    expect((await (await t.as('b_staff')).get(`/api/activities/${readingId}/participants.xlsx`)).statusCode).toBe(404);
  });

  it('counts held activities and the party branches behind reading activities', async () => {
    const staff = await t.as('staff');
    const film = (await staff.get('/api/stats/activities.held?from=2023-01-01&to=2023-06-30&kind=redFilm')).json();
    expect(film.value).toBe(1);
    expect(film.records[0]).toMatchObject({ id: filmId, type: 'activity' });
    const reading = (await staff.get('/api/stats/activities.held?from=2023-01-01&to=2023-06-30&kind=reading')).json();
    expect(reading.value).toBe(1);
    const branches = (await staff.get('/api/stats/activities.partyBranches?from=2023-01-01&to=2023-06-30')).json();
    expect(branches.value).toBe(1);
    expect(branches.records[0].title).toBe('提案委功能型党支部');
    expect((await (await t.as('b_staff')).get('/api/stats/activities.held?from=2023-01-01&to=2023-06-30')).json().value).toBe(0);
  });

  it('archives instead of deleting, and only an admin restores', async () => {
    const staff = await t.as('staff');
    const cur = (await staff.get(`/api/activities/${filmId}`)).json();
    const arch = await staff.post(`/api/activities/${filmId}/archive`, { version: cur.version, reason: '重复录入' });
    expect(arch.statusCode).toBe(200);
    expect((await staff.get('/api/activities?kind=redFilm')).json().total).toBe(0);
    expect((await staff.post(`/api/activities/${filmId}/restore`, { version: cur.version + 1 })).statusCode).toBe(403);
    expect((await (await t.as('admin')).post(`/api/activities/${filmId}/restore`, { version: cur.version + 1 })).statusCode).toBe(200);
  });
});
