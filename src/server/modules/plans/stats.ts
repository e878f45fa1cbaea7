import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { displayStatus, TASK_DISPLAY_STATUSES } from '../../../core/plans/tasks';
import { workPlans, workPlanTasks } from '../../db/schema';
import { defineStat, type StatRecord } from '../../stats/registry';
import { today } from './queries';

/**
 * 工作任务数: tasks due in the period (a task without a due day counts on 31 Dec of its plan's
 * year), optionally of one status as shown today (done / inProgress / notStarted / overdue) and of
 * one plan. Archived tasks and plans do not count.
 */
export const workPlanTasksStat = defineStat({
  name: 'workPlans.tasks',
  label: '工作任务数',
  unit: '项',
  params: z.object({ status: z.enum(TASK_DISPLAY_STATUSES).optional(), planId: z.uuid().optional() }),
  async records(db, scope, p) {
    const day = sql<string>`coalesce(${workPlanTasks.dueOn}, make_date(${workPlans.year}, 12, 31))`;
    const where = [inArray(workPlanTasks.orgId, scope.orgIds), isNull(workPlanTasks.archivedAt), isNull(workPlans.archivedAt), sql`${day} between ${scope.from}::date and ${scope.to}::date`];
    if (p.planId) where.push(eq(workPlanTasks.planId, p.planId));
    const rows = await db
      .select({ id: workPlanTasks.id, title: workPlanTasks.title, status: workPlanTasks.status, dueOn: workPlanTasks.dueOn, planId: workPlanTasks.planId, orgId: workPlanTasks.orgId, day: sql<string>`to_char(${day}, 'YYYY-MM-DD')` })
      .from(workPlanTasks)
      .innerJoin(workPlans, eq(workPlans.id, workPlanTasks.planId))
      .where(and(...where));
    const now = today();
    return rows
      .filter((r) => !p.status || displayStatus(r, now) === p.status)
      .map((r): StatRecord => ({ id: r.id, type: 'workPlanTask', title: r.title, date: r.day, orgId: r.orgId, link: `/work-plans/${r.planId}/tasks/${r.id}` }));
  },
});
