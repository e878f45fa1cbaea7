import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstItemNotStudy } from '../../src/core/meetings';
import { openDatabase, type Database } from '../../src/server/db/client';
import { seedDemo } from '../../src/server/demo/seed';
import '../../src/server/modules/meetings/stats';
import { computeStat, getStat } from '../../src/server/stats/registry';

/** The demo's meetings answer the seed's questions for 2023 H1 (part 一 of the work summary). */
let db: Database;
let city: string;
beforeAll(async () => {
  db = await openDatabase({});
  await db.migrate();
  city = (await seedDemo(db)).rootOrgId;
});
afterAll(async () => {
  await db?.close();
});

const H1 = { from: '2023-01-01', to: '2023-06-30' };
const stat = async (name: string, params: Record<string, unknown> = {}) => computeStat(db.db, getStat(name)!, { orgIds: [city], ...H1 }, params);

describe('demo meetings, 2023 H1 in the city', () => {
  it('counts party group, chairs\' and standing committee meetings with study', async () => {
    expect((await stat('meetings.withStudy', { kind: 'partyGroup' })).value).toBe(8);
    expect((await stat('meetings.withStudy', { kind: 'chairs' })).value).toBe(6);
    expect((await stat('meetings.withStudy', { kind: 'standingCommittee' })).value).toBe(2);
    expect((await stat('meetings.held', { kind: 'standingCommittee' })).value).toBe(3);
  });

  it('has the 六届二次会议 plenary and the members added at the standing committee', async () => {
    const plenary = await stat('meetings.plenarySessions');
    expect(plenary.value).toBe(1);
    expect(plenary.records[0].title).toContain('六届二次会议');
    expect(plenary.records[0].date).toBe('2023-01-12');
    const added = await stat('members.added');
    expect(added.value).toBe(6);
    expect(added.records.every((r) => r.title.includes('六届市政协常委会第五次会议'))).toBe(true);
    const unlinked = await db.query<{ n: string }>("select count(*) n from membership_changes where org_id = $1 and kind <> 'initial' and approving_meeting_id is null", [city]);
    expect(Number(unlinked[0].n)).toBe(0);
  });

  it('opens every party group and chairs\' meeting with study, and keeps attendance consistent', async () => {
    const agenda = await db.query<{ meeting_id: string; kind: string; title: string; is_study: boolean }>(
      "select a.meeting_id, m.kind, a.title, a.is_study from meeting_agenda_items a join meetings m on m.id = a.meeting_id where m.kind in ('partyGroup','chairs') order by a.meeting_id, a.position",
    );
    const byMeeting = new Map<string, { kind: string; items: Array<{ title: string; isStudy: boolean }> }>();
    for (const a of agenda) {
      const e = byMeeting.get(a.meeting_id) ?? { kind: a.kind, items: [] };
      e.items.push({ title: a.title, isStudy: a.is_study });
      byMeeting.set(a.meeting_id, e);
    }
    for (const e of byMeeting.values()) expect(firstItemNotStudy(e.kind, e.items)).toBe(false);
    // Every approved leave request matches an excused attendee, and the other way round.
    const mismatch = await db.query<{ n: string }>(
      `select count(*) n from meeting_invitees i left join meeting_leave_requests l on l.invitee_id = i.id and l.status = 'approved'
       where (i.attendance = 'excused') <> (l.id is not null)`,
    );
    expect(Number(mismatch[0].n)).toBe(0);
    const votes = await db.query<{ quorum: boolean }>('select quorum from meeting_votes');
    expect(votes.length).toBeGreaterThan(0);
    expect(votes.every((v) => v.quorum)).toBe(true);
  });
});
