import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { notifications, outboxMessages } from '../../db/schema';
import type { Actor } from '../../lib/context';
import { offsetOf } from '../../lib/paging';

/** The caller's own inbox, newest first. */
export async function listInbox(db: DbOrTx, actor: Actor, q: { unread: boolean; page: number; pageSize: number }) {
  const where: SQL[] = [eq(notifications.userId, actor.userId), eq(notifications.orgId, actor.orgId)];
  if (q.unread) where.push(isNull(notifications.readAt));
  const cond = and(...where);
  const [{ total }] = await db.select({ total: count() }).from(notifications).where(cond);
  const rows = await db.select().from(notifications).where(cond).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(q.pageSize).offset(offsetOf(q));
  return { rows, total };
}

export async function unreadCount(db: DbOrTx, actor: Actor): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), eq(notifications.orgId, actor.orgId), isNull(notifications.readAt)));
  return n;
}

/** The org's outgoing SMS / email, newest first. */
export async function listOutbox(db: DbOrTx, actor: Actor, q: { status?: string; channel?: string; page: number; pageSize: number }) {
  const where: SQL[] = [eq(outboxMessages.orgId, actor.orgId)];
  if (q.status) where.push(eq(outboxMessages.status, q.status));
  if (q.channel) where.push(eq(outboxMessages.channel, q.channel));
  const cond = and(...where);
  const [{ total }] = await db.select({ total: count() }).from(outboxMessages).where(cond);
  const rows = await db.select().from(outboxMessages).where(cond).orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id)).limit(q.pageSize).offset(offsetOf(q));
  return { rows, total };
}
