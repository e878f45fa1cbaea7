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

const STUDY_BODY = '第一条 为深入学习贯彻新时代中国特色社会主义思想，建立学习座谈会制度。第二条 座谈会每季度召开一次，由主席会议成员轮流主持。';

describe('institutions (制度)', () => {
  let studyId = '';
  let partyId = '';

  it('refuses anonymous callers, roles without access and writes by readers', async () => {
    expect((await t.anon.get('/api/institutions')).statusCode).toBe(401);
    expect((await (await t.as('unitadmin')).get('/api/institutions')).statusCode).toBe(403);
    expect((await (await t.as('leader')).post('/api/institutions', { title: 'x', kind: 'work' })).statusCode).toBe(403);
    expect((await (await t.as('member1')).post('/api/institutions', { title: 'x', kind: 'work' })).statusCode).toBe(403);
  });

  it('creates a draft with its first text, refuses unknown fields', async () => {
    const staff = await t.as('staff');
    expect((await staff.post('/api/institutions', { title: 'x', kind: 'work', secret: 1 })).statusCode).toBe(400);
    const res = await staff.post('/api/institutions', {
      title: '新时代中国特色社会主义思想学习座谈会制度',
      kind: 'partyGroup',
      docNumber: '市政协党组〔2023〕3号',
      issuingBody: '中共甲市政协党组',
      bodyText: STUDY_BODY,
    });
    expect(res.statusCode).toBe(201);
    studyId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'draft', statusLabel: '草案', kindLabel: '党组制度', currentVersionNo: 1, currentText: STUDY_BODY });
    expect(res.json().versions).toHaveLength(1);
    expect(res.json().abilities).toMatchObject({ publish: true, repeal: false, update: true });
    expect(res.json().searchVector).toBeUndefined();

    const p = await staff.post('/api/institutions', { title: '市政协党组会议制度', kind: 'partyGroup', issuingBody: '中共甲市政协党组' });
    expect(p.statusCode).toBe(201);
    partyId = p.json().id;
    expect(p.json().currentVersionNo).toBe(0);
  });

  it('publishes by the transition table: needs a text and an effective date', async () => {
    const staff = await t.as('staff');
    const p0 = (await staff.get(`/api/institutions/${partyId}`)).json();
    const noText = await staff.post(`/api/institutions/${partyId}/publish`, { version: p0.version, effectiveOn: '2023-03-01' });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().message).toMatch(/正文/);

    const s0 = (await staff.get(`/api/institutions/${studyId}`)).json();
    const noDate = await staff.post(`/api/institutions/${studyId}/publish`, { version: s0.version });
    expect(noDate.statusCode).toBe(400);
    const ok = await staff.post(`/api/institutions/${studyId}/publish`, { version: s0.version, effectiveOn: '2023-02-15' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'inForce', effectiveOn: '2023-02-15', abilities: { publish: false, repeal: true } });
    const again = await staff.post(`/api/institutions/${studyId}/publish`, { version: ok.json().version });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVALID_STATE');
    // stale version
    const stale = await staff.patch(`/api/institutions/${studyId}`, { version: s0.version, summary: '旧版本号' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
  });

  it('appends versions (append-only history) and searches the current text', async () => {
    const staff = await t.as('staff');
    const p0 = (await staff.get(`/api/institutions/${partyId}`)).json();
    const v1 = await staff.post(`/api/institutions/${partyId}/versions`, { version: p0.version, bodyText: '党组会议议题第一项为集体学习（第一议题）。', changeNote: '初稿', effectiveOn: '2023-03-01' });
    expect(v1.statusCode).toBe(201);
    const v2 = await staff.post(`/api/institutions/${partyId}/versions`, { version: v1.json().version, bodyText: '党组会议一般每月召开一次，第一议题为学习。会议须有半数以上成员到会方能召开。', changeNote: '增加到会人数要求' });
    expect(v2.statusCode).toBe(201);
    expect(v2.json()).toMatchObject({ currentVersionNo: 2, effectiveOn: '2023-03-01' });
    expect(v2.json().versions.map((v: { versionNo: number; isCurrent: boolean }) => [v.versionNo, v.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(v2.json().versions[0].attachmentOwner).toEqual({ ownerType: 'institutionVersion', ownerId: v2.json().versions[0].id });
    const pub = await staff.post(`/api/institutions/${partyId}/publish`, { version: v2.json().version });
    expect(pub.statusCode).toBe(200);

    // the database refuses changing history
    await expect(t.database.exec(`update institution_versions set body_text = 'x' where institution_id = '${partyId}'`)).rejects.toThrow(/append-only/);

    // 2-character Chinese query, in the body text of the current version only
    const hit = await staff.get('/api/institutions?q=' + encodeURIComponent('到会'));
    expect(hit.json().items.map((x: { id: string }) => x.id)).toEqual([partyId]);
    const title = await staff.get('/api/institutions?q=' + encodeURIComponent('座谈'));
    expect(title.json().items.map((x: { id: string }) => x.id)).toEqual([studyId]);
    const both = await staff.get('/api/institutions?q=' + encodeURIComponent('党组') + '&kind=partyGroup&status=inForce&year=2023');
    expect(both.json().total).toBe(2);
    expect((await staff.get('/api/institutions?q=' + encodeURIComponent('预算'))).json().total).toBe(0);
  });

  it('repeals, and members see only the rules in force', async () => {
    const staff = await t.as('staff');
    const draft = await staff.post('/api/institutions', { title: '机关公文处理办法', kind: 'office', bodyText: '公文处理' });
    const s = (await staff.get(`/api/institutions/${studyId}`)).json();
    const early = await staff.post(`/api/institutions/${studyId}/repeal`, { version: s.version, repealedOn: '2023-01-01' });
    expect(early.statusCode).toBe(400);
    const rep = await staff.post(`/api/institutions/${studyId}/repeal`, { version: s.version, repealedOn: '2023-12-31', reason: '已被新制度取代' });
    expect(rep.statusCode).toBe(200);
    expect(rep.json()).toMatchObject({ status: 'repealed', repealedOn: '2023-12-31', abilities: { update: false, addVersion: false } });
    expect((await staff.post(`/api/institutions/${studyId}/versions`, { version: rep.json().version, bodyText: 'x' })).statusCode).toBe(409);

    const member = await t.as('member1');
    const list = await member.get('/api/institutions');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((x: { id: string }) => x.id)).toEqual([partyId]);
    expect(list.json().abilities.create).toBe(false);
    expect((await member.get(`/api/institutions/${draft.json().id}`)).statusCode).toBe(404);
    expect((await member.get(`/api/institutions/${studyId}`)).statusCode).toBe(404);
    expect((await member.get(`/api/institutions/${partyId}`)).json().abilities.publish).toBe(false);
    const auditor = await t.as('auditor');
    expect((await auditor.get('/api/institutions')).json().total).toBe(3);
  });

  it('answers another org exactly like a missing record', async () => {
    const other = await t.as('b_staff');
    const missing = await other.get('/api/institutions/00000000-0000-4000-8000-000000000000');
    const foreign = await other.get(`/api/institutions/${partyId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await other.post(`/api/institutions/${partyId}/repeal`, { version: 1 })).statusCode).toBe(404);
    expect((await other.get('/api/institutions')).json().total).toBe(0);
  });

  it('counts institutions put in force in the period, with the records', async () => {
    const leader = await t.as('leader');
    const res = await leader.get('/api/stats/institutions.issued?from=2023-01-01&to=2023-06-30');
    expect(res.statusCode).toBe(200);
    expect(res.json().value).toBe(2);
    expect(res.json().records.map((r: { title: string }) => r.title)).toEqual(['《新时代中国特色社会主义思想学习座谈会制度》', '《市政协党组会议制度》']);
    expect((await leader.get('/api/stats/institutions.issued?from=2023-01-01&to=2023-06-30&kind=office')).json().value).toBe(0);
    expect((await leader.get('/api/stats/institutions.issued?from=2023-03-01&to=2023-03-31')).json().value).toBe(1);
  });

  it('exports the list to Excel and keeps an audit trail', async () => {
    const staff = await t.as('staff');
    const res = await staff.get('/api/institutions/export.xlsx?status=inForce');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('制度名称');
    expect(ws.getRow(2).getCell(1).value).toBe('市政协党组会议制度');
    expect(ws.rowCount).toBe(2);
    const rows = await t.database.query<{ action: string }>(`select action from audit_events where target_id = $1 order by id`, [partyId]);
    expect(rows.map((r) => r.action)).toEqual(['institution.create', 'institution.addVersion', 'institution.addVersion', 'institution.publish']);
  });

  it('keeps version attachments for readers of the rule', async () => {
    const staff = await t.as('staff');
    const page = (await staff.get(`/api/institutions/${partyId}`)).json();
    const versionId = page.versions[0].id;
    const member = await t.as('member1');
    const listed = await member.get(`/api/attachments?ownerType=institutionVersion&ownerId=${versionId}`);
    expect(listed.statusCode).toBe(200);
    const other = await t.as('b_staff');
    expect((await other.get(`/api/attachments?ownerType=institutionVersion&ownerId=${versionId}`)).statusCode).toBe(404);
  });
});
