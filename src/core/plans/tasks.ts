/**
 * Work plans (工作要点 / 台账, RULES §9): a year's priorities broken into tasks with an owner, a
 * due date and progress. `overdue` is not stored: it is derived from the due date, so it can
 * never be stale.
 */
export const TASK_STATUSES = ['notStarted', 'inProgress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = { notStarted: '未开始', inProgress: '推进中', done: '已完成' };

/** What a list or plan view shows: the stored status, or overdue when past due and not done. */
export const TASK_DISPLAY_STATUSES = [...TASK_STATUSES, 'overdue'] as const;
export type TaskDisplayStatus = (typeof TASK_DISPLAY_STATUSES)[number];
export const TASK_DISPLAY_LABELS: Record<TaskDisplayStatus, string> = { ...TASK_STATUS_LABELS, overdue: '已逾期' };

/** notStarted → inProgress → done; a done task may be reopened, a started one set back. */
export const TASK_TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  notStarted: ['inProgress', 'done'],
  inProgress: ['done', 'notStarted'],
  done: ['inProgress'],
};

export function canTransitionTask(from: string, to: string): boolean {
  return (TASK_TRANSITIONS[from as TaskStatus] ?? []).includes(to as TaskStatus);
}

export function allowedTaskTransitions(from: string): TaskStatus[] {
  return [...(TASK_TRANSITIONS[from as TaskStatus] ?? [])];
}

/** Overdue: not done and the due day is before `today` (both China-time YYYY-MM-DD). */
export function isOverdue(task: { status: string; dueOn: string | null }, today: string): boolean {
  return task.status !== 'done' && !!task.dueOn && task.dueOn < today;
}

export function displayStatus(task: { status: string; dueOn: string | null }, today: string): TaskDisplayStatus {
  if (isOverdue(task, today)) return 'overdue';
  return (TASK_STATUSES as readonly string[]).includes(task.status) ? (task.status as TaskStatus) : 'notStarted';
}

export interface OwnerProgress {
  owner: string;
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

/**
 * The plan view: per owner, how many tasks are done / in progress / not started / overdue.
 * Each task counts once, under its display status. Owners in first-seen order; blank → 未指定.
 */
export function progressByOwner(tasks: Array<{ owner: string; status: string; dueOn: string | null }>, today: string): { owners: OwnerProgress[]; totals: Omit<OwnerProgress, 'owner'> } {
  const map = new Map<string, OwnerProgress>();
  const totals = { total: 0, done: 0, inProgress: 0, notStarted: 0, overdue: 0 };
  for (const t of tasks) {
    const owner = t.owner.trim() || '未指定';
    const row = map.get(owner) ?? { owner, total: 0, done: 0, inProgress: 0, notStarted: 0, overdue: 0 };
    const s = displayStatus(t, today);
    row.total++;
    row[s]++;
    totals.total++;
    totals[s]++;
    map.set(owner, row);
  }
  return { owners: [...map.values()], totals };
}

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { draft: '起草中', active: '执行中', closed: '已结束' };
export const PLAN_TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = { draft: ['active'], active: ['closed', 'draft'], closed: ['active'] };

export function canTransitionPlan(from: string, to: string): boolean {
  return (PLAN_TRANSITIONS[from as PlanStatus] ?? []).includes(to as PlanStatus);
}
