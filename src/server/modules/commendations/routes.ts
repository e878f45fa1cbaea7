import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../core/errors';
import { members } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { buildWorkbook, sendXlsx, stamp } from '../../export/xlsx';
import { ctxOf } from '../../lib/context';
import { offsetOf } from '../../lib/paging';
import './attachments';
import { archiveCommendation, createCommendation, updateCommendation } from './commands';
import { COMMENDATION_EXPORT_COLUMNS } from './export';
import { COMMENDATION_ADMINS, COMMENDATION_READERS, COMMENDATION_WRITERS, commendationListAbilities, mayReadMemberCommendations } from './policy';
import { presentCommendation } from './presenter';
import { loadCommendation, memberCommendations, queryCommendations } from './queries';
import { commendationExportQuery, commendationListQuery, createCommendationBody, idParams, updateCommendationBody, versionBody } from './schemas';
import './stats';

const tags = ['commendations'];

/** 表彰: excellent members, excellent staff, advanced units and collectives, per year. */
export async function commendationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  r.get('/api/commendations', { schema: { tags, summary: '表彰名单（按年度、类别筛选）', querystring: commendationListQuery }, config: { access: COMMENDATION_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const q = req.query;
    const { rows, total } = await queryCommendations(db, actor, q, { limit: q.pageSize, offset: offsetOf(q) });
    return { items: rows.map((c) => presentCommendation(actor, c)), total, page: q.page, pageSize: q.pageSize, abilities: commendationListAbilities(actor) };
  });

  r.get('/api/commendations/export.xlsx', { schema: { tags, summary: '导出表彰名单（Excel）', querystring: commendationExportQuery }, config: { access: COMMENDATION_READERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const { rows } = await queryCommendations(db, actor, req.query);
    return sendXlsx(reply, await buildWorkbook('表彰名单', COMMENDATION_EXPORT_COLUMNS, rows), `表彰名单_${stamp()}.xlsx`);
  });

  r.get('/api/commendations/:id', { schema: { tags, summary: '表彰详情', params: idParams }, config: { access: COMMENDATION_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    return presentCommendation(actor, await loadCommendation(db, actor, req.params.id));
  });

  r.get('/api/members/:id/commendations', { schema: { tags, summary: '委员获得的表彰', params: idParams }, config: { access: COMMENDATION_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const [m] = await db.select({ id: members.id }).from(members).where(and(eq(members.id, req.params.id), eq(members.orgId, actor.orgId)));
    if (!m || !mayReadMemberCommendations(actor, m.id)) throw new AppError('NOT_FOUND', '委员不存在');
    const items = await memberCommendations(db, actor, m.id);
    return { items, total: items.length };
  });

  r.post('/api/commendations', { schema: { tags, summary: '登记表彰', body: createCommendationBody }, config: { access: COMMENDATION_WRITERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const c = await createCommendation(deps, ctx, req.body);
    reply.code(201);
    return presentCommendation(ctx.actor, c);
  });

  r.patch('/api/commendations/:id', { schema: { tags, summary: '修改表彰记录', params: idParams, body: updateCommendationBody }, config: { access: COMMENDATION_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return presentCommendation(ctx.actor, await updateCommendation(deps, ctx, req.params.id, req.body));
  });

  for (const op of ['archive', 'restore'] as const) {
    r.post(
      `/api/commendations/:id/${op}`,
      { schema: { tags, summary: op === 'archive' ? '归档表彰记录' : '恢复表彰记录', params: idParams, body: versionBody }, config: { access: op === 'archive' ? COMMENDATION_WRITERS : COMMENDATION_ADMINS } },
      async (req) => {
        const ctx = ctxOf(req);
        return presentCommendation(ctx.actor, await archiveCommendation(deps, ctx, req.params.id, op, req.body));
      },
    );
  }
}
