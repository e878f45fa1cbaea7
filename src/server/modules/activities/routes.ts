import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { resolveActivityKinds } from '../../../core/activities/kinds';
import type { AppDeps } from '../../deps';
import { buildWorkbook, sendXlsx, stamp } from '../../export/xlsx';
import { ctxOf, type Actor } from '../../lib/context';
import { offsetOf } from '../../lib/paging';
import './attachments';
import { archiveActivity, createActivity, setActivityKinds, setParticipants, transitionActivity, updateActivity } from './commands';
import { activityExportColumns, PARTICIPANT_EXPORT_COLUMNS } from './export';
import { ACTIVITY_ADMINS, ACTIVITY_EXPORTERS, ACTIVITY_READERS, ACTIVITY_WRITERS, activityListAbilities } from './policy';
import { presentActivityLine, presentActivityPage } from './presenter';
import { activityPageParts, loadActivity, orgSettings, participantsOf, queryActivities, type ActivityRow } from './queries';
import { activityExportQuery, activityListQuery, archiveBody, createActivityBody, idParams, kindSettingsBody, participantsBody, transitionBody, updateActivityBody } from './schemas';
import './stats';

const tags = ['activities'];

/** 活动: study, training and party-building activities with participants and attendance. */
export async function activityRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;
  const page = async (actor: Actor, a: ActivityRow) =>
    presentActivityPage(actor, a, await orgSettings(db, actor.orgId), await participantsOf(db, actor, a.id), await activityPageParts(db, actor, a));

  r.get('/api/activities/kinds', { schema: { tags, summary: '本组织的活动类型' }, config: { access: ACTIVITY_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const settings = await orgSettings(db, actor.orgId);
    return { items: resolveActivityKinds(settings), settings: settings.activityKinds ?? null, abilities: { configure: activityListAbilities(actor).configureKinds } };
  });

  r.put('/api/activities/kinds', { schema: { tags, summary: '配置本组织的活动类型', body: kindSettingsBody }, config: { access: ACTIVITY_ADMINS } }, async (req) => {
    const ctx = ctxOf(req);
    const o = await setActivityKinds(deps, ctx, req.body);
    return { items: resolveActivityKinds(o.settings), settings: o.settings.activityKinds ?? null, version: o.version };
  });

  r.get('/api/activities', { schema: { tags, summary: '活动列表（委员只看到本人参加的）', querystring: activityListQuery }, config: { access: ACTIVITY_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const q = req.query;
    const settings = await orgSettings(db, actor.orgId);
    const { lines, total } = await queryActivities(db, actor, q, { limit: q.pageSize, offset: offsetOf(q) });
    return { items: lines.map((l) => presentActivityLine(actor, l, settings)), total, page: q.page, pageSize: q.pageSize, abilities: activityListAbilities(actor) };
  });

  r.get('/api/activities/export.xlsx', { schema: { tags, summary: '导出活动台账（Excel）', querystring: activityExportQuery }, config: { access: ACTIVITY_EXPORTERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const settings = await orgSettings(db, actor.orgId);
    const { lines } = await queryActivities(db, actor, req.query);
    return sendXlsx(reply, await buildWorkbook('活动台账', activityExportColumns(settings), lines), `活动台账_${stamp()}.xlsx`);
  });

  r.get('/api/activities/:id/participants.xlsx', { schema: { tags, summary: '导出参加人员及出勤（Excel）', params: idParams }, config: { access: ACTIVITY_EXPORTERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const a = await loadActivity(db, actor, req.params.id);
    return sendXlsx(reply, await buildWorkbook('参加人员', PARTICIPANT_EXPORT_COLUMNS, await participantsOf(db, actor, a.id)), `${a.title}_参加人员_${stamp()}.xlsx`);
  });

  r.get('/api/activities/:id', { schema: { tags, summary: '活动详情', params: idParams }, config: { access: ACTIVITY_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    return page(actor, await loadActivity(db, actor, req.params.id));
  });

  r.post('/api/activities', { schema: { tags, summary: '新增活动', body: createActivityBody }, config: { access: ACTIVITY_WRITERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const a = await createActivity(deps, ctx, req.body);
    reply.code(201);
    return page(ctx.actor, a);
  });

  r.patch('/api/activities/:id', { schema: { tags, summary: '修改活动', params: idParams, body: updateActivityBody }, config: { access: ACTIVITY_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return page(ctx.actor, await updateActivity(deps, ctx, req.params.id, req.body));
  });

  r.post('/api/activities/:id/transition', { schema: { tags, summary: '变更活动状态', params: idParams, body: transitionBody }, config: { access: ACTIVITY_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return page(ctx.actor, await transitionActivity(deps, ctx, req.params.id, req.body));
  });

  r.put('/api/activities/:id/participants', { schema: { tags, summary: '设置参加人员及出勤', params: idParams, body: participantsBody }, config: { access: ACTIVITY_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return page(ctx.actor, await setParticipants(deps, ctx, req.params.id, req.body));
  });

  for (const op of ['archive', 'restore'] as const) {
    r.post(
      `/api/activities/:id/${op}`,
      { schema: { tags, summary: op === 'archive' ? '归档活动' : '恢复活动', params: idParams, body: archiveBody }, config: { access: op === 'archive' ? ACTIVITY_WRITERS : ACTIVITY_ADMINS } },
      async (req) => {
        const ctx = ctxOf(req);
        return page(ctx.actor, await archiveActivity(deps, ctx, req.params.id, op, req.body));
      },
    );
  }
}

