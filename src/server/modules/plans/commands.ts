import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { canTransitionPlan, canTransitionTask, PLAN_STATUS_LABELS, TASK_STATUS_LABELS, type PlanStatus, type TaskStatus } from '../../../core/plans/tasks';
import { toSearchText } from '../../../core/search';
import { audit, diff, snapshot } from '../../audit/record';
import { committees, workPlans, workPlanTaskMeetings, workPlanTaskNotes, workPlanTasks } from '../../db/schema';
import type { DbOrTx, Tx } from '../../db/client';
import type { AppDeps } from '../../deps';
import type { Ctx } from '../../lib/context';
import { assertMeetingsInOrg } from '../requests/meeting-refs';
import { loadPlan, loadTask, today, type PlanRow, type TaskRow } from './queries';
import type { CreateTaskInput, UpdateTaskInput } from './schemas';

const planVector = (p: { title: string; description?: string | null; year: number }) => sql`to_tsvector('simple', ${toSearchText(p.title, p.description, `${p.year}年`)})`;
const taskVector = (t: { title: string; description?: string | null; section?: string | null; ownerName?: string | null }) =>
  sql`to_tsvector('simple', ${toSearchText(t.title, t.section, t.description, t.ownerName)})`;

async function casPlan(tx: Tx, before: PlanRow, version: number, set: Partial<typeof workPlans.$inferInsert>): Promise<PlanRow> {
  const rows = await tx
    .update(workPlans)
    .set({ ...set, version: sql`${workPlans.version} + 1`, updatedAt: new Date() })
    .where(and(eq(workPlans.id, before.id), eq(workPlans.version, version)))
    .returning();
  if (!rows.length) throw new AppError('CONFLICT');
  return rows[0];
}

async function casTask(tx: Tx, before: TaskRow, version: number, set: Partial<typeof workPlanTasks.$inferInsert>): Promise<TaskRow> {
  const rows = await tx
    .update(workPlanTasks)
    .set({ ...set, version: sql`${workPlanTasks.version} + 1`, updatedAt: new Date() })
    .where(and(eq(workPlanTasks.id, before.id), eq(workPlanTasks.version, version)))
    .returning();
  if (!rows.length) throw new AppError('CONFLICT');
  return rows[0];
}

export async function createPlan(deps: AppDeps, ctx: Ctx, input: { year: number; title: string; description?: string; status: PlanStatus }): Promise<PlanRow> {
  return deps.db.db.transaction(async (tx) => {
    const [p] = await tx
      .insert(workPlans)
      .values({ ...input, orgId: ctx.actor.orgId, searchVector: planVector(input) as unknown as string })
      .returning();
    await audit(tx, ctx, { action: 'workPlan.create', targetType: 'workPlan', targetId: p.id, targetLabel: p.title, changes: snapshot(p) });
    return p;
  });
}

export async function updatePlan(deps: AppDeps, ctx: Ctx, id: string, body: { version: number; year?: number; title?: string; description?: string }): Promise<PlanRow> {
  const { version, ...input } = body;
  return deps.db.db.transaction(async (tx) => {
    const before = await loadPlan(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '工作要点已归档，请先恢复');
    const after = await casPlan(tx, before, version, { ...input, searchVector: planVector({ ...before, ...input }) as unknown as string });
    await audit(tx, ctx, { action: 'workPlan.update', targetType: 'workPlan', targetId: before.id, targetLabel: after.title, changes: diff(before, after) });
    return after;
  });
}

export async function transitionPlan(deps: AppDeps, ctx: Ctx, id: string, body: { version: number; to: PlanStatus }): Promise<PlanRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadPlan(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '工作要点已归档，请先恢复');
    if (!canTransitionPlan(before.status, body.to))
      throw new AppError('INVALID_STATE', `工作要点当前为“${PLAN_STATUS_LABELS[before.status as PlanStatus] ?? before.status}”，不能改为“${PLAN_STATUS_LABELS[body.to]}”`);
    const after = await casPlan(tx, before, body.version, { status: body.to });
    await audit(tx, ctx, { action: 'workPlan.transition', targetType: 'workPlan', targetId: before.id, targetLabel: before.title, changes: { status: { from: before.status, to: body.to } } });
    return after;
  });
}

export async function archivePlan(deps: AppDeps, ctx: Ctx, id: string, op: 'archive' | 'restore', body: { version: number; reason?: string }): Promise<PlanRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadPlan(tx, ctx.actor, id);
    if ((op === 'archive') === !!before.archivedAt) throw new AppError('INVALID_STATE', op === 'archive' ? '工作要点已归档' : '工作要点未归档');
    const after = await casPlan(tx, before, body.version, { archivedAt: op === 'archive' ? new Date() : null });
    await audit(tx, ctx, { action: `workPlan.${op}`, targetType: 'workPlan', targetId: before.id, targetLabel: before.title, changes: body.reason ? { reason: body.reason } : null });
    return after;
  });
}

/** The owner name to store: the given text, else the committee's name. */
async function ownerNameOf(tx: DbOrTx, orgId: string, committeeId: string | null | undefined, given: string | undefined): Promise<string | undefined> {
  if (!committeeId) return given;
  const [c] = await tx.select({ name: committees.name }).from(committees).where(and(eq(committees.id, committeeId), eq(committees.orgId, orgId)));
  if (!c) throw new AppError('VALIDATION_FAILED', '专委会不存在');
  return given || c.name;
}

export async function createTask(deps: AppDeps, ctx: Ctx, planId: string, input: CreateTaskInput): Promise<TaskRow> {
  return deps.db.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, ctx.actor, planId);
    if (plan.archivedAt || plan.status === 'closed') throw new AppError('INVALID_STATE', '工作要点已结束或已归档，不能新增任务');
    const ownerName = (await ownerNameOf(tx, ctx.actor.orgId, input.ownerCommitteeId, input.ownerName)) ?? '';
    let sortOrder = input.sortOrder;
    if (sortOrder === undefined) {
      const [{ max }] = await tx.select({ max: sql<number>`coalesce(max(${workPlanTasks.sortOrder}), 0)::int` }).from(workPlanTasks).where(eq(workPlanTasks.planId, plan.id));
      sortOrder = Number(max) + 10;
    }
    const values = { ...input, ownerName, sortOrder, orgId: ctx.actor.orgId, planId: plan.id };
    const [t] = await tx
      .insert(workPlanTasks)
      .values({ ...values, searchVector: taskVector(values) as unknown as string })
      .returning();
    await audit(tx, ctx, { action: 'workPlanTask.create', targetType: 'workPlanTask', targetId: t.id, targetLabel: t.title, changes: snapshot(t) });
    return t;
  });
}

export async function updateTask(deps: AppDeps, ctx: Ctx, planId: string, taskId: string, body: UpdateTaskInput): Promise<TaskRow> {
  const { version, ...input } = body;
  return deps.db.db.transaction(async (tx) => {
    const before = await loadTask(tx, ctx.actor, planId, taskId);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '工作任务已归档，请先恢复');
    const merged = { ...before, ...input };
    const ownerName = 'ownerCommitteeId' in input || 'ownerName' in input ? ((await ownerNameOf(tx, ctx.actor.orgId, merged.ownerCommitteeId, input.ownerName)) ?? merged.ownerName) : before.ownerName;
    const after = await casTask(tx, before, version, { ...input, ownerName, searchVector: taskVector({ ...merged, ownerName }) as unknown as string });
    await audit(tx, ctx, { action: 'workPlanTask.update', targetType: 'workPlanTask', targetId: before.id, targetLabel: after.title, changes: diff(before, after) });
    return after;
  });
}

async function appendNote(tx: Tx, ctx: Ctx, taskId: string, body: string, notedOn?: string): Promise<void> {
  await tx.insert(workPlanTaskNotes).values({ orgId: ctx.actor.orgId, taskId, body, notedOn: notedOn ?? today(), authorId: ctx.actor.userId, authorName: ctx.actor.displayName });
}

/** 变更任务状态 along the transition table, with an optional progress note; done sets the completion day. */
export async function transitionTask(deps: AppDeps, ctx: Ctx, planId: string, taskId: string, body: { version: number; to: TaskStatus; note?: string; on?: string }): Promise<TaskRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadTask(tx, ctx.actor, planId, taskId);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '工作任务已归档，请先恢复');
    if (!canTransitionTask(before.status, body.to))
      throw new AppError('INVALID_STATE', `任务当前为“${TASK_STATUS_LABELS[before.status as TaskStatus] ?? before.status}”，不能改为“${TASK_STATUS_LABELS[body.to]}”`);
    const after = await casTask(tx, before, body.version, { status: body.to, completedOn: body.to === 'done' ? (body.on ?? today()) : null });
    if (body.note) await appendNote(tx, ctx, before.id, body.note, body.on);
    await audit(tx, ctx, { action: 'workPlanTask.transition', targetType: 'workPlanTask', targetId: before.id, targetLabel: before.title, changes: { status: { from: before.status, to: body.to }, note: body.note ?? null } });
    return after;
  });
}

/** 记录推进情况: appends a progress note (notes are never edited). */
export async function addTaskNote(deps: AppDeps, ctx: Ctx, planId: string, taskId: string, body: { version: number; body: string; notedOn?: string }): Promise<TaskRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadTask(tx, ctx.actor, planId, taskId);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '工作任务已归档，请先恢复');
    const after = await casTask(tx, before, body.version, {});
    await appendNote(tx, ctx, before.id, body.body, body.notedOn);
    await audit(tx, ctx, { action: 'workPlanTask.note', targetType: 'workPlanTask', targetId: before.id, targetLabel: before.title, changes: { note: body.body, notedOn: body.notedOn ?? null } });
    return after;
  });
}

/** 关联会议: sets the meetings that fulfil the task. */
export async function setTaskMeetings(deps: AppDeps, ctx: Ctx, planId: string, taskId: string, body: { version: number; meetingIds: string[] }): Promise<TaskRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadTask(tx, ctx.actor, planId, taskId);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '工作任务已归档，请先恢复');
    const ids = [...new Set(body.meetingIds)];
    await assertMeetingsInOrg(tx, ctx.actor.orgId, ids);
    const after = await casTask(tx, before, body.version, {});
    const old = await tx.select({ meetingId: workPlanTaskMeetings.meetingId }).from(workPlanTaskMeetings).where(eq(workPlanTaskMeetings.taskId, before.id));
    await tx.delete(workPlanTaskMeetings).where(eq(workPlanTaskMeetings.taskId, before.id));
    if (ids.length) await tx.insert(workPlanTaskMeetings).values(ids.map((meetingId) => ({ orgId: ctx.actor.orgId, taskId: before.id, meetingId, createdBy: ctx.actor.userId })));
    await audit(tx, ctx, { action: 'workPlanTask.meetings', targetType: 'workPlanTask', targetId: before.id, targetLabel: before.title, changes: { meetingIds: { from: old.map((o) => o.meetingId), to: ids } } });
    return after;
  });
}

export async function archiveTask(deps: AppDeps, ctx: Ctx, planId: string, taskId: string, op: 'archive' | 'restore', body: { version: number; reason?: string }): Promise<TaskRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadTask(tx, ctx.actor, planId, taskId);
    if ((op === 'archive') === !!before.archivedAt) throw new AppError('INVALID_STATE', op === 'archive' ? '工作任务已归档' : '工作任务未归档');
    const after = await casTask(tx, before, body.version, { archivedAt: op === 'archive' ? new Date() : null });
    await audit(tx, ctx, { action: `workPlanTask.${op}`, targetType: 'workPlanTask', targetId: before.id, targetLabel: before.title, changes: body.reason ? { reason: body.reason } : null });
    return after;
  });
}
