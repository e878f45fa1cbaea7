import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/core/idNumber';
import { auditEvents } from '../../src/server/db/schema';
import { createTestApp, type AccountName, type TestApp } from '../helpers/app';
import { readXlsx } from '../helpers/multipart';

let t: TestApp;
let sector2: string;
let committee2: string;

/** A valid ID number for a birth date (YYYYMMDD) and a 3-digit sequence. */
const idFor = (ymd: string, seq: string) => {
  const f = `110101${ymd}${seq}`;
  return f + idNumberCheckChar(f);
};

async function createMember(body: Record<string, unknown>) {
  const res = await (await t.as('staff')).post('/api/members', { gender: '男', ...body });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  const staff = await t.as('staff');
  sector2 = (await staff.post('/api/sectors', { name: '教育界', sortOrder: 2 })).json().id;
  committee2 = (await staff.post('/api/committees', { name: '经济委员会', shortName: '经济委' })).json().id;
});
afterAll(async () => {
  await t?.close();
});

describe('members: access on every route', () => {
  const FAKE = '00000000-0000-4000-8000-000000000000';
  type Case = { method: 'GET' | 'POST' | 'PATCH' | 'PUT'; url: (id: string) => string; body?: unknown; wrongRole: AccountName; scoped: boolean; foreign?: AccountName };
  const cases: Case[] = [
    { method: 'GET', url: () => '/api/members', wrongRole: 'unitadmin', scoped: false },
    { method: 'GET', url: () => '/api/members/me', wrongRole: 'staff', scoped: false },
    { method: 'GET', url: () => '/api/members/export.xlsx', wrongRole: 'member1', scoped: false },
    { method: 'GET', url: (id) => `/api/members/${id}`, wrongRole: 'unithandler', scoped: true },
    { method: 'POST', url: () => '/api/members', body: { name: '某某', gender: '女' }, wrongRole: 'leader', scoped: false },
    { method: 'PATCH', url: (id) => `/api/members/${id}`, body: { version: 1, post: '副校长' }, wrongRole: 'auditor', scoped: true },
    { method: 'PUT', url: (id) => `/api/members/${id}/committees`, body: { version: 1, committees: [] }, wrongRole: 'member1', scoped: true },
    {
      method: 'POST',
      url: (id) => `/api/members/${id}/membership-changes`,
      body: { version: 1, kind: 'resigned', effectiveOn: '2024-01-01', approvingMeetingLabel: '常委会' },
      wrongRole: 'propoffice',
      scoped: true,
    },
    { method: 'POST', url: (id) => `/api/members/${id}/archive`, body: { version: 1 }, wrongRole: 'leader', scoped: true },
    { method: 'POST', url: (id) => `/api/members/${id}/restore`, body: { version: 1 }, wrongRole: 'staff', scoped: true, foreign: 'b_admin' },
  ];

  it.each(cases.map((c) => ({ ...c, name: `${c.method} ${c.url(':id')}` })))('$name', async (c) => {
    const url = c.url(t.ids.memberA);
    const send = (client: typeof t.anon) => client.inject({ method: c.method, url, ...(c.body ? { payload: c.body as object } : {}) });
    const anon = await send(t.anon);
    expect(anon.statusCode).toBe(401);
    const wrong = await send(await t.as(c.wrongRole));
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('FORBIDDEN');
    if (c.scoped) {
      const foreigner = await t.as(c.foreign ?? 'b_staff');
      const foreign = await send(foreigner);
      expect(foreign.statusCode).toBe(404);
      const missing = await foreigner.inject({ method: c.method, url: c.url(FAKE), ...(c.body ? { payload: c.body as object } : {}) });
      expect(foreign.json()).toEqual(missing.json());
    }
  });

  it('unit users do not see the roster; another org does not see org A members', async () => {
    expect((await (await t.as('unitadmin')).get('/api/members')).statusCode).toBe(403);
    const b = (await (await t.as('b_staff')).get('/api/members')).json();
    expect(b.items.map((m: { id: string }) => m.id)).toEqual([t.ids.memberB]);
  });
});

describe('members: API docs', () => {
  it('the OpenAPI document describes the roster routes', async () => {
    const res = await t.anon.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/members', '/api/members/{id}', '/api/members/{id}/membership-changes', '/api/members/import', '/api/units/import']));
  });
});

describe('members: create, read, history', () => {
  it('creates a member with committees and an initial history row, audit without ID/phone', async () => {
    const id = idFor('19850612', '002');
    const m = await createMember({
      name: '王丽华',
      gender: '女',
      sectorId: t.ids.sectorA,
      employer: '甲市人民医院',
      post: '院长',
      phone: '13900001234',
      idNumber: id,
      committees: [{ committeeId: t.ids.committeeA, role: 'viceChair' }],
    });
    expect(m.birthDate).toBe('1985-06-12');
    expect(m.idNumber).toBe(id);
    expect(m.termName).toBe('第六届');
    expect(m.sectorName).toBe('经济界');
    expect(m.committees).toEqual([{ committeeId: t.ids.committeeA, name: '提案委员会', role: 'viceChair' }]);
    expect(m.history).toHaveLength(1);
    expect(m.history[0]).toMatchObject({ kind: 'initial', effectiveOn: '2022-01-10' });
    expect(m.abilities).toMatchObject({ update: true, changeMembership: ['resigned', 'revoked'], viewSensitive: true });
    const [ev] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'member.create'), eq(auditEvents.targetId, m.id)));
    expect(ev.changes).toMatchObject({ idNumber: '***', phone: '***' });
    expect(JSON.stringify(ev.changes)).not.toContain('13900001234');
  });

  it('records an added member with the approving meeting', async () => {
    const m = await createMember({ name: '增补委员', joining: { kind: 'added', effectiveOn: '2024-03-01', approvingMeetingLabel: '六届常委会第五次会议' } });
    expect(m.joinedOn).toBe('2024-03-01');
    expect(m.history[0]).toMatchObject({ kind: 'added', approvingMeetingLabel: '六届常委会第五次会议' });
    const bad = await (await t.as('staff')).post('/api/members', { name: '缺会议', gender: '男', joining: { kind: 'added', effectiveOn: '2024-03-01' } });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a bad ID number, a bad phone, a birth date that contradicts the ID, a duplicate ID, a foreign sector', async () => {
    const staff = await t.as('staff');
    const badId = await staff.post('/api/members', { name: '甲', gender: '男', idNumber: '110101198001011234' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '身份证号校验位不正确' });
    const badPhone = await staff.post('/api/members', { name: '甲', gender: '男', phone: '12345' });
    expect(badPhone.json().message).toContain('手机号码格式不正确');
    const mismatch = await staff.post('/api/members', { name: '甲', gender: '男', idNumber: idFor('19700101', '011'), birthDate: '1971-01-01' });
    expect(mismatch.json().message).toBe('出生日期与身份证号不一致（身份证号为1970-01-01）');
    const dupId = idFor('19660606', '013');
    await createMember({ name: '重复甲', idNumber: dupId });
    const dup = await staff.post('/api/members', { name: '重复乙', gender: '男', idNumber: dupId });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE');
    const sectorsB = (await (await t.as('b_staff')).get('/api/sectors')).json().items;
    const foreign = await staff.post('/api/members', { name: '甲', gender: '男', sectorId: sectorsB[0].id });
    expect(foreign.json().message).toBe('所选界别不存在');
  });

  it('refuses unknown fields (status is only changed by membership changes)', async () => {
    const res = await (await t.as('staff')).post('/api/members', { name: '甲', gender: '男', status: 'revoked' });
    expect(res.json().code).toBe('UNKNOWN_FIELD');
  });

  it('GET /api/members/me gives the member their own unmasked page', async () => {
    const me = await (await t.as('member1')).get('/api/members/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: t.ids.memberA, name: '林晓峰', phone: '13800001111', idNumber: '110101198001011234', sensitiveMasked: false });
  });
});

describe('members: masking of ID numbers and phones', () => {
  let id: string;
  beforeAll(async () => {
    id = (await createMember({ name: '赵敏', gender: '女', phone: '13712345678', idNumber: idFor('19900101', '022') })).id;
  });

  it.each(['leader', 'auditor', 'member1', 'propoffice'] as const)('%s sees masks on the page and the roster', async (who) => {
    const c = await t.as(who);
    const page = (await c.get(`/api/members/${id}`)).json();
    expect(page.phone).toBe('137****5678');
    expect(page.idNumber).toBe('1101**********0220'.slice(0, 14) + page.idNumber.slice(-4));
    expect(page.idNumber).toMatch(/^1101\*{10}\d{3}[\dX]$/);
    expect(page.sensitiveMasked).toBe(true);
    expect(page.abilities.update).toBe(false);
    const roster = (await c.get('/api/members?q=赵敏')).json();
    expect(roster.items[0].phone).toBe('137****5678');
    expect(roster.items[0].idNumber).toMatch(/^1101\*{10}/);
  });

  it.each(['staff', 'admin'] as const)('%s sees the full values', async (who) => {
    const page = (await (await t.as(who)).get(`/api/members/${id}`)).json();
    expect(page.phone).toBe('13712345678');
    expect(page.idNumber).toBe(idFor('19900101', '022'));
  });

  it('a member sees their own record unmasked on the roster', async () => {
    const roster = (await (await t.as('member1')).get('/api/members?pageSize=100')).json();
    const own = roster.items.find((m: { id: string }) => m.id === t.ids.memberA);
    expect(own.phone).toBe('13800001111');
  });

  it('the export masks for a leader', async () => {
    const res = await (await t.as('leader')).get('/api/members/export.xlsx?q=赵敏');
    expect(res.statusCode).toBe(200);
    const { rows } = await readXlsx(res.rawPayload);
    const phoneCol = rows[0].indexOf('手机号码');
    expect(rows[1][phoneCol]).toBe('137****5678');
  });
});

describe('members: roster search, filters, sort', () => {
  beforeAll(async () => {
    await createMember({ name: '欧阳明远', employer: '甲市第二人民医院', post: '主任医师', sectorId: sector2, birthDate: '1970-05-05', isStandingMember: true, politicalAffiliation: '民盟盟员', committees: [{ committeeId: committee2, role: 'member' }] });
    await createMember({ name: '陈思雨', gender: '女', employer: '甲市实验小学', post: '教师', sectorId: sector2, birthDate: '1995-09-09' });
  });

  it('finds members by a 2-character Chinese query over name, employer and post', async () => {
    const staff = await t.as('staff');
    const byEmployer = (await staff.get(`/api/members?q=${encodeURIComponent('医院')}`)).json();
    expect(byEmployer.items.map((m: { name: string }) => m.name).sort()).toEqual(['欧阳明远', '王丽华'].sort());
    const byName = (await staff.get(`/api/members?q=${encodeURIComponent('思雨')}`)).json();
    expect(byName.items.map((m: { name: string }) => m.name)).toEqual(['陈思雨']);
    const byPost = (await staff.get(`/api/members?q=${encodeURIComponent('医师')}`)).json();
    expect(byPost.items.map((m: { name: string }) => m.name)).toEqual(['欧阳明远']);
    expect((await staff.get(`/api/members?q=${encodeURIComponent('法院')}`)).json().total).toBe(0);
  });

  it('keeps the search vector up to date on update', async () => {
    const staff = await t.as('staff');
    const m = (await staff.get(`/api/members?q=${encodeURIComponent('思雨')}`)).json().items[0];
    const res = await staff.patch(`/api/members/${m.id}`, { version: m.version, employer: '甲市档案馆' });
    expect(res.statusCode).toBe(200);
    expect((await staff.get(`/api/members?q=${encodeURIComponent('档案')}`)).json().items.map((x: { id: string }) => x.id)).toEqual([m.id]);
    expect((await staff.get(`/api/members?q=${encodeURIComponent('小学')}`)).json().total).toBe(0);
  });

  it('filters by sector, committee, standing member, gender, affiliation and birth year; names sectors and committees', async () => {
    const staff = await t.as('staff');
    const bySector = (await staff.get(`/api/members?sectorId=${sector2}`)).json();
    expect(bySector.items.map((m: { name: string }) => m.name).sort()).toEqual(['欧阳明远', '陈思雨'].sort());
    expect(bySector.items[0].sectorName).toBe('教育界');
    const byCommittee = (await staff.get(`/api/members?committeeId=${committee2}`)).json();
    expect(byCommittee.items).toHaveLength(1);
    expect(byCommittee.items[0].committees).toEqual([{ committeeId: committee2, name: '经济委员会', role: 'member' }]);
    expect((await staff.get('/api/members?isStandingMember=true')).json().items.map((m: { name: string }) => m.name)).toEqual(['欧阳明远']);
    expect((await staff.get(`/api/members?sectorId=${sector2}&gender=${encodeURIComponent('女')}`)).json().items.map((m: { name: string }) => m.name)).toEqual(['陈思雨']);
    expect((await staff.get(`/api/members?politicalAffiliation=${encodeURIComponent('民盟盟员')}`)).json().total).toBe(1);
    const born = (await staff.get('/api/members?birthYearFrom=1969&birthYearTo=1971')).json();
    expect(born.items.map((m: { name: string }) => m.name)).toContain('欧阳明远');
    expect(born.items.map((m: { name: string }) => m.name)).not.toContain('陈思雨');
    expect((await staff.get(`/api/members?termId=${t.ids.termA}&sectorId=${sector2}`)).json().total).toBe(2);
  });

  it('pages and sorts', async () => {
    const staff = await t.as('staff');
    const page = (await staff.get('/api/members?page=1&pageSize=2&sort=birthDate&order=asc')).json();
    expect(page).toMatchObject({ page: 1, pageSize: 2, abilities: { create: true, import: true, export: true } });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    const births = page.items.map((m: { birthDate: string }) => m.birthDate);
    expect([...births].sort()).toEqual(births);
    expect((await staff.get('/api/members?sort=nope')).statusCode).toBe(400);
  });
});

describe('members: update with compare-and-set', () => {
  it('second update with the same version gets 409 CONFLICT; audit masks the phone', async () => {
    const m = await createMember({ name: '并发测试', phone: '13600000001' });
    const staff = await t.as('staff');
    const first = await staff.patch(`/api/members/${m.id}`, { version: m.version, post: '主任', phone: '13600000002' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(m.version + 1);
    const second = await staff.patch(`/api/members/${m.id}`, { version: m.version, post: '副主任' });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('CONFLICT');
    const [ev] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'member.update'), eq(auditEvents.targetId, m.id))).orderBy(desc(auditEvents.id));
    expect(ev.changes).toEqual({ post: { from: '', to: '主任' }, phone: { from: '***', to: '***' } });
  });

  it('can edit a legacy record whose stored ID number is malformed, without touching the ID', async () => {
    const staff = await t.as('staff');
    const a = (await staff.get(`/api/members/${t.ids.memberA}`)).json();
    const res = await staff.patch(`/api/members/${t.ids.memberA}`, { version: a.version, post: '校长（正高级）' });
    expect(res.statusCode).toBe(200);
    const badBirth = await staff.patch(`/api/members/${t.ids.memberA}`, { version: res.json().version, idNumber: idFor('19800101', '123'), birthDate: '1981-01-01' });
    expect(badBirth.statusCode).toBe(400);
  });
});

describe('members: committees', () => {
  it('sets committees with roles', async () => {
    const m = await createMember({ name: '专委会测试' });
    const staff = await t.as('staff');
    const res = await staff.put(`/api/members/${m.id}/committees`, {
      version: m.version,
      committees: [
        { committeeId: t.ids.committeeA, role: 'chair' },
        { committeeId: committee2, role: 'member' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().committees.map((c: { name: string; role: string }) => `${c.name}:${c.role}`).sort()).toEqual(['提案委员会:chair', '经济委员会:member']);
    const again = await staff.put(`/api/members/${m.id}/committees`, { version: m.version, committees: [] });
    expect(again.statusCode).toBe(409);
    const dup = await staff.put(`/api/members/${m.id}/committees`, { version: res.json().version, committees: [{ committeeId: committee2 }, { committeeId: committee2 }] });
    expect(dup.statusCode).toBe(400);
  });
});

describe('members: membership changes', () => {
  it('resigns, refuses a second resignation, re-adds; history is appended oldest first', async () => {
    const m = await createMember({ name: '变动测试' });
    const staff = await t.as('staff');
    const resign = await staff.post(`/api/members/${m.id}/membership-changes`, {
      version: m.version,
      kind: 'resigned',
      effectiveOn: '2024-06-30',
      approvingMeetingLabel: '六届常委会第七次会议',
      reason: '工作调动',
    });
    expect(resign.statusCode).toBe(201);
    expect(resign.json()).toMatchObject({ status: 'resigned', leftOn: '2024-06-30', abilities: { changeMembership: ['added'] } });
    const again = await staff.post(`/api/members/${m.id}/membership-changes`, { version: resign.json().version, kind: 'resigned', effectiveOn: '2024-07-01', approvingMeetingLabel: '常委会' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_STATE', message: '委员当前状态为“已辞去”，不能办理“辞去委员”' });
    const early = await staff.post(`/api/members/${m.id}/membership-changes`, { version: resign.json().version, kind: 'added', effectiveOn: '2020-01-01', approvingMeetingLabel: '常委会' });
    expect(early.statusCode).toBe(400);
    const readd = await staff.post(`/api/members/${m.id}/membership-changes`, { version: resign.json().version, kind: 'added', effectiveOn: '2025-01-15', approvingMeetingLabel: '六届常委会第九次会议' });
    expect(readd.statusCode).toBe(201);
    expect(readd.json()).toMatchObject({ status: 'active', leftOn: null });
    expect(readd.json().history.map((h: { kind: string }) => h.kind)).toEqual(['initial', 'resigned', 'added']);
    const stale = await staff.post(`/api/members/${m.id}/membership-changes`, { version: resign.json().version, kind: 'revoked', effectiveOn: '2025-02-01', approvingMeetingLabel: '常委会' });
    expect(stale.json().code).toBe('CONFLICT');
  });

  it('a revoked member leaves the default roster and cannot be re-added', async () => {
    const m = await createMember({ name: '撤销测试' });
    const staff = await t.as('staff');
    const rev = await staff.post(`/api/members/${m.id}/membership-changes`, { version: m.version, kind: 'revoked', effectiveOn: '2024-05-01', approvingMeetingLabel: '六届常委会第六次会议', reason: '违纪' });
    expect(rev.statusCode).toBe(201);
    const active = (await staff.get(`/api/members?q=${encodeURIComponent('撤销测试')}`)).json();
    expect(active.total).toBe(0);
    const revoked = (await staff.get(`/api/members?status=revoked&q=${encodeURIComponent('撤销测试')}`)).json();
    expect(revoked.items.map((x: { id: string }) => x.id)).toEqual([m.id]);
    const add = await staff.post(`/api/members/${m.id}/membership-changes`, { version: rev.json().version, kind: 'added', effectiveOn: '2025-01-01', approvingMeetingLabel: '常委会' });
    expect(add.json().code).toBe('INVALID_STATE');
  });
});

describe('members: archive and restore', () => {
  it('archives (staff), hides from the roster, restores (admin only)', async () => {
    const m = await createMember({ name: '归档测试' });
    const staff = await t.as('staff');
    const arch = await staff.post(`/api/members/${m.id}/archive`, { version: m.version, reason: '重复录入' });
    expect(arch.statusCode).toBe(200);
    expect(arch.json().archivedAt).toBeTruthy();
    expect((await staff.get(`/api/members?q=${encodeURIComponent('归档测试')}`)).json().total).toBe(0);
    expect((await staff.get(`/api/members?archived=only&q=${encodeURIComponent('归档测试')}`)).json().total).toBe(1);
    expect((await staff.patch(`/api/members/${m.id}`, { version: arch.json().version, post: 'x' })).json().code).toBe('INVALID_STATE');
    expect((await staff.post(`/api/members/${m.id}/restore`, { version: arch.json().version })).statusCode).toBe(403);
    const restored = await (await t.as('admin')).post(`/api/members/${m.id}/restore`, { version: arch.json().version });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().archivedAt).toBeNull();
  });
});
