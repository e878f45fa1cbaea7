import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/roles';
import type { Actor } from '../../src/server/lib/context';
import { activityAbilities, seesOnlyOwn } from '../../src/server/modules/activities/policy';
import { planAbilities, taskAbilities } from '../../src/server/modules/plans/policy';
import { requestAbilities } from '../../src/server/modules/requests/policy';

const actor = (role: Role): Actor => ({ userId: 'u', orgId: 'o', username: role, displayName: role, roles: [role], memberId: role === 'member' ? 'm' : null, unitId: null, mustChangePassword: false, via: 'session' });
const live = { status: 'planned', archivedAt: null };
const archived = { status: 'planned', archivedAt: new Date('2023-07-01T00:00:00Z') };

describe('activity abilities per role', () => {
  it.each([
    ['officeAdmin', true, false],
    ['officeStaff', true, false],
    ['proposalOffice', false, false],
    ['leader', false, false],
    ['auditor', false, false],
    ['member', false, true],
  ] as const)('%s: write %s, only own %s', (role, write, own) => {
    const a = activityAbilities(actor(role), live);
    expect(a.update).toBe(write);
    expect(a.transition).toEqual(write ? ['held', 'cancelled'] : []);
    expect(seesOnlyOwn(actor(role))).toBe(own);
  });

  it('an archived activity can only be restored, by an admin', () => {
    expect(activityAbilities(actor('officeStaff'), archived)).toEqual({ update: false, setParticipants: false, transition: [], archive: false, restore: false });
    expect(activityAbilities(actor('officeAdmin'), archived).restore).toBe(true);
  });
});

describe('plan, task and request abilities', () => {
  it.each([
    ['officeStaff', true],
    ['leader', false],
    ['auditor', false],
  ] as const)('%s writes: %s', (role, write) => {
    expect(planAbilities(actor(role), { status: 'active', archivedAt: null }).addTask).toBe(write);
    expect(taskAbilities(actor(role), { status: 'inProgress', archivedAt: null }).transition).toEqual(write ? ['done', 'notStarted'] : []);
    expect(requestAbilities(actor(role), { archivedAt: null }).update).toBe(write);
  });

  it('no tasks are added to a closed plan', () => {
    expect(planAbilities(actor('officeAdmin'), { status: 'closed', archivedAt: null })).toMatchObject({ addTask: false, transition: ['active'] });
  });
});
