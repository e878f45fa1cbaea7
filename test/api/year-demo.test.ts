import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/client';
import { seedDemo } from '../../src/server/demo/seed';
import '../../src/server/modules/activities/stats';
import '../../src/server/modules/plans/stats';
import '../../src/server/modules/requests/stats';
import { complianceView } from '../../src/server/modules/requests/queries';
import type { Actor } from '../../src/server/lib/context';
import { computeStat, getStat } from '../../src/server/stats/registry';

/** The demo's activities, work plan and requests answer the seed's questions for 2023 H1 (part 一). */
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

describe('demo activities, work plan and requests, 2023 H1 in the city', () => {
  it('has reading activities of the committee-based party branches and red-film screenings', async () => {
    const reading = await stat('activities.held', { kind: 'reading' });
    expect(reading.value).toBeGreaterThanOrEqual(10);
    const branches = await stat('activities.partyBranches');
    expect(branches.value).toBe(5);
    expect(branches.records.every((r) => r.title.endsWith('功能型党支部'))).toBe(true);
    expect((await stat('activities.held', { kind: 'redFilm' })).value).toBe(4);
    const training = await stat('activities.held', { kind: 'training' });
    expect(training.records.map((r) => r.title)).toEqual(['市政协2023年政协委员暨政协系统干部素能提升培训班']);
  });

  it('has reading activities in the district and the county for the roll-up', async () => {
    const children = await db.query<{ id: string }>('select id from orgs where parent_id = $1 order by sort_order, name', [city]);
    expect(children.length).toBeGreaterThanOrEqual(1);
    for (const c of children) {
      const scope = { orgIds: [c.id], ...H1 };
      expect((await computeStat(db.db, getStat('activities.held')!, scope, { kind: 'reading' })).value).toBe(4);
      expect((await computeStat(db.db, getStat('activities.partyBranches')!, scope, {})).value).toBe(2);
      expect((await computeStat(db.db, getStat('activities.held')!, scope, { kind: 'redFilm' })).value).toBe(2);
    }
  });

  it('has the four items approved by 市委常委会', async () => {
    const approved = await stat('requests.sent', { kind: 'request', outcome: 'approved', addressee: '市委常委会' });
    expect(approved.value).toBe(4);
    for (const subject of ['partyGroupWorkPriorities', 'consultationPlan', 'standingCommitteeWorkReport', 'plenaryPreparation'])
      expect((await stat('requests.sent', { kind: 'request', subject, addressee: '市委常委会' })).value).toBe(1);
  });

  it('has a 2023 work plan with tasks and activities linked to them', async () => {
    const tasks = await stat('workPlans.tasks');
    expect(tasks.value).toBeGreaterThanOrEqual(6);
    const linked = await db.query<{ n: string }>('select count(*) n from activities where org_id = $1 and work_plan_task_id is not null', [city]);
    expect(Number(linked[0].n)).toBeGreaterThan(10);
  });

  it('shows in the compliance view the items still lacking their report after', async () => {
    const actor: Actor = { orgId: city, userId: '', username: '', displayName: '', roles: ['officeStaff'], memberId: null, unitId: null, mustChangePassword: false, via: 'session' };
    const view = await complianceView(db.db, actor, 2023, '2023-07-15');
    expect(view.filter((i) => i.type === 'meeting').length).toBeGreaterThanOrEqual(2);
    expect(view.every((i) => i.hasRequest)).toBe(true);
    expect(view.filter((i) => i.reportMissing).map((i) => i.type).sort()).toEqual(['activity', 'meeting']);
  });
});
