import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages, users } from '../../src/server/db/schema';
import { Outbox, type Channel } from '../../src/server/notifications/outbox';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function userId(username: string): Promise<string> {
  const [u] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return u.id;
}

async function notify(username: string, titles: string[], orgId = t.ids.orgs.A) {
  const id = await userId(username);
  await t.database.db.transaction((tx) => t.deps.outbox.notify(tx, titles.map((title) => ({ orgId, userId: id, title, link: '/proposals/1' }))));
}

describe('notifications', () => {
  it('lists the own inbox, newest first, with an unread filter and count', async () => {
    await notify('member1', ['提案已立案', '会议通知', '请假已批准']);
    await notify('staff', ['别人的通知']);
    const c = await t.as('member1');
    const res = await c.get('/api/notifications?pageSize=2');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 2 });
    expect(res.json().items).toHaveLength(2);
    expect(res.json().items[0].abilities.markRead).toBe(true);
    expect((await c.get('/api/notifications/unread-count')).json()).toEqual({ count: 3 });
    const first = res.json().items[0];
    const read = await c.post(`/api/notifications/${first.id}/read`);
    expect(read.json().readAt).toBeTruthy();
    expect((await c.post(`/api/notifications/${first.id}/read`)).statusCode).toBe(200);
    expect((await c.get('/api/notifications?unread=true')).json().total).toBe(2);
    expect((await c.post('/api/notifications/read-all')).json()).toEqual({ updated: 2 });
    expect((await c.get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });
    expect((await c.get('/api/notifications')).json().total).toBe(3);
  });

  it("404 for someone else's notification, including another org", async () => {
    await notify('staff', ['仅工作人员可见']);
    const staffItems = (await (await t.as('staff')).get('/api/notifications')).json().items;
    const id = staffItems[0].id as string;
    expect((await (await t.as('member1')).post(`/api/notifications/${id}/read`)).statusCode).toBe(404);
    expect((await (await t.as('b_admin')).post(`/api/notifications/${id}/read`)).statusCode).toBe(404);
    expect((await (await t.as('staff')).get('/api/notifications/unread-count')).json().count).toBe(2);
  });

  it('401 without login', async () => {
    expect((await t.anon.get('/api/notifications')).statusCode).toBe(401);
    expect((await t.anon.get('/api/notifications/unread-count')).statusCode).toBe(401);
    expect((await t.anon.post('/api/notifications/read-all')).statusCode).toBe(401);
    expect((await t.anon.get('/api/outbox')).statusCode).toBe(401);
  });
});

describe('outbox', () => {
  it('enqueues inside the transaction: a rollback leaves nothing', async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await t.deps.outbox.enqueue(tx, [{ orgId: t.ids.orgs.A, channel: 'sms', recipient: '13800001111', body: '回滚的短信' }]);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const rows = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.body, '回滚的短信'));
    expect(rows).toHaveLength(0);
  });

  it('flush marks messages of the default channel `recorded`', async () => {
    await t.database.db.transaction((tx) =>
      t.deps.outbox.enqueue(tx, [
        { orgId: t.ids.orgs.A, channel: 'sms', recipient: '13800001111', body: '【甲市政协】请于3月5日参加会议' },
        { orgId: t.ids.orgs.A, channel: 'email', recipient: 'a@example.cn', subject: '会议通知', body: '请参加会议' },
        { orgId: t.ids.orgs.B, channel: 'sms', recipient: '13900002222', body: '乙市的短信' },
      ]),
    );
    expect((await (await t.as('admin')).get('/api/outbox?status=pending')).json().total).toBe(2);
    expect(await t.deps.outbox.flush()).toBe(3);
    expect(await t.deps.outbox.flush()).toBe(0);
    const res = await (await t.as('admin')).get('/api/outbox');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(2);
    expect(res.json().items.map((m: { status: string }) => m.status)).toEqual(['recorded', 'recorded']);
    expect(res.json().items[0]).toMatchObject({ attempts: 1, deliveredBy: 'record', sentAt: null });
    expect((await (await t.as('admin')).get('/api/outbox?channel=email')).json().items[0].subject).toBe('会议通知');
    expect((await (await t.as('b_admin')).get('/api/outbox')).json().items.map((m: { body: string }) => m.body)).toEqual(['乙市的短信']);
  });

  it('a failing channel keeps the message pending with the error, then fails after 5 attempts', async () => {
    const broken: Channel = {
      name: 'broken',
      async deliver() {
        throw new Error('gateway down');
      },
    };
    const outbox = new Outbox(t.database.db, { sms: broken, email: broken });
    await t.database.db.transaction((tx) => outbox.enqueue(tx, [{ orgId: t.ids.orgs.A, channel: 'sms', recipient: '1', body: '失败的短信' }]));
    await outbox.flush();
    let [m] = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.body, '失败的短信'));
    expect(m).toMatchObject({ status: 'pending', attempts: 1, lastError: 'gateway down' });
    for (let i = 0; i < 4; i++) await outbox.flush();
    [m] = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.body, '失败的短信'));
    expect(m).toMatchObject({ status: 'failed', attempts: 5 });
  });

  it('outbox is for the office admin only', async () => {
    expect((await (await t.as('staff')).get('/api/outbox')).statusCode).toBe(403);
    expect((await (await t.as('auditor')).get('/api/outbox')).statusCode).toBe(403);
  });
});
