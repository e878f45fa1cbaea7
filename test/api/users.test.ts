import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/server/db/schema';
import { createTestApp, loginClient, type TestApp } from '../helpers/app';

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

describe('users', () => {
  it('401 without login, 403 for other roles, 404 across orgs', async () => {
    expect((await t.anon.get('/api/users')).statusCode).toBe(401);
    expect((await (await t.as('staff')).get('/api/users')).statusCode).toBe(403);
    expect((await (await t.as('auditor')).post('/api/users', { username: 'x' })).statusCode).toBe(403);
    const staffId = await userId('staff');
    const b = await t.as('b_admin');
    expect((await b.get(`/api/users/${staffId}`)).statusCode).toBe(404);
    expect((await b.patch(`/api/users/${staffId}`, { version: 1, displayName: '改名' })).statusCode).toBe(404);
    expect((await b.post(`/api/users/${staffId}/disable`, { version: 1 })).statusCode).toBe(404);
    expect((await b.get(`/api/users/${staffId}/login-events`)).statusCode).toBe(404);
    // the district below A is another org too
    expect((await (await t.as('d_admin')).get(`/api/users/${staffId}`)).statusCode).toBe(404);
  });

  it('lists the own org only, without password hashes, with abilities', async () => {
    const res = await (await t.as('admin')).get('/api/users?pageSize=100');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((u: { username: string }) => u.username)).not.toContain('b_admin');
    expect(body.items.every((u: Record<string, unknown>) => !('passwordHash' in u))).toBe(true);
    expect(res.body).not.toContain('argon2');
    const self = body.items.find((u: { username: string }) => u.username === 'admin');
    expect(self.abilities).toMatchObject({ update: true, disable: false, archive: false });
    expect(self.roleLabels).toEqual(['办公室管理员']);
    const m = body.items.find((u: { username: string }) => u.username === 'member1');
    expect(m.memberName).toBe('林晓峰');
    expect(body.abilities.create).toBe(true);
    const filtered = await (await t.as('admin')).get('/api/users?role=unitAdmin');
    expect(filtered.json().items.map((u: { username: string }) => u.username)).toEqual(['unitadmin']);
  });

  it('lists roles with Chinese labels', async () => {
    const res = await (await t.as('member1')).get('/api/roles');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toContainEqual({ id: 'member', label: '政协委员' });
  });

  it('creates a user with a generated password shown once and a forced change', async () => {
    const admin = await t.as('admin');
    const res = await admin.post('/api/users', { username: 'newstaff', displayName: '新同事', roles: ['officeStaff'] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.generatedPassword).toMatch(/.{8,}/);
    expect(body.mustChangePassword).toBe(true);
    expect(body.passwordHash).toBeUndefined();
    const again = await admin.get(`/api/users/${body.id}`);
    expect(again.json().generatedPassword).toBeUndefined();
    const c = await loginClient(t.app, 'newstaff', body.generatedPassword);
    expect((await c.get('/api/sectors')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('creates with a given password, checks strength and duplicates', async () => {
    const admin = await t.as('admin');
    expect((await admin.post('/api/users', { username: 'weak1', displayName: '弱', roles: ['leader'], password: 'short' })).json().code).toBe('PASSWORD_WEAK');
    const ok = await admin.post('/api/users', { username: 'leader2', displayName: '领导二', roles: ['leader'], password: 'Given2026pw' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().generatedPassword).toBeUndefined();
    const dup = await admin.post('/api/users', { username: 'leader2', displayName: '重复', roles: ['leader'] });
    expect(dup.statusCode).toBe(409);
    expect((await admin.post('/api/users', { username: 'x1y', displayName: 'x', roles: ['leader'], extra: 1 })).json().code).toBe('UNKNOWN_FIELD');
  });

  it('enforces member and unit links within the org', async () => {
    const admin = await t.as('admin');
    const noMember = await admin.post('/api/users', { username: 'mem2', displayName: '委员二', roles: ['member'] });
    expect(noMember.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '委员角色必须关联一名委员' });
    const foreign = await admin.post('/api/users', { username: 'mem2', displayName: '委员二', roles: ['member'], memberId: t.ids.memberB });
    expect(foreign.json().message).toBe('所选委员不存在');
    const taken = await admin.post('/api/users', { username: 'mem2', displayName: '委员二', roles: ['member'], memberId: t.ids.memberA });
    expect(taken.statusCode).toBe(409);
    const noUnit = await admin.post('/api/users', { username: 'uh2', displayName: '经办二', roles: ['unitHandler'] });
    expect(noUnit.json().message).toBe('承办单位角色必须关联承办单位');
    const unitOk = await admin.post('/api/users', { username: 'uh2', displayName: '经办二', roles: ['unitHandler'], unitId: t.ids.unitA });
    expect(unitOk.statusCode).toBe(201);
    expect(unitOk.json().unitName).toBe('甲市教育局');
    const stray = await admin.post('/api/users', { username: 'st2', displayName: '多余', roles: ['leader'], unitId: t.ids.unitA });
    expect(stray.statusCode).toBe(400);
  });

  it('updates with compare-and-set and keeps the admin their own role', async () => {
    const admin = await t.as('admin');
    const leaderId = await userId('leader');
    const cur = (await admin.get(`/api/users/${leaderId}`)).json();
    const res = await admin.patch(`/api/users/${leaderId}`, { version: cur.version, displayName: '王领导', roles: ['leader', 'auditor'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: '王领导', roles: ['leader', 'auditor'], version: cur.version + 1 });
    const stale = await admin.patch(`/api/users/${leaderId}`, { version: cur.version, displayName: '旧' });
    expect(stale.json().code).toBe('CONFLICT');
    const selfId = await userId('admin');
    const self = (await admin.get(`/api/users/${selfId}`)).json();
    const drop = await admin.patch(`/api/users/${selfId}`, { version: self.version, roles: ['officeStaff'] });
    expect(drop.statusCode).toBe(403);
  });

  it('disables (ending sessions), enables, and refuses to disable oneself', async () => {
    const admin = await t.as('admin');
    const victim = await loginClient(t.app, 'propoffice');
    expect((await victim.get('/api/auth/me')).statusCode).toBe(200);
    const id = await userId('propoffice');
    const v = (await admin.get(`/api/users/${id}`)).json().version;
    const dis = await admin.post(`/api/users/${id}/disable`, { version: v, reason: '离职' });
    expect(dis.json()).toMatchObject({ disabled: true, abilities: { enable: true, disable: false } });
    expect((await victim.get('/api/auth/me')).statusCode).toBe(401);
    expect((await t.anon.post('/api/auth/login', { username: 'propoffice', password: 'Fixture2026pw' })).json().code).toBe('ACCOUNT_DISABLED');
    expect((await admin.post(`/api/users/${id}/enable`, { version: v + 1 })).json().disabled).toBe(false);
    const selfId = await userId('admin');
    const sv = (await admin.get(`/api/users/${selfId}`)).json().version;
    expect((await admin.post(`/api/users/${selfId}/disable`, { version: sv })).statusCode).toBe(403);
    expect((await admin.post(`/api/users/${selfId}/archive`, { version: sv })).statusCode).toBe(403);
  });

  it('resets a password (ending sessions) and unlocks an account', async () => {
    const admin = await t.as('admin');
    const victim = await loginClient(t.app, 'unithandler');
    const id = await userId('unithandler');
    let v = (await admin.get(`/api/users/${id}`)).json().version;
    const reset = await admin.post(`/api/users/${id}/reset-password`, { version: v });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().mustChangePassword).toBe(true);
    const pw = reset.json().generatedPassword as string;
    expect((await victim.get('/api/auth/me')).statusCode).toBe(401);
    await loginClient(t.app, 'unithandler', pw);
    // lock it with 5 failures, then unlock
    for (let i = 0; i < 5; i++) await t.anon.post('/api/auth/login', { username: 'unithandler', password: 'wrong-pass1' });
    const locked = (await admin.get(`/api/users/${id}`)).json();
    expect(locked.locked).toBe(true);
    expect(locked.abilities.unlock).toBe(true);
    v = locked.version;
    const un = await admin.post(`/api/users/${id}/unlock`, { version: v });
    expect(un.json()).toMatchObject({ locked: false, failedLogins: 0, lockedUntil: null });
    await loginClient(t.app, 'unithandler', pw);
    const events = await admin.get(`/api/users/${id}/login-events?pageSize=3`);
    expect(events.json().total).toBeGreaterThanOrEqual(7);
    expect(events.json().items[0].success).toBe(true);
  });

  it('archives instead of deleting, and restores', async () => {
    const admin = await t.as('admin');
    const created = (await admin.post('/api/users', { username: 'temp1', displayName: '临时', roles: ['roomConvener'] })).json();
    const arch = await admin.post(`/api/users/${created.id}/archive`, { version: created.version });
    expect(arch.json().archivedAt).toBeTruthy();
    expect((await admin.get('/api/users?pageSize=100')).json().items.map((u: { id: string }) => u.id)).not.toContain(created.id);
    expect((await admin.get('/api/users?archived=only')).json().items.map((u: { id: string }) => u.id)).toContain(created.id);
    expect((await t.anon.post('/api/auth/login', { username: 'temp1', password: created.generatedPassword })).statusCode).toBe(401);
    const res = await admin.post(`/api/users/${created.id}/restore`, { version: created.version + 1 });
    expect(res.json().archivedAt).toBeNull();
  });
});
