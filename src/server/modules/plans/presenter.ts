import { displayStatus, progressByOwner, PLAN_STATUS_LABELS, TASK_DISPLAY_LABELS, type PlanStatus } from '../../../core/plans/tasks';
import type { Actor } from '../../lib/context';
import { planAbilities, taskAbilities } from './policy';
import type { PlanRow, TaskLine, TaskRow } from './queries';

export function presentPlan(actor: Actor, p: PlanRow) {
  const { searchVector: _sv, ...rest } = p;
  return { ...rest, statusLabel: PLAN_STATUS_LABELS[p.status as PlanStatus] ?? p.status, abilities: planAbilities(actor, p) };
}

export function presentTask(actor: Actor, t: TaskRow, day: string) {
  const { searchVector: _sv, ...rest } = t;
  const shown = displayStatus(t, day);
  return { ...rest, displayStatus: shown, displayStatusLabel: TASK_DISPLAY_LABELS[shown], overdue: shown === 'overdue', abilities: taskAbilities(actor, t) };
}

export function presentTaskLine(actor: Actor, l: TaskLine, day: string) {
  return { ...presentTask(actor, l.task, day), planTitle: l.planTitle, planYear: l.planYear, activityCount: l.activityCount, lastNote: l.lastNote };
}

/** The plan page: the plan, its tasks and the per-owner progress view. */
export function presentPlanPage(actor: Actor, p: PlanRow, lines: TaskLine[], day: string) {
  return {
    ...presentPlan(actor, p),
    today: day,
    tasks: lines.map((l) => presentTaskLine(actor, l, day)),
    progress: progressByOwner(lines.map((l) => ({ owner: l.task.ownerName, status: l.task.status, dueOn: l.task.dueOn })), day),
  };
}
