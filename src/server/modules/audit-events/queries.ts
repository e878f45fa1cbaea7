import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import type { DbOrTx } from '../../db/client';
import { auditEvents } from '../../db/schema';
import type { Actor } from '../../lib/context';
import { offsetOf } from '../../lib/paging';

export interface AuditQuery {
  page: number;
  pageSize: number;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The caller's org's audit trail, newest first. `from` is inclusive, `to` exclusive. */
export async function listAuditEvents(db: DbOrTx, actor: Actor, q: AuditQuery) {
  const where: SQL[] = [eq(auditEvents.orgId, actor.orgId)];
  if (q.actorId) where.push(eq(auditEvents.actorId, q.actorId));
  if (q.targetType) where.push(eq(auditEvents.targetType, q.targetType));
  if (q.targetId) where.push(eq(auditEvents.targetId, q.targetId));
  if (q.action) where.push(eq(auditEvents.action, q.action));
  if (q.from) where.push(gte(auditEvents.at, new Date(q.from)));
  if (q.to) where.push(lt(auditEvents.at, new Date(q.to)));
  const cond = and(...where);
  const [{ total }] = await db.select({ total: count() }).from(auditEvents).where(cond);
  const rows = await db.select().from(auditEvents).where(cond).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(q.pageSize).offset(offsetOf(q));
  return { rows, total };
}

export async function loadAuditEvent(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db.select().from(auditEvents).where(and(eq(auditEvents.id, id), eq(auditEvents.orgId, actor.orgId)));
  if (!row) throw new AppError('NOT_FOUND', '日志不存在');
  return row;
}
