import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { buildWorkbook, sendXlsx, stamp } from '../../export/xlsx';
import { ctxOf, type Actor } from '../../lib/context';
import { offsetOf } from '../../lib/paging';
import './attachments';
import { addInstitutionVersion, archiveInstitution, createInstitution, transitionInstitution, updateInstitution } from './commands';
import { INSTITUTION_EXPORT_COLUMNS } from './export';
import { INSTITUTION_ADMINS, INSTITUTION_READERS, INSTITUTION_WRITERS, institutionListAbilities } from './policy';
import { presentInstitution, presentInstitutionPage } from './presenter';
import { loadInstitution, queryInstitutions, versionsOf, type InstitutionRow } from './queries';
import { addVersionBody, createInstitutionBody, idParams, institutionExportQuery, institutionListQuery, publishBody, repealBody, updateInstitutionBody, versionBody } from './schemas';
import './stats';

const tags = ['institutions'];

/** 制度: the org's rules with versions, effective dates and status (draft → in force → repealed). */
export async function institutionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;
  const page = async (actor: Actor, x: InstitutionRow) => presentInstitutionPage(actor, x, await versionsOf(db, x.id));

  r.get('/api/institutions', { schema: { tags, summary: '制度库（可按类别、状态、施行日期筛选，中文全文检索）', querystring: institutionListQuery }, config: { access: INSTITUTION_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const q = req.query;
    const { rows, total } = await queryInstitutions(db, actor, q, { limit: q.pageSize, offset: offsetOf(q) });
    return { items: rows.map((x) => presentInstitution(actor, x)), total, page: q.page, pageSize: q.pageSize, abilities: institutionListAbilities(actor) };
  });

  r.get('/api/institutions/export.xlsx', { schema: { tags, summary: '导出制度目录（Excel）', querystring: institutionExportQuery }, config: { access: INSTITUTION_READERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const { rows } = await queryInstitutions(db, actor, req.query);
    return sendXlsx(reply, await buildWorkbook('制度目录', INSTITUTION_EXPORT_COLUMNS, rows), `制度目录_${stamp()}.xlsx`);
  });

  r.get('/api/institutions/:id', { schema: { tags, summary: '制度详情（含现行文本和修订记录）', params: idParams }, config: { access: INSTITUTION_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    return page(actor, await loadInstitution(db, actor, req.params.id));
  });

  r.post('/api/institutions', { schema: { tags, summary: '新建制度（草案）', body: createInstitutionBody }, config: { access: INSTITUTION_WRITERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const x = await createInstitution(deps, ctx, req.body);
    reply.code(201);
    return page(ctx.actor, x);
  });

  r.patch('/api/institutions/:id', { schema: { tags, summary: '修改制度信息', params: idParams, body: updateInstitutionBody }, config: { access: INSTITUTION_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return page(ctx.actor, await updateInstitution(deps, ctx, req.params.id, req.body));
  });

  r.post('/api/institutions/:id/versions', { schema: { tags, summary: '修订制度（新增版本）', params: idParams, body: addVersionBody }, config: { access: INSTITUTION_WRITERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const { institution } = await addInstitutionVersion(deps, ctx, req.params.id, req.body);
    reply.code(201);
    return page(ctx.actor, institution);
  });

  r.post('/api/institutions/:id/publish', { schema: { tags, summary: '发布施行制度', params: idParams, body: publishBody }, config: { access: INSTITUTION_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return page(ctx.actor, await transitionInstitution(deps, ctx, req.params.id, 'publish', req.body));
  });

  r.post('/api/institutions/:id/repeal', { schema: { tags, summary: '废止制度', params: idParams, body: repealBody }, config: { access: INSTITUTION_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return page(ctx.actor, await transitionInstitution(deps, ctx, req.params.id, 'repeal', req.body));
  });

  for (const op of ['archive', 'restore'] as const) {
    r.post(
      `/api/institutions/:id/${op}`,
      { schema: { tags, summary: op === 'archive' ? '归档制度' : '恢复制度', params: idParams, body: versionBody }, config: { access: op === 'archive' ? INSTITUTION_WRITERS : INSTITUTION_ADMINS } },
      async (req) => {
        const ctx = ctxOf(req);
        return page(ctx.actor, await archiveInstitution(deps, ctx, req.params.id, op, req.body));
      },
    );
  }
}
