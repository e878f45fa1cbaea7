import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../../core/roles';
import type { AppDeps } from '../../deps';
import { ctxOf } from '../../lib/context';
import { pagingQuery } from '../../lib/paging';
import { listAuditEvents, loadAuditEvent } from './queries';

const READERS: readonly Role[] = ['officeAdmin', 'auditor'];
const instant = z.iso.datetime({ offset: true });
const token = z.string().trim().min(1).max(100);

/**
 * The audit trail (留痕), read-only: there is deliberately no write route, and the database
 * refuses UPDATE and DELETE on audit_events (migration 0001).
 */
export async function auditEventRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  r.get(
    '/api/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: '操作日志（最新在前）',
        querystring: z.strictObject({
          ...pagingQuery,
          actorId: z.uuid().optional(),
          targetType: token.optional(),
          targetId: token.optional(),
          action: token.optional(),
          from: instant.optional(),
          to: instant.optional(),
        }),
      },
      config: { access: READERS },
    },
    async (req) => {
      const actor = ctxOf(req).actor;
      const { rows, total } = await listAuditEvents(db, actor, req.query);
      return { items: rows.map((e) => ({ ...e, abilities: {} })), total, page: req.query.page, pageSize: req.query.pageSize, abilities: {} };
    },
  );

  r.get(
    '/api/audit-events/:id',
    { schema: { tags: ['audit'], summary: '操作日志详情', params: z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }) }, config: { access: READERS } },
    async (req) => {
      const actor = ctxOf(req).actor;
      return { ...(await loadAuditEvent(db, actor, req.params.id)), abilities: {} };
    },
  );
}
