import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Day = { day: string; kind: string; working: boolean; name: string; source: string };
const find = (days: Day[], day: string) => days.find((d) => d.day === day)!;

describe('calendar', () => {
  it('returns every day of the year with the national holidays and 调休', async () => {
    const res = await (await t.as('member1')).get('/api/calendar?year=2023');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.days).toHaveLength(365);
    expect(body.nationalCovered).toBe(true);
    expect(body.abilities.setDay).toBe(false);
    expect(find(body.days, '2023-01-28')).toMatchObject({ kind: 'adjustedWorkday', working: true, name: '春节', source: 'national' });
    expect(find(body.days, '2023-10-02')).toMatchObject({ kind: 'holiday', working: false, name: '国庆节' });
    expect(find(body.days, '2023-03-04')).toMatchObject({ kind: 'weekend', working: false, source: 'weekday' });
    expect((await (await t.as('admin')).get('/api/calendar?year=2023')).json().abilities.setDay).toBe(true);
  });

  it('adds working days skipping National Day', async () => {
    const res = await (await t.as('staff')).get('/api/calendar/add-working-days?from=2023-09-27&days=7');
    expect(res.json()).toEqual({ from: '2023-09-27', days: 7, result: '2023-10-12' });
    expect((await (await t.as('staff')).get('/api/calendar/add-working-days?from=2023-02-30&days=1')).statusCode).toBe(400);
  });

  it('applies the org override for that org only, and `default` drops it', async () => {
    const admin = await t.as('admin');
    const set = await admin.put('/api/calendar/days/2023-09-28', { kind: 'holiday', name: '本市防汛放假' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ day: '2023-09-28', kind: 'holiday', name: '本市防汛放假' });
    const staff = await t.as('staff');
    expect((await staff.get('/api/calendar/add-working-days?from=2023-09-27&days=1')).json().result).toBe('2023-10-07');
    const day = find((await staff.get('/api/calendar?year=2023')).json().days, '2023-09-28');
    expect(day).toMatchObject({ kind: 'holiday', source: 'org', name: '本市防汛放假' });
    // another org and the district below are not affected
    expect((await (await t.as('b_staff')).get('/api/calendar/add-working-days?from=2023-09-27&days=1')).json().result).toBe('2023-09-28');
    expect((await (await t.as('d_admin')).get('/api/calendar/add-working-days?from=2023-09-27&days=1')).json().result).toBe('2023-09-28');
    // a weekend made a working day
    await admin.put('/api/calendar/days/2023-03-04', { kind: 'workday', name: '补班' });
    expect(find((await staff.get('/api/calendar?year=2023')).json().days, '2023-03-04')).toMatchObject({ kind: 'adjustedWorkday', working: true });
    // back to default
    await admin.put('/api/calendar/days/2023-09-28', { kind: 'default' });
    expect((await staff.get('/api/calendar/add-working-days?from=2023-09-27&days=1')).json().result).toBe('2023-09-28');
    const audit = await admin.get('/api/audit-events?action=calendarDay.set');
    expect(audit.json().total).toBe(3);
    expect(audit.json().items[0].changes.kind).toEqual({ from: 'holiday', to: 'default' });
  });

  it('401 without login, 403 for other roles, refuses bad input', async () => {
    expect((await t.anon.get('/api/calendar?year=2024')).statusCode).toBe(401);
    expect((await t.anon.put('/api/calendar/days/2024-01-02', { kind: 'holiday' })).statusCode).toBe(401);
    expect((await (await t.as('staff')).put('/api/calendar/days/2024-01-02', { kind: 'holiday' })).statusCode).toBe(403);
    const admin = await t.as('admin');
    expect((await admin.put('/api/calendar/days/2024-13-02', { kind: 'holiday' })).statusCode).toBe(400);
    expect((await admin.put('/api/calendar/days/2024-01-02', { kind: 'weekend' })).statusCode).toBe(400);
    expect((await admin.get('/api/calendar')).statusCode).toBe(400);
  });
});
