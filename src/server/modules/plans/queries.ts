import { and, asc, count, desc, eq, gte, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { toSearchQuery } from '../../../core/search';
import { chinaDay } from '../../../core/time';
import { activities, committees, workPlans, workPlanTaskMeetings, workPlanTaskNotes, workPlanTasks } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/context';
import { meetingsByIds } from '../requests/meeting-refs';
import type { PlanFilter, TaskFilter } from './schemas';
import { containsPattern } from '../../lib/sql';

export type PlanRow = typeof workPlans.$inferSelect;
export type TaskRow = typeof workPlanTasks.$inferSelect;

/** Today in China time: the day overdue is judged against. */
export function today(): string {
  return chinaDay(new Date());
}


export async function loadPlan(db: DbOrTx, actor: Actor, id: string): Promise<PlanRow> {
  const [p] = await db.select().from(workPlans).where(and(eq(workPlans.id, id), eq(workPlans.orgId, actor.orgId)));
  if (!p) throw new AppError('NOT_FOUND', '工作要点不存在');
  return p;
}

/** A task of the plan in the actor's org; a task of another plan or org is NOT_FOUND. */
export async function loadTask(db: DbOrTx, actor: Actor, planId: string, taskId: string): Promise<TaskRow> {
  const [t] = await db
    .select()
    .from(workPlanTasks)
    .where(and(eq(workPlanTasks.id, taskId), eq(workPlanTasks.planId, planId), eq(workPlanTasks.orgId, actor.orgId)));
  if (!t) throw new AppError('NOT_FOUND', '工作任务不存在');
  return t;
}

export async function queryPlans(db: DbOrTx, actor: Actor, f: PlanFilter) {
  const where: SQL[] = [eq(workPlans.orgId, actor.orgId)];
  if (f.archived === 'exclude') where.push(isNull(workPlans.archivedAt));
  if (f.archived === 'only') where.push(isNotNull(workPlans.archivedAt));
  if (f.year) where.push(eq(workPlans.year, f.year));
  if (f.status) where.push(eq(workPlans.status, f.status));
  if (f.q) {
    const tsq = toSearchQuery(f.q);
    if (tsq) where.push(sql`${workPlans.searchVector} @@ to_tsquery('simple', ${tsq})`);
  }
  const cond = and(...where);
  const [{ total }] = await db.select({ total: count() }).from(workPlans).where(cond);
  const rows = await db
    .select({
      plan: workPlans,
      taskCount: sql<number>`(select count(*)::int from ${workPlanTasks} where ${workPlanTasks.planId} = ${workPlans.id} and ${workPlanTasks.archivedAt} is null)`,
      doneCount: sql<number>`(select count(*)::int from ${workPlanTasks} where ${workPlanTasks.planId} = ${workPlans.id} and ${workPlanTasks.archivedAt} is null and ${workPlanTasks.status} = 'done')`,
    })
    .from(workPlans)
    .where(cond)
    .orderBy(desc(workPlans.year), asc(workPlans.title))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total, rows };
}

/** The WHERE clause for tasks; the display status `overdue` is evaluated against `day`. */
export function taskWhere(actor: Actor, f: TaskFilter, day: string): SQL | undefined {
  const where: SQL[] = [eq(workPlanTasks.orgId, actor.orgId)];
  const overdue = sql`(${workPlanTasks.status} <> 'done' and ${workPlanTasks.dueOn} is not null and ${workPlanTasks.dueOn} < ${day})`;
  if (f.archived === 'exclude') where.push(isNull(workPlanTasks.archivedAt));
  if (f.archived === 'only') where.push(isNotNull(workPlanTasks.archivedAt));
  if (f.planId) where.push(eq(workPlanTasks.planId, f.planId));
  if (f.year) where.push(sql`${workPlanTasks.planId} in (select ${workPlans.id} from ${workPlans} where ${workPlans.year} = ${f.year})`);
  if (f.ownerCommitteeId) where.push(eq(workPlanTasks.ownerCommitteeId, f.ownerCommitteeId));
  if (f.owner) where.push(sql`${workPlanTasks.ownerName} ilike ${containsPattern(f.owner)}`);
  if (f.status === 'overdue') where.push(overdue);
  else if (f.status) where.push(and(eq(workPlanTasks.status, f.status), sql`not ${overdue}`)!);
  if (f.dueFrom) where.push(gte(workPlanTasks.dueOn, f.dueFrom));
  if (f.dueTo) where.push(lte(workPlanTasks.dueOn, f.dueTo));
  if (f.q) {
    const tsq = toSearchQuery(f.q);
    if (tsq) where.push(sql`${workPlanTasks.searchVector} @@ to_tsquery('simple', ${tsq})`);
  }
  return and(...where);
}

export interface TaskLine {
  task: TaskRow;
  planTitle: string;
  planYear: number;
  activityCount: number;
  lastNote: string | null;
}

/** Tasks in plan order (all when `page` is undefined), with plan title, activity count and the latest note. */
export async function queryTasks(db: DbOrTx, actor: Actor, f: TaskFilter, page?: { limit: number; offset: number }): Promise<{ lines: TaskLine[]; total: number }> {
  const cond = taskWhere(actor, f, today());
  const [{ total }] = await db.select({ total: count() }).from(workPlanTasks).where(cond);
  let q = db
    .select({
      task: workPlanTasks,
      planTitle: workPlans.title,
      planYear: workPlans.year,
      activityCount: sql<number>`(select count(*)::int from ${activities} where ${activities.workPlanTaskId} = ${workPlanTasks.id} and ${activities.archivedAt} is null)`,
      lastNote: sql<string | null>`(select ${workPlanTaskNotes.body} from ${workPlanTaskNotes} where ${workPlanTaskNotes.taskId} = ${workPlanTasks.id} order by ${workPlanTaskNotes.notedOn} desc, ${workPlanTaskNotes.createdAt} desc limit 1)`,
    })
    .from(workPlanTasks)
    .innerJoin(workPlans, eq(workPlans.id, workPlanTasks.planId))
    .where(cond)
    .orderBy(desc(workPlans.year), asc(workPlans.title), asc(workPlanTasks.sortOrder), asc(workPlanTasks.createdAt), asc(workPlanTasks.id))
    .$dynamic();
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = await q;
  return { total, lines: rows.map((r) => ({ ...r, activityCount: Number(r.activityCount) })) };
}

/** What the task page shows: progress notes, the activities and meetings done for it. */
export async function taskPageParts(db: DbOrTx, actor: Actor, t: TaskRow) {
  const notes = await db.select().from(workPlanTaskNotes).where(eq(workPlanTaskNotes.taskId, t.id)).orderBy(asc(workPlanTaskNotes.notedOn), asc(workPlanTaskNotes.createdAt));
  const acts = await db
    .select({ id: activities.id, kind: activities.kind, title: activities.title, startsOn: activities.startsOn, endsOn: activities.endsOn, status: activities.status })
    .from(activities)
    .where(and(eq(activities.workPlanTaskId, t.id), eq(activities.orgId, actor.orgId), isNull(activities.archivedAt)))
    .orderBy(asc(activities.startsOn));
  const links = await db.select({ meetingId: workPlanTaskMeetings.meetingId }).from(workPlanTaskMeetings).where(eq(workPlanTaskMeetings.taskId, t.id));
  const found = await meetingsByIds(db, actor.orgId, links.map((l) => l.meetingId));
  const meetings = links.map((l) => found.find((m) => m.id === l.meetingId) ?? { id: l.meetingId, kind: '', title: '', startsOn: '', endsOn: null });
  const [committee] = t.ownerCommitteeId ? await db.select({ id: committees.id, name: committees.name }).from(committees).where(eq(committees.id, t.ownerCommitteeId)) : [];
  return { notes, activities: acts, meetings, ownerCommittee: committee ?? null };
}

/** All tasks of a plan (not archived), in plan order — for the plan page and its exports. */
export async function planTasks(db: DbOrTx, actor: Actor, planId: string): Promise<TaskLine[]> {
  return (await queryTasks(db, actor, { planId, archived: 'exclude' })).lines;
}
