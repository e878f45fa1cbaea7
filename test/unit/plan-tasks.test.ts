import { describe, expect, it } from 'vitest';
import { canTransitionPlan, canTransitionTask, displayStatus, isOverdue, PLAN_STATUSES, progressByOwner, TASK_STATUSES } from '../../src/core/plans/tasks';

describe('task transitions', () => {
  const allowed = new Set(['notStarted>inProgress', 'notStarted>done', 'inProgress>done', 'inProgress>notStarted', 'done>inProgress']);
  const table: Array<[string, string, boolean]> = [];
  for (const from of TASK_STATUSES) for (const to of TASK_STATUSES) table.push([from, to, allowed.has(`${from}>${to}`)]);
  it.each(table)('%s → %s: %s', (from, to, ok) => {
    expect(canTransitionTask(from, to)).toBe(ok);
  });
  it('refuses unknown statuses', () => {
    expect(canTransitionTask('overdue', 'done')).toBe(false);
  });
});

describe('plan transitions', () => {
  const allowed = new Set(['draft>active', 'active>closed', 'active>draft', 'closed>active']);
  const table: Array<[string, string, boolean]> = [];
  for (const from of PLAN_STATUSES) for (const to of PLAN_STATUSES) table.push([from, to, allowed.has(`${from}>${to}`)]);
  it.each(table)('%s → %s: %s', (from, to, ok) => {
    expect(canTransitionPlan(from, to)).toBe(ok);
  });
});

describe('overdue is derived from the due day', () => {
  it.each([
    ['notStarted', '2023-06-30', '2023-07-01', true, 'overdue'],
    ['inProgress', '2023-06-30', '2023-07-01', true, 'overdue'],
    ['done', '2023-06-30', '2023-07-01', false, 'done'],
    ['inProgress', '2023-06-30', '2023-06-30', false, 'inProgress'],
    ['notStarted', null, '2099-01-01', false, 'notStarted'],
  ] as const)('%s due %s on %s → overdue %s (%s)', (status, dueOn, today, overdue, shown) => {
    expect(isOverdue({ status, dueOn }, today)).toBe(overdue);
    expect(displayStatus({ status, dueOn }, today)).toBe(shown);
  });
});

describe('progress by owner', () => {
  it('counts each task once under its display status', () => {
    const { owners, totals } = progressByOwner(
      [
        { owner: '办公室', status: 'done', dueOn: '2023-03-01' },
        { owner: '办公室', status: 'inProgress', dueOn: '2023-03-01' },
        { owner: '提案委员会', status: 'inProgress', dueOn: '2023-12-31' },
        { owner: ' ', status: 'notStarted', dueOn: null },
      ],
      '2023-07-01',
    );
    expect(owners).toEqual([
      { owner: '办公室', total: 2, done: 1, inProgress: 0, notStarted: 0, overdue: 1 },
      { owner: '提案委员会', total: 1, done: 0, inProgress: 1, notStarted: 0, overdue: 0 },
      { owner: '未指定', total: 1, done: 0, inProgress: 0, notStarted: 1, overdue: 0 },
    ]);
    expect(totals).toEqual({ total: 4, done: 1, inProgress: 1, notStarted: 1, overdue: 1 });
  });
});
