import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectors } from '../../src/server/db/schema';
import { defineStat } from '../../src/server/stats/registry';
import { createTestApp, type TestApp } from '../helpers/app';

// A statistic over the fixture's sectors, defined by the test to exercise the stats machinery.
defineStat({
  name: 'testOnly.sectors',
  label: '界别数',
  unit: '个',
  params: z.object({}),
  async records(db, scope) {
    const rows = await db.select().from(sectors);
    return rows
      .filter((r) => scope.orgIds.includes(r.orgId))
      .map((r) => ({ id: r.id, type: 'sector', title: r.name, date: r.createdAt.toISOString().slice(0, 10), orgId: r.orgId }));
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('stats', () => {
  it('lists the catalog for office roles only', async () => {
    expect((await (await t.as('staff')).get('/api/stats')).json().items.map((i: { name: string }) => i.name)).toContain('testOnly.sectors');
    expect((await (await t.as('member1')).get('/api/stats')).statusCode).toBe(403);
  });

  it('returns a value with the records behind it, own org only', async () => {
    const res = await (await t.as('staff')).get('/api/stats/testOnly.sectors?from=2000-01-01&to=2100-01-01');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.value).toBe(body.records.length);
    expect(body.records.every((r: { orgId: string }) => r.orgId === t.ids.orgs.A)).toBe(true);
  });

  it('rolls child orgs up without listing their records', async () => {
    await t.database.db.insert(sectors).values({ orgId: t.ids.orgs.A1, name: '东区界别' });
    const res = await (await t.as('staff')).get('/api/stats/testOnly.sectors?from=2000-01-01&to=2100-01-01&includeChildren=true');
    const body = res.json();
    const own = body.byOrg.find((o: { orgId: string }) => o.orgId === t.ids.orgs.A).value;
    expect(body.value).toBe(own + 1);
    expect(body.records.some((r: { orgId: string }) => r.orgId === t.ids.orgs.A1)).toBe(false);
    await t.database.db.delete(sectors).where(eq(sectors.name, '东区界别'));
  });

  it('answers an unknown statistic with 404 and a bad period with 400', async () => {
    const c = await t.as('staff');
    expect((await c.get('/api/stats/nope.nothing?from=2023-01-01&to=2023-06-30')).statusCode).toBe(404);
    expect((await c.get('/api/stats/testOnly.sectors?from=2023-07-01&to=2023-06-30')).statusCode).toBe(400);
  });
});
