import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('work plans', () => {
  let planId = '';
  let taskId = '';
  let doneTaskId = '';
  let lateTaskId = '';

  it('refuses anonymous callers and roles without access', async () => {
    expect((await t.anon.get('/api/work-plans')).statusCode).toBe(401);
    expect((await (await t.as('member1')).get('/api/work-plans')).statusCode).toBe(403);
    expect((await (await t.as('leader')).post('/api/work-plans', { year: 2023, title: 'x' })).statusCode).toBe(403);
  });

  it('creates a plan and breaks it into tasks', async () => {
    const staff = await t.as('staff');
    const res = await staff.post('/api/work-plans', { year: 2023, title: '市政协2023年工作要点' });
    expect(res.statusCode).toBe(201);
    planId = res.json().id;
    const a = await staff.post(`/api/work-plans/${planId}/tasks`, { section: '加强思想政治引领', title: '组织开展委员读书活动', ownerCommitteeId: t.ids.committeeA, dueOn: '2099-12-31' });
    expect(a.statusCode).toBe(201);
    taskId = a.json().id;
    expect(a.json().ownerName).toBe('提案委员会');
    expect(a.json().displayStatus).toBe('notStarted');
    const b = await staff.post(`/api/work-plans/${planId}/tasks`, { section: '加强思想政治引领', title: '举办政协委员素能提升培训班', ownerName: '办公室', dueOn: '2023-06-30' });
    doneTaskId = b.json().id;
    const c = await staff.post(`/api/work-plans/${planId}/tasks`, { section: '精心组织协商议政', title: '召开双月协商座谈会', ownerName: '办公室', dueOn: '2023-03-31' });
    lateTaskId = c.json().id;
    expect(c.json().displayStatus).toBe('overdue');
    expect(c.json().sortOrder).toBeGreaterThan(b.json().sortOrder);
  });

  it('moves tasks along the status table with progress notes', async () => {
    const staff = await t.as('staff');
    const started = await staff.post(`/api/work-plans/${planId}/tasks/${doneTaskId}/transition`, { version: 1, to: 'inProgress', note: '已确定培训方案', on: '2023-04-10' });
    expect(started.statusCode).toBe(200);
    const done = await staff.post(`/api/work-plans/${planId}/tasks/${doneTaskId}/transition`, { version: 2, to: 'done', on: '2023-05-20' });
    expect(done.json()).toMatchObject({ status: 'done', completedOn: '2023-05-20', displayStatus: 'done' });
    const again = await staff.post(`/api/work-plans/${planId}/tasks/${doneTaskId}/transition`, { version: 3, to: 'notStarted' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVALID_STATE');
    const note = await staff.post(`/api/work-plans/${planId}/tasks/${taskId}/notes`, { version: 1, body: '各专委会功能型党支部已开展读书活动3次', notedOn: '2023-05-01' });
    expect(note.statusCode).toBe(201);
    expect(note.json().notes).toHaveLength(1);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const staff = await t.as('staff');
    const stale = await staff.patch(`/api/work-plans/${planId}/tasks/${taskId}`, { version: 1, title: '覆盖' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    expect((await staff.patch(`/api/work-plans/${planId}`, { version: 1, description: '经市委常委会审议通过' })).statusCode).toBe(200);
    expect((await staff.patch(`/api/work-plans/${planId}`, { version: 1, description: 'x' })).statusCode).toBe(409);
  });

  it('shows on the task page the activities done for it', async () => {
    const staff = await t.as('staff');
    const act = await staff.post('/api/activities', { kind: 'reading', title: '五月委员读书会', startsOn: '2023-05-12', workPlanTaskId: taskId, status: 'held' });
    expect(act.statusCode).toBe(201);
    expect(act.json().workPlanTask).toMatchObject({ id: taskId, planId });
    const page = (await staff.get(`/api/work-plans/${planId}/tasks/${taskId}`)).json();
    expect(page.activities.map((a: { id: string }) => a.id)).toEqual([act.json().id]);
    expect(page.plan.id).toBe(planId);
    const bad = await staff.put(`/api/work-plans/${planId}/tasks/${taskId}/meetings`, { version: page.version, meetingIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(bad.statusCode).toBe(400);
    const [meeting] = await t.database.query<{ id: string }>(
      `insert into meetings (org_id, term_id, kind, title, starts_at, status, check_in_token) values ($1, $2, 'thematic', '读书活动推进会', '2023-05-20T09:00:00+08:00', 'held', md5(random()::text)) returning id`,
      [t.ids.orgs.A, t.ids.termA],
    );
    const linked = await staff.put(`/api/work-plans/${planId}/tasks/${taskId}/meetings`, { version: page.version, meetingIds: [meeting.id] });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().meetings).toEqual([expect.objectContaining({ id: meeting.id, title: '读书活动推进会', startsOn: '2023-05-20' })]);
  });

  it('answers another org exactly like a missing record', async () => {
    const b = await t.as('b_staff');
    expect((await b.get(`/api/work-plans/${planId}`)).statusCode).toBe(404);
    expect((await b.get(`/api/work-plans/${planId}/tasks/${taskId}`)).statusCode).toBe(404);
    expect((await b.post(`/api/work-plans/${planId}/tasks`, { title: 'x' })).statusCode).toBe(404);
    expect((await b.get(`/api/work-plans/${planId}/export.docx`)).statusCode).toBe(404);
    expect((await b.get('/api/work-plans')).json().total).toBe(0);
    expect((await (await t.as('b_member')).get(`/api/work-plans/${planId}`)).statusCode).toBe(403);
  });

  it('shows per owner what is done, in progress and overdue', async () => {
    const page = (await (await t.as('leader')).get(`/api/work-plans/${planId}`)).json();
    expect(page.tasks).toHaveLength(3);
    const office = page.progress.owners.find((o: { owner: string }) => o.owner === '办公室');
    expect(office).toMatchObject({ total: 2, done: 1, overdue: 1 });
    expect(page.progress.totals).toMatchObject({ total: 3, done: 1, overdue: 1, notStarted: 1 });
  });

  it('filters the ledger and searches with a two-character Chinese query', async () => {
    const staff = await t.as('staff');
    expect((await staff.get(`/api/work-plans/tasks?q=${encodeURIComponent('协商')}`)).json().items.map((i: { id: string }) => i.id)).toEqual([lateTaskId]);
    expect((await staff.get('/api/work-plans/tasks?status=overdue')).json().total).toBe(1);
    expect((await staff.get('/api/work-plans/tasks?status=notStarted')).json().total).toBe(1);
    expect((await staff.get(`/api/work-plans/tasks?owner=${encodeURIComponent('办公室')}`)).json().total).toBe(2);
    expect((await staff.get(`/api/work-plans?q=${encodeURIComponent('要点')}`)).json().total).toBe(1);
    expect((await staff.get('/api/work-plans?year=2022')).json().total).toBe(0);
  });

  it('exports the plan to Excel that reads back', async () => {
    const res = await (await t.as('auditor')).get(`/api/work-plans/${planId}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ledger = wb.getWorksheet('任务台账')!;
    expect(ledger.getRow(1).getCell(4).value).toBe('工作任务');
    expect(ledger.rowCount).toBe(4);
    const summary = wb.getWorksheet('进度汇总')!;
    expect(summary.getRow(summary.rowCount).getCell(1).value).toBe('合计');
    const list = await (await t.as('staff')).get('/api/work-plans/tasks/export.xlsx?status=done');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(list.rawPayload as unknown as ArrayBuffer);
    expect(wb2.worksheets[0].getRow(2).getCell(4).value).toBe('举办政协委员素能提升培训班');
  });

  it('exports the plan to a valid Word document', async () => {
    const res = await (await t.as('staff')).get(`/api/work-plans/${planId}/export.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('市政协2023年工作要点');
    expect(xml).toContain('召开双月协商座谈会');
    expect(xml).toContain('仿宋');
  });

  it('counts tasks by status as a statistic', async () => {
    const staff = await t.as('staff');
    const all = (await staff.get('/api/stats/workPlans.tasks?from=2023-01-01&to=2023-12-31')).json();
    expect(all.value).toBe(2);
    const done = (await staff.get('/api/stats/workPlans.tasks?from=2023-01-01&to=2023-12-31&status=done')).json();
    expect(done.records.map((r: { id: string }) => r.id)).toEqual([doneTaskId]);
    const overdue = (await staff.get('/api/stats/workPlans.tasks?from=2000-01-01&to=2100-12-31&status=overdue')).json();
    expect(overdue.value).toBe(1);
  });

  it('archives tasks instead of deleting them', async () => {
    const staff = await t.as('staff');
    const cur = (await staff.get(`/api/work-plans/${planId}/tasks/${lateTaskId}`)).json();
    expect((await staff.post(`/api/work-plans/${planId}/tasks/${lateTaskId}/archive`, { version: cur.version })).statusCode).toBe(200);
    expect((await staff.get(`/api/work-plans/${planId}`)).json().tasks).toHaveLength(2);
    const rows = await t.database.query<{ action: string }>(`select action from audit_events where target_id = $1 order by id`, [lateTaskId]);
    expect(rows.map((r) => r.action)).toEqual(['workPlanTask.create', 'workPlanTask.archive']);
  });
});
