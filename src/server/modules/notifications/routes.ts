import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../../core/roles';
import type { notifications } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { ctxOf } from '../../lib/context';
import { pagingQuery } from '../../lib/paging';
import { markAllRead, markRead } from './commands';
import { listInbox, listOutbox, unreadCount } from './queries';

export const OUTBOX_STATUSES = ['pending', 'sent', 'recorded', 'failed'] as const;
const OUTBOX_READERS: readonly Role[] = ['officeAdmin'];

const present = (n: typeof notifications.$inferSelect) => ({ ...n, abilities: { markRead: !n.readAt } });

/** The caller's inbox and, for the org admin, the outbox of SMS / email. */
export async function notificationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  r.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: '我的通知',
        querystring: z.strictObject({ ...pagingQuery, unread: z.enum(['true', 'false']).default('false') }),
      },
    },
    async (req) => {
      const actor = ctxOf(req).actor;
      const { rows, total } = await listInbox(db, actor, { ...req.query, unread: req.query.unread === 'true' });
      return { items: rows.map(present), total, page: req.query.page, pageSize: req.query.pageSize, unread: await unreadCount(db, actor), abilities: { readAll: true } };
    },
  );

  r.get('/api/notifications/unread-count', { schema: { tags: ['notifications'], summary: '未读通知数' } }, async (req) => ({ count: await unreadCount(db, ctxOf(req).actor) }));

  r.post('/api/notifications/read-all', { schema: { tags: ['notifications'], summary: '全部标为已读' } }, async (req) => ({ updated: await markAllRead(db, ctxOf(req).actor) }));

  r.post('/api/notifications/:id/read', { schema: { tags: ['notifications'], summary: '标为已读', params: z.object({ id: z.uuid() }) } }, async (req) =>
    present(await markRead(db, ctxOf(req).actor, req.params.id)),
  );

  r.get(
    '/api/outbox',
    {
      schema: {
        tags: ['notifications'],
        summary: '短信/邮件发送记录（recorded：未配置发送渠道，仅记录）',
        querystring: z.strictObject({ ...pagingQuery, status: z.enum(OUTBOX_STATUSES).optional(), channel: z.enum(['sms', 'email']).optional() }),
      },
      config: { access: OUTBOX_READERS },
    },
    async (req) => {
      const actor = ctxOf(req).actor;
      const { rows, total } = await listOutbox(db, actor, req.query);
      return { items: rows.map((m) => ({ ...m, abilities: {} })), total, page: req.query.page, pageSize: req.query.pageSize, abilities: {} };
    },
  );
}
