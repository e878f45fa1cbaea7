import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, createTestApp, type AccountName, type TestApp } from '../helpers/app';
import type { RouteInfo } from '../../src/server/app';

/**
 * Every route, checked generically: without credentials it answers 401 (unless public), and a
 * logged-in user holding none of its roles gets 403 before anything is read or written.
 * Wrong-org (404) checks live in each area's tests, where real ids of the other org exist.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const FAKE_ID = '00000000-0000-4000-8000-000000000000';
const fill = (url: string) => url.replace(/:(\w+)/g, (_m, name: string) => (/day/i.test(name) ? '2023-05-04' : FAKE_ID));

describe('route security', () => {
  it('lists the API routes', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(20);
  });

  it('refuses anonymous callers on every non-public route', async () => {
    const failures: string[] = [];
    for (const r of t.app.routeTable) {
      if (r.access === 'public') continue;
      const res = await t.anon.inject({ method: r.method as 'GET', url: fill(r.url), payload: r.method === 'GET' ? undefined : {} });
      if (res.statusCode !== 401) failures.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses users without the role on every role-gated route', async () => {
    const failures: string[] = [];
    for (const r of t.app.routeTable as RouteInfo[]) {
      if (typeof r.access === 'string') continue;
      const allowed = r.access;
      const outsider = (Object.keys(ACCOUNTS) as AccountName[]).find(
        (name) => ACCOUNTS[name].org === 'A' && !(ACCOUNTS[name].roles as readonly string[]).some((role) => allowed.includes(role as never)),
      );
      if (!outsider) continue;
      const c = await t.as(outsider);
      const res = await c.inject({ method: r.method as 'GET', url: fill(r.url), payload: r.method === 'GET' ? undefined : {} });
      if (res.statusCode !== 403) failures.push(`${r.method} ${r.url} as ${outsider} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers a record of another org exactly like a missing one', async () => {
    const a = await t.as('staff');
    const other = await a.get(`/api/sectors/${FAKE_ID}`);
    const sectorsB = await (await t.as('b_staff')).get('/api/sectors');
    const foreign = await a.get(`/api/sectors/${sectorsB.json().items[0].id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(other.json());
  });
});
