import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

interface Entry {
  type: string;
  id: string;
  title: string;
  startDay: string;
  link: string;
}

const RANGE = '/api/schedule?from=2026-05-01&to=2026-05-31';

describe('GET /api/schedule', () => {
  let invitedMeeting = '';
  let otherMeeting = '';
  let ownActivity = '';
  let otherActivity = '';

  beforeAll(async () => {
    const staff = await t.as('staff');
    const mk = async (title: string, startsAt: string) => {
      const res = await staff.post('/api/meetings', { kind: 'thematic', title, startsAt, venue: '第一会议室' });
      expect(res.statusCode).toBe(201);
      return res.json() as { id: string; version: number };
    };
    const a = await mk('专题协商会', '2026-05-12T09:00:00+08:00');
    const inv = await staff.post(`/api/meetings/${a.id}/invitees`, { version: a.version, memberIds: [t.ids.memberA] });
    expect(inv.statusCode).toBe(201);
    const noticed = await staff.post(`/api/meetings/${a.id}/notice`, { version: (inv.json() as { meeting: { version: number } }).meeting.version });
    expect(noticed.statusCode).toBe(200);
    invitedMeeting = a.id;
    const b = await mk('秘书长工作碰头会', '2026-05-20T15:00:00+08:00');
    await staff.post(`/api/meetings/${b.id}/notice`, { version: b.version });
    otherMeeting = b.id;

    const act = await staff.post('/api/activities', { kind: 'reading', title: '委员读书分享会', startsOn: '2026-05-15', place: '委员之家', participants: [{ memberId: t.ids.memberA, attendance: 'present' }] });
    expect(act.statusCode).toBe(201);
    ownActivity = act.json().id;
    const act2 = await staff.post('/api/activities', { kind: 'reading', title: '机关读书会', startsOn: '2026-05-28', endsOn: '2026-06-02' });
    expect(act2.statusCode).toBe(201);
    otherActivity = act2.json().id;
  });

  it('refuses anonymous callers (401) and bad ranges', async () => {
    expect((await t.anon.get(RANGE)).statusCode).toBe(401);
    const staff = await t.as('staff');
    expect((await staff.get('/api/schedule?from=2026-05-31&to=2026-05-01')).statusCode).toBe(400);
    expect((await staff.get('/api/schedule?from=2026-01-01&to=2026-12-31')).statusCode).toBe(400);
    expect((await staff.get('/api/schedule?from=2026-05-01')).statusCode).toBe(400);
  });

  it('gives office staff every meeting and activity of the org in the range, in day order', async () => {
    const res = await (await t.as('staff')).get(RANGE);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Entry[];
    const ids = items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([invitedMeeting, otherMeeting, ownActivity, otherActivity]));
    const days = items.map((i) => i.startDay);
    expect([...days].sort()).toEqual(days);
    const m = items.find((i) => i.id === invitedMeeting)!;
    expect(m).toMatchObject({ type: 'meeting', startDay: '2026-05-12', link: `/meetings/${invitedMeeting}` });
    expect(items.find((i) => i.id === otherActivity)).toMatchObject({ type: 'activity', startDay: '2026-05-28', link: `/activities/${otherActivity}` });
    // An activity that began before the range but runs into it is included.
    const june = (await (await t.as('staff')).get('/api/schedule?from=2026-06-01&to=2026-06-30')).json().items as Entry[];
    expect(june.map((i) => i.id)).toContain(otherActivity);
  });

  it('gives a member only the meetings they are invited to and the activities they joined', async () => {
    const res = await (await t.as('member1')).get(RANGE);
    expect(res.statusCode).toBe(200);
    const ids = (res.json().items as Entry[]).map((i) => i.id).sort();
    expect(ids).toEqual([invitedMeeting, ownActivity].sort());
  });

  it('shows nothing of org A to another org', async () => {
    for (const who of ['b_admin', 'b_member'] as const) {
      const res = await (await t.as(who)).get(RANGE);
      expect(res.statusCode).toBe(200);
      const ids = (res.json().items as Entry[]).map((i) => i.id);
      for (const id of [invitedMeeting, otherMeeting, ownActivity, otherActivity]) expect(ids).not.toContain(id);
    }
  });
});
