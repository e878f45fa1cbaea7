import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('audit events', () => {
  it('records a write with actor, IP, request id and changes', async () => {
    const staff = await t.as('staff');
    const created = await staff.inject({
      method: 'POST',
      url: '/api/sectors',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-audit-1', 'x-forwarded-for': '10.1.2.3' },
      payload: JSON.stringify({ name: '审计测试界别' }),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const res = await (await t.as('auditor')).get(`/api/audit-events?targetType=sector&targetId=${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(1);
    const e = res.json().items[0];
    const me = (await staff.get('/api/auth/me')).json();
    expect(e).toMatchObject({ action: 'sector.create', actorId: me.user.id, actorName: 'staff', ip: '10.1.2.3', requestId: 'req-audit-1', targetLabel: '审计测试界别' });
    expect(e.changes).toMatchObject({ name: '审计测试界别' });
    const one = await (await t.as('admin')).get(`/api/audit-events/${e.id}`);
    expect(one.json()).toMatchObject({ id: e.id, action: 'sector.create' });
  });

  it('filters and pages newest first', async () => {
    const staff = await t.as('staff');
    const before = new Date().toISOString();
    for (const name of ['界别甲', '界别乙', '界别丙']) await staff.post('/api/sectors', { name });
    const auditor = await t.as('auditor');
    const page = await auditor.get(`/api/audit-events?action=sector.create&from=${encodeURIComponent(before)}&pageSize=2`);
    expect(page.json().total).toBe(3);
    expect(page.json().items.map((e: { targetLabel: string }) => e.targetLabel)).toEqual(['界别丙', '界别乙']);
    const p2 = await auditor.get(`/api/audit-events?action=sector.create&from=${encodeURIComponent(before)}&pageSize=2&page=2`);
    expect(p2.json().items.map((e: { targetLabel: string }) => e.targetLabel)).toEqual(['界别甲']);
    const none = await auditor.get(`/api/audit-events?action=sector.create&to=${encodeURIComponent('2000-01-01T00:00:00Z')}`);
    expect(none.json().total).toBe(0);
    const me = (await staff.get('/api/auth/me')).json();
    const byActor = await auditor.get(`/api/audit-events?actorId=${me.user.id}`);
    expect(byActor.json().items.every((e: { actorId: string }) => e.actorId === me.user.id)).toBe(true);
    expect((await auditor.get('/api/audit-events?from=yesterday')).statusCode).toBe(400);
  });

  it('401 without login, 403 for other roles, 404 across orgs', async () => {
    expect((await t.anon.get('/api/audit-events')).statusCode).toBe(401);
    expect((await (await t.as('staff')).get('/api/audit-events')).statusCode).toBe(403);
    expect((await (await t.as('leader')).get('/api/audit-events/1')).statusCode).toBe(403);
    const aEvents = (await (await t.as('admin')).get('/api/audit-events')).json();
    expect(aEvents.total).toBeGreaterThan(0);
    const b = await t.as('b_admin');
    expect((await b.get(`/api/audit-events/${aEvents.items[0].id}`)).statusCode).toBe(404);
    expect((await b.get('/api/audit-events')).json().items.every((e: { orgId: string }) => e.orgId === t.ids.orgs.B)).toBe(true);
  });

  it('has no write routes', async () => {
    const admin = await t.as('admin');
    expect((await admin.post('/api/audit-events', {})).statusCode).toBe(404);
    expect((await admin.delete('/api/audit-events/1')).statusCode).toBe(404);
    expect((await admin.patch('/api/audit-events/1', {})).statusCode).toBe(404);
    expect(t.app.routeTable.filter((r) => r.url.startsWith('/api/audit-events')).map((r) => r.method)).toEqual(['GET', 'GET']);
  });

  it('the database refuses UPDATE and DELETE on audit_events', async () => {
    const [{ id }] = await t.database.query<{ id: number }>('select id from audit_events order by id limit 1');
    await expect(t.database.query('update audit_events set action = $1 where id = $2', ['tampered', id])).rejects.toThrow(/append-only/);
    await expect(t.database.query('delete from audit_events where id = $1', [id])).rejects.toThrow(/append-only/);
    const [row] = await t.database.query<{ action: string }>('select action from audit_events where id = $1', [id]);
    expect(row.action).not.toBe('tampered');
  });
});
