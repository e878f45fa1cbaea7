import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import type { Db } from '../../db/client';
import { notifications } from '../../db/schema';
import type { Actor } from '../../lib/context';

/*
 * Marking one's own notifications read changes personal inbox state, not an official record:
 * no version, no audit row (it would flood the trail with one row per click).
 */

export async function markRead(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const [n] = await tx.select().from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId), eq(notifications.orgId, actor.orgId)));
    if (!n) throw new AppError('NOT_FOUND', '通知不存在');
    if (n.readAt) return n;
    const [after] = await tx.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, n.id)).returning();
    return after;
  });
}

export async function markAllRead(db: Db, actor: Actor): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, actor.userId), eq(notifications.orgId, actor.orgId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
