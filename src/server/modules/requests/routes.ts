import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { chinaDay } from '../../../core/time';
import type { AppDeps } from '../../deps';
import { buildWorkbook, sendXlsx, stamp } from '../../export/xlsx';
import { ctxOf, type Actor } from '../../lib/context';
import { offsetOf } from '../../lib/paging';
import './attachments';
import { archiveRequest, createRequest, setRequestLinks, updateRequest } from './commands';
import { REQUEST_EXPORT_COLUMNS } from './export';
import { REQUEST_ADMINS, REQUEST_READERS, REQUEST_WRITERS, requestListAbilities } from './policy';
import { presentRequest } from './presenter';
import { complianceView, linksOf, loadRequest, queryRequests, type RequestRow } from './queries';
import { complianceQuery, createRequestBody, idParams, linksBody, requestExportQuery, requestListQuery, updateRequestBody, versionBody } from './schemas';
import './stats';

const tags = ['requests'];

/** 请示报告: the ledger of what went to the party committee, and the compliance view. */
export async function requestRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;
  const page = async (actor: Actor, x: RequestRow) => ({ ...presentRequest(actor, x), ...(await linksOf(db, actor, x.id)) });

  r.get('/api/requests', { schema: { tags, summary: '请示报告台账', querystring: requestListQuery }, config: { access: REQUEST_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const q = req.query;
    const { rows, total } = await queryRequests(db, actor, q, { limit: q.pageSize, offset: offsetOf(q) });
    return { items: rows.map((x) => presentRequest(actor, x)), total, page: q.page, pageSize: q.pageSize, abilities: requestListAbilities(actor) };
  });

  r.get('/api/requests/export.xlsx', { schema: { tags, summary: '导出请示报告台账（Excel）', querystring: requestExportQuery }, config: { access: REQUEST_READERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const { rows } = await queryRequests(db, actor, req.query);
    return sendXlsx(reply, await buildWorkbook('请示报告台账', REQUEST_EXPORT_COLUMNS, rows), `请示报告台账_${stamp()}.xlsx`);
  });

  r.get(
    '/api/requests/compliance',
    { schema: { tags, summary: '事前请示、事后报告落实情况（重要会议和重大活动）', querystring: complianceQuery }, config: { access: REQUEST_READERS } },
    async (req) => {
      const actor = ctxOf(req).actor;
      const day = chinaDay(new Date());
      const all = await complianceView(db, actor, req.query.year, day);
      const items = req.query.show === 'all' ? all : all.filter((i) => i.requestMissing || i.reportMissing);
      return {
        year: req.query.year,
        today: day,
        items,
        total: items.length,
        summary: { major: all.length, requestMissing: all.filter((i) => i.requestMissing).length, reportMissing: all.filter((i) => i.reportMissing).length },
      };
    },
  );

  r.get('/api/requests/:id', { schema: { tags, summary: '请示报告详情', params: idParams }, config: { access: REQUEST_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    return page(actor, await loadRequest(db, actor, req.params.id));
  });

  r.post('/api/requests', { schema: { tags, summary: '登记请示报告', body: createRequestBody }, config: { access: REQUEST_WRITERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const x = await createRequest(deps, ctx, req.body);
    reply.code(201);
    return page(ctx.actor, x);
  });

  r.patch('/api/requests/:id', { schema: { tags, summary: '修改请示报告（含审议结果）', params: idParams, body: updateRequestBody }, config: { access: REQUEST_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return page(ctx.actor, await updateRequest(deps, ctx, req.params.id, req.body));
  });

  r.put('/api/requests/:id/links', { schema: { tags, summary: '设置所涉会议和活动', params: idParams, body: linksBody }, config: { access: REQUEST_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return page(ctx.actor, await setRequestLinks(deps, ctx, req.params.id, req.body));
  });

  for (const op of ['archive', 'restore'] as const) {
    r.post(
      `/api/requests/:id/${op}`,
      { schema: { tags, summary: op === 'archive' ? '归档请示报告' : '恢复请示报告', params: idParams, body: versionBody }, config: { access: op === 'archive' ? REQUEST_WRITERS : REQUEST_ADMINS } },
      async (req) => {
        const ctx = ctxOf(req);
        return page(ctx.actor, await archiveRequest(deps, ctx, req.params.id, op, req.body));
      },
    );
  }
}
