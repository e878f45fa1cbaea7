import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import type { DbOrTx } from '../../db/client';
import { attachments } from '../../db/schema';
import type { Actor } from '../../lib/context';
import { offsetOf } from '../../lib/paging';
import { assertOwnerAccess } from './owners';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function listAttachments(db: DbOrTx, actor: Actor, q: { ownerType: string; ownerId: string; includeArchived: boolean; page: number; pageSize: number }) {
  const where: SQL[] = [eq(attachments.orgId, actor.orgId), eq(attachments.ownerType, q.ownerType), eq(attachments.ownerId, q.ownerId)];
  if (!q.includeArchived) where.push(isNull(attachments.archivedAt));
  const cond = and(...where);
  const [{ total }] = await db.select({ total: count() }).from(attachments).where(cond);
  const rows = await db.select().from(attachments).where(cond).orderBy(desc(attachments.createdAt), desc(attachments.id)).limit(q.pageSize).offset(offsetOf(q));
  return { rows, total };
}

/** One attachment the actor may read (through its owner); anything else is NOT_FOUND. */
export async function loadReadableAttachment(db: DbOrTx, actor: Actor, id: string): Promise<AttachmentRow> {
  const [row] = await db.select().from(attachments).where(and(eq(attachments.id, id), eq(attachments.orgId, actor.orgId)));
  if (!row) throw new AppError('NOT_FOUND', '附件不存在');
  await assertOwnerAccess(actor, row.ownerType, row.ownerId, 'read', db).catch(() => {
    throw new AppError('NOT_FOUND', '附件不存在');
  });
  return row;
}
