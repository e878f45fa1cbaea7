import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, makeClient, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('auth', () => {
  it('health is public', async () => {
    const res = await t.anon.get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('ok');
  });

  it('refuses anonymous callers with a Chinese message', async () => {
    const res = await t.anon.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('logs in with a HttpOnly SameSite cookie and returns the user and CSRF token', async () => {
    const res = await t.anon.post('/api/auth/login', { username: 'staff', password: 'Fixture2026pw' });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'lvzhi_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.json().user.roles).toEqual(['officeStaff']);
    expect(res.json().csrfToken).toBeTruthy();
  });

  it('requires the CSRF token on cookie writes', async () => {
    const c = await t.as('staff');
    const noCsrf = makeClient(t.app, { cookie: c.headers.cookie });
    const res = await noCsrf.post('/api/sectors', { name: '新界别' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
  });

  it('refuses unknown fields', async () => {
    const res = await t.anon.post('/api/auth/login', { username: 'staff', password: 'x', extra: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('UNKNOWN_FIELD');
  });

  it('locks the account for 15 minutes after 5 failed logins', async () => {
    for (let i = 0; i < 4; i++) {
      const r = await t.anon.post('/api/auth/login', { username: 'leader', password: 'wrong-password1' });
      expect(r.json().code).toBe('BAD_CREDENTIALS');
    }
    const fifth = await t.anon.post('/api/auth/login', { username: 'leader', password: 'wrong-password1' });
    expect(fifth.statusCode).toBe(423);
    const right = await t.anon.post('/api/auth/login', { username: 'leader', password: 'Fixture2026pw' });
    expect(right.json().code).toBe('ACCOUNT_LOCKED');
  });

  it('forces a password change before anything else, then works', async () => {
    const { users } = await import('../../src/server/db/schema');
    const { eq } = await import('drizzle-orm');
    await t.database.db.update(users).set({ mustChangePassword: true }).where(eq(users.username, 'convener'));
    const c = await loginClient(t.app, 'convener');
    expect((await c.get('/api/sectors')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await c.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
    expect((await c.post('/api/auth/password', { currentPassword: 'Fixture2026pw', newPassword: 'short' })).json().code).toBe('PASSWORD_WEAK');
    expect((await c.post('/api/auth/password', { currentPassword: 'Fixture2026pw', newPassword: 'Changed2026pw' })).statusCode).toBe(200);
    expect((await c.get('/api/sectors')).statusCode).toBe(200);
  });

  it('issues, uses and revokes a Bearer token', async () => {
    const c = await t.as('staff');
    const created = await c.post('/api/tokens', { name: '数据同步脚本' });
    expect(created.statusCode).toBe(201);
    const token = created.json().token as string;
    const bearer = makeClient(t.app, { authorization: `Bearer ${token}` });
    expect((await bearer.get('/api/auth/me')).json().user.username).toBe('staff');
    // Bearer requests need no CSRF token
    expect((await bearer.post('/api/sectors', { name: '令牌界别' })).statusCode).toBe(201);
    expect((await c.post(`/api/tokens/${created.json().id}/revoke`)).statusCode).toBe(200);
    expect((await bearer.get('/api/auth/me')).json().code).toBe('TOKEN_INVALID');
  });

  it('logout ends the session', async () => {
    const c = await loginClient(t.app, 'auditor');
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });
});
