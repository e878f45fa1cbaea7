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

/** A meeting row inserted directly: the meetings area owns the table, this test only needs one to link. */
async function insertMeeting(kind: string, title: string, startsAt: string): Promise<string> {
  const [row] = await t.database.query<{ id: string }>(
    `insert into meetings (org_id, term_id, kind, title, starts_at, status, check_in_token) values ($1, $2, $3, $4, $5, 'held', md5(random()::text)) returning id`,
    [t.ids.orgs.A, t.ids.termA, kind, title, startsAt],
  );
  return row.id;
}

describe('requests and reports', () => {
  let requestId = '';
  let plenaryId = '';
  let standingId = '';
  let majorActivityId = '';

  it('refuses anonymous callers and roles without access', async () => {
    expect((await t.anon.get('/api/requests')).statusCode).toBe(401);
    expect((await (await t.as('member1')).get('/api/requests')).statusCode).toBe(403);
    expect((await (await t.as('member1')).get('/api/requests/compliance?year=2023')).statusCode).toBe(403);
    expect((await (await t.as('auditor')).post('/api/requests', { subject: 'other', kind: 'request', title: 'x' })).statusCode).toBe(403);
  });

  it('records a request with its decision and the meetings it covers', async () => {
    plenaryId = await insertMeeting('plenary', '市政协六届二次会议', '2023-01-08T09:00:00+08:00');
    standingId = await insertMeeting('standingCommittee', '市政协六届第五次常委会会议', '2023-04-20T09:00:00+08:00');
    const staff = await t.as('staff');
    const res = await staff.post('/api/requests', {
      subject: 'plenaryPreparation',
      kind: 'request',
      title: '关于召开政协第六届委员会第二次会议的请示',
      sentOn: '2022-12-20',
      addressee: '市委常委会',
      decisionOn: '2022-12-28',
      outcome: 'approved',
      documentNo: '市政协党组〔2022〕15号',
      meetingIds: [plenaryId],
    });
    expect(res.statusCode).toBe(201);
    requestId = res.json().id;
    expect(res.json()).toMatchObject({ subjectLabel: '全会筹备情况', outcomeLabel: '审议通过' });
    expect(res.json().meetings).toEqual([expect.objectContaining({ id: plenaryId, title: '市政协六届二次会议', startsOn: '2023-01-08' })]);
    for (const [subject, title] of [
      ['partyGroupWorkPriorities', '关于2023年党组工作要点的请示'],
      ['consultationPlan', '关于2023年度协商计划的请示'],
    ] as const) {
      const x = await staff.post('/api/requests', { subject, kind: 'request', title, sentOn: '2023-02-10', addressee: '市委常委会', decisionOn: '2023-02-20', outcome: 'approved' });
      expect(x.statusCode).toBe(201);
    }
  });

  it('refuses inconsistent records', async () => {
    const staff = await t.as('staff');
    expect((await staff.post('/api/requests', { subject: 'other', kind: 'request', title: 'x', sentOn: '2023-03-01', decisionOn: '2023-02-01' })).statusCode).toBe(400);
    expect((await staff.post('/api/requests', { subject: 'other', kind: 'report', title: 'x', sentOn: '2023-03-01', outcome: 'approved' })).statusCode).toBe(400);
    expect((await staff.post('/api/requests', { subject: 'nonsense', kind: 'request', title: 'x' })).statusCode).toBe(400);
    expect((await staff.post('/api/requests', { subject: 'other', kind: 'request', title: 'x', meetingIds: ['00000000-0000-4000-8000-000000000000'] })).statusCode).toBe(400);
  });

  it('answers another org exactly like a missing record', async () => {
    const b = await t.as('b_staff');
    expect((await b.get(`/api/requests/${requestId}`)).statusCode).toBe(404);
    expect((await b.patch(`/api/requests/${requestId}`, { version: 1, notes: 'x' })).statusCode).toBe(404);
    expect((await b.get('/api/requests')).json().total).toBe(0);
    expect((await b.get('/api/requests/compliance?year=2023&show=all')).json().items).toHaveLength(0);
    expect((await (await t.as('b_member')).get(`/api/requests/${requestId}`)).statusCode).toBe(403);
    // another org's activity cannot be linked
    const bAct = await b.post('/api/activities', { kind: 'redFilm', title: '乙市观影', startsOn: '2023-03-01' });
    const staff = await t.as('staff');
    expect((await staff.put(`/api/requests/${requestId}/links`, { version: 1, meetingIds: [], activityIds: [bAct.json().id] })).statusCode).toBe(400);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const staff = await t.as('staff');
    expect((await staff.patch(`/api/requests/${requestId}`, { version: 1, notes: '已按要求修改' })).statusCode).toBe(200);
    const stale = await staff.patch(`/api/requests/${requestId}`, { version: 1, notes: '覆盖' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
  });

  it('lists major meetings and activities lacking a request before or a report after', async () => {
    const staff = await t.as('staff');
    const act = await staff.post('/api/activities', { kind: 'contest', title: '庆祝建党102周年书法摄影比赛', startsOn: '2023-06-20', status: 'held', isMajor: true });
    majorActivityId = act.json().id;
    let view = (await staff.get('/api/requests/compliance?year=2023&show=all')).json();
    expect(view.summary).toEqual({ major: 3, requestMissing: 2, reportMissing: 3 });
    const plenary = view.items.find((i: { id: string }) => i.id === plenaryId);
    expect(plenary).toMatchObject({ type: 'meeting', hasRequest: true, hasReport: false, reportMissing: true });

    const report = await staff.post('/api/requests', { subject: 'plenaryPreparation', kind: 'report', title: '关于六届二次会议召开情况的报告', sentOn: '2023-01-15', addressee: '市委', meetingIds: [plenaryId] });
    expect(report.statusCode).toBe(201);
    const before = await staff.post('/api/requests', { subject: 'majorActivity', kind: 'request', title: '关于举办书法摄影比赛的请示', sentOn: '2023-06-01', addressee: '市委', activityIds: [majorActivityId] });
    expect(before.statusCode).toBe(201);
    view = (await staff.get('/api/requests/compliance?year=2023')).json();
    expect(view.items.map((i: { id: string }) => i.id).sort()).toEqual([standingId, majorActivityId].sort());
    expect(view.items.find((i: { id: string }) => i.id === majorActivityId)).toMatchObject({ requestMissing: false, reportMissing: true });
    expect((await (await t.as('leader')).get('/api/requests/compliance?year=2023')).statusCode).toBe(200);
  });

  it('filters and searches with a two-character Chinese query', async () => {
    const staff = await t.as('staff');
    expect((await staff.get(`/api/requests?q=${encodeURIComponent('要点')}`)).json().items.map((i: { title: string }) => i.title)).toEqual(['关于2023年党组工作要点的请示']);
    expect((await staff.get(`/api/requests?q=${encodeURIComponent('协商')}`)).json().total).toBe(1);
    expect((await staff.get('/api/requests?kind=report')).json().total).toBe(1);
    expect((await staff.get('/api/requests?from=2023-01-01&to=2023-06-30&kind=request')).json().total).toBe(3);
    expect((await staff.get(`/api/requests?meetingId=${plenaryId}`)).json().total).toBe(2);
    expect((await staff.get('/api/requests?outcome=pending&kind=request')).json().total).toBe(1);
    expect((await staff.get(`/api/requests?addressee=${encodeURIComponent('常委会')}`)).json().total).toBe(3);
  });

  it('exports the ledger to Excel that reads back', async () => {
    const res = await (await t.as('auditor')).get('/api/requests/export.xlsx?subject=plenaryPreparation&kind=request');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('标题');
    expect(ws.getRow(2).getCell(1).value).toBe('关于召开政协第六届委员会第二次会议的请示');
    expect(ws.getRow(2).getCell(7).value).toBe('审议通过');
    expect(ws.getRow(2).getCell(8).value).toBe('市政协党组〔2022〕15号');
  });

  it('counts what was sent as a statistic with its records', async () => {
    const staff = await t.as('staff');
    const approved = (await staff.get('/api/stats/requests.sent?from=2023-01-01&to=2023-06-30&kind=request&outcome=approved')).json();
    expect(approved.value).toBe(2);
    expect(approved.records.every((r: { type: string }) => r.type === 'request')).toBe(true);
    const plan = (await staff.get('/api/stats/requests.sent?from=2023-01-01&to=2023-06-30&subject=consultationPlan')).json();
    expect(plan.value).toBe(1);
  });

  it('archives instead of deleting, with an audit trail', async () => {
    const staff = await t.as('staff');
    const cur = (await staff.get(`/api/requests/${requestId}`)).json();
    expect((await staff.post(`/api/requests/${requestId}/archive`, { version: cur.version })).statusCode).toBe(200);
    expect((await staff.get(`/api/requests/${requestId}`)).json().archivedAt).not.toBeNull();
    const view = (await staff.get('/api/requests/compliance?year=2023&show=all')).json();
    expect(view.items.find((i: { id: string }) => i.id === plenaryId)).toMatchObject({ hasRequest: false, requestMissing: true });
    const rows = await t.database.query<{ action: string }>(`select action from audit_events where target_id = $1 order by id`, [requestId]);
    expect(rows.map((r) => r.action)).toEqual(['request.create', 'request.update', 'request.archive']);
  });
});
