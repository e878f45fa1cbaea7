import { and, eq } from 'drizzle-orm';
import { hasAnyRole } from '../../../core/roles';
import { workPlanTasks } from '../../db/schema';
import { registerAttachmentOwner } from '../attachments/owners';
import { PLAN_READERS, PLAN_WRITERS } from './policy';

/** Files of a work-plan task (evidence of what was done): plan readers read, the office keeps them. */
registerAttachmentOwner('workPlanTask', {
  label: '工作任务',
  async canRead(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, PLAN_READERS)) return false;
    const [t] = await tx.select({ id: workPlanTasks.id }).from(workPlanTasks).where(and(eq(workPlanTasks.id, ownerId), eq(workPlanTasks.orgId, actor.orgId)));
    return !!t;
  },
  async canWrite(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, PLAN_WRITERS)) return false;
    const [t] = await tx.select({ archivedAt: workPlanTasks.archivedAt }).from(workPlanTasks).where(and(eq(workPlanTasks.id, ownerId), eq(workPlanTasks.orgId, actor.orgId)));
    return !!t && !t.archivedAt;
  },
});
