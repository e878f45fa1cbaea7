import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../core/errors';
import type { AppDeps } from '../../deps';
import { buildWorkbook, sendXlsx, stamp } from '../../export/xlsx';
import { ctxOf, type Actor } from '../../lib/context';
import { offsetOf } from '../../lib/paging';
import { archiveMember } from './commands/archive';
import { changeMembership } from './commands/change-membership';
import { createMember } from './commands/create';
import { setMemberCommittees } from './commands/set-committees';
import { updateMember } from './commands/update';
import { ROSTER_EXPORT_COLUMNS } from './export';
import { ROSTER_EXPORTERS, ROSTER_READERS, ROSTER_RESTORERS, ROSTER_WRITERS, rosterAbilities } from './policy';
import { presentMemberPage, presentRosterItem, type MemberRow } from './presenter';
import { loadMember, memberPageParts, queryRoster } from './queries';
import { memberCommendations } from '../commendations/queries';
import { archiveBody, createMemberBody, idParams, membershipChangeBody, rosterExportQuery, rosterListQuery, setCommitteesBody, updateMemberBody } from './schemas';

const tags = ['members'];

/** 委员名册: roster list, member page, profile writes, committees, membership changes, export. */
export async function memberRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;
  const page = async (actor: Actor, m: MemberRow) => presentMemberPage(actor, m, { ...(await memberPageParts(db, m)), commendations: await memberCommendations(db, actor, m.id) });

  r.get('/api/members', { schema: { tags, summary: '委员名册', querystring: rosterListQuery }, config: { access: ROSTER_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const q = req.query;
    const { lines, total } = await queryRoster(db, actor, q, { limit: q.pageSize, offset: offsetOf(q) });
    return { items: lines.map((l) => presentRosterItem(actor, l.member, l)), total, page: q.page, pageSize: q.pageSize, abilities: rosterAbilities(actor) };
  });

  r.get('/api/members/me', { schema: { tags, summary: '我的委员信息' }, config: { access: ['member'] } }, async (req) => {
    const actor = ctxOf(req).actor;
    if (!actor.memberId) throw new AppError('NOT_FOUND', '当前账号未关联委员');
    return page(actor, await loadMember(db, actor, actor.memberId));
  });

  r.get('/api/members/export.xlsx', { schema: { tags, summary: '导出委员名册（Excel）', querystring: rosterExportQuery }, config: { access: ROSTER_EXPORTERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const { lines } = await queryRoster(db, actor, req.query);
    const buf = await buildWorkbook('委员名册', ROSTER_EXPORT_COLUMNS, lines.map((l) => presentRosterItem(actor, l.member, l)));
    return sendXlsx(reply, buf, `委员名册_${stamp()}.xlsx`);
  });

  r.get('/api/members/:id', { schema: { tags, summary: '委员详情', params: idParams }, config: { access: ROSTER_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    return page(actor, await loadMember(db, actor, req.params.id));
  });

  r.post('/api/members', { schema: { tags, summary: '新增委员', body: createMemberBody }, config: { access: ROSTER_WRITERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const m = await createMember(deps, ctx, req.body);
    reply.code(201);
    return page(ctx.actor, m);
  });

  r.patch('/api/members/:id', { schema: { tags, summary: '修改委员信息', params: idParams, body: updateMemberBody }, config: { access: ROSTER_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return page(ctx.actor, await updateMember(deps, ctx, req.params.id, req.body));
  });

  r.put('/api/members/:id/committees', { schema: { tags, summary: '设置所在专委会', params: idParams, body: setCommitteesBody }, config: { access: ROSTER_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return page(ctx.actor, await setMemberCommittees(deps, ctx, req.params.id, req.body));
  });

  r.post(
    '/api/members/:id/membership-changes',
    { schema: { tags, summary: '委员资格变动（增补/辞去/撤销）', params: idParams, body: membershipChangeBody }, config: { access: ROSTER_WRITERS } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const m = await changeMembership(deps, ctx, req.params.id, req.body);
      reply.code(201);
      return page(ctx.actor, m);
    },
  );

  for (const op of ['archive', 'restore'] as const) {
    r.post(
      `/api/members/:id/${op}`,
      { schema: { tags, summary: op === 'archive' ? '归档委员' : '恢复委员', params: idParams, body: archiveBody }, config: { access: op === 'archive' ? ROSTER_WRITERS : ROSTER_RESTORERS } },
      async (req) => {
        const ctx = ctxOf(req);
        return page(ctx.actor, await archiveMember(deps, ctx, req.params.id, op, req.body));
      },
    );
  }
}
