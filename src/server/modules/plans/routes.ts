import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { buildWorkbook, sendXlsx, stamp } from '../../export/xlsx';
import { ctxOf, type Actor } from '../../lib/context';
import { offsetOf } from '../../lib/paging';
import './attachments';
import { addTaskNote, archivePlan, archiveTask, createPlan, createTask, setTaskMeetings, transitionPlan, transitionTask, updatePlan, updateTask } from './commands';
import { planDocx } from './export-docx';
import { planWorkbook, taskExportColumns } from './export';
import { PLAN_ADMINS, PLAN_READERS, PLAN_WRITERS, planListAbilities } from './policy';
import { presentPlan, presentPlanPage, presentTask, presentTaskLine } from './presenter';
import { loadPlan, loadTask, planTasks, queryPlans, queryTasks, taskPageParts, today, type PlanRow, type TaskRow } from './queries';
import {
  createPlanBody,
  createTaskBody,
  idParams,
  planListQuery,
  planTransitionBody,
  taskExportQuery,
  taskListQuery,
  taskMeetingsBody,
  taskNoteBody,
  taskParams,
  taskTransitionBody,
  updatePlanBody,
  updateTaskBody,
  versionBody,
} from './schemas';
import './stats';

const tags = ['work-plans'];
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function sendDocx(reply: FastifyReply, buf: Buffer, filename: string) {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .header('content-type', DOCX_MIME)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(buf);
}

/** 工作要点 / 台账: plans, their tasks, progress notes, the plan view and its Excel/Word exports. */
export async function workPlanRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;
  const planPage = async (actor: Actor, p: PlanRow) => presentPlanPage(actor, p, await planTasks(db, actor, p.id), today());
  const taskPage = async (actor: Actor, t: TaskRow) => {
    const plan = await loadPlan(db, actor, t.planId);
    return { ...presentTask(actor, t, today()), plan: presentPlan(actor, plan), ...(await taskPageParts(db, actor, t)) };
  };

  r.get('/api/work-plans', { schema: { tags, summary: '工作要点列表', querystring: planListQuery }, config: { access: PLAN_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const q = req.query;
    const { rows, total } = await queryPlans(db, actor, q);
    return { items: rows.map((x) => ({ ...presentPlan(actor, x.plan), taskCount: Number(x.taskCount), doneCount: Number(x.doneCount) })), total, page: q.page, pageSize: q.pageSize, abilities: planListAbilities(actor) };
  });

  r.post('/api/work-plans', { schema: { tags, summary: '新建工作要点', body: createPlanBody }, config: { access: PLAN_WRITERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const p = await createPlan(deps, ctx, req.body);
    reply.code(201);
    return planPage(ctx.actor, p);
  });

  r.get('/api/work-plans/tasks', { schema: { tags, summary: '工作任务台账（跨工作要点）', querystring: taskListQuery }, config: { access: PLAN_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const q = req.query;
    const day = today();
    const { lines, total } = await queryTasks(db, actor, q, { limit: q.pageSize, offset: offsetOf(q) });
    return { items: lines.map((l) => presentTaskLine(actor, l, day)), total, page: q.page, pageSize: q.pageSize, abilities: planListAbilities(actor) };
  });

  r.get('/api/work-plans/tasks/export.xlsx', { schema: { tags, summary: '导出工作任务台账（Excel）', querystring: taskExportQuery }, config: { access: PLAN_READERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const { lines } = await queryTasks(db, actor, req.query);
    return sendXlsx(reply, await buildWorkbook('工作任务台账', taskExportColumns(today()), lines), `工作任务台账_${stamp()}.xlsx`);
  });

  r.get('/api/work-plans/:id', { schema: { tags, summary: '工作要点详情（含任务及按牵头单位的进度）', params: idParams }, config: { access: PLAN_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    return planPage(actor, await loadPlan(db, actor, req.params.id));
  });

  r.get('/api/work-plans/:id/export.xlsx', { schema: { tags, summary: '导出工作要点及进度（Excel）', params: idParams }, config: { access: PLAN_READERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const p = await loadPlan(db, actor, req.params.id);
    return sendXlsx(reply, await planWorkbook(p, await planTasks(db, actor, p.id), today()), `${p.title}_${stamp()}.xlsx`);
  });

  r.get('/api/work-plans/:id/export.docx', { schema: { tags, summary: '导出工作要点及进度（Word）', params: idParams }, config: { access: PLAN_READERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const p = await loadPlan(db, actor, req.params.id);
    return sendDocx(reply, await planDocx(p, await planTasks(db, actor, p.id), today()), `${p.title}_${stamp()}.docx`);
  });

  r.patch('/api/work-plans/:id', { schema: { tags, summary: '修改工作要点', params: idParams, body: updatePlanBody }, config: { access: PLAN_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return planPage(ctx.actor, await updatePlan(deps, ctx, req.params.id, req.body));
  });

  r.post('/api/work-plans/:id/transition', { schema: { tags, summary: '变更工作要点状态', params: idParams, body: planTransitionBody }, config: { access: PLAN_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return planPage(ctx.actor, await transitionPlan(deps, ctx, req.params.id, req.body));
  });

  for (const op of ['archive', 'restore'] as const) {
    r.post(
      `/api/work-plans/:id/${op}`,
      { schema: { tags, summary: op === 'archive' ? '归档工作要点' : '恢复工作要点', params: idParams, body: versionBody }, config: { access: op === 'archive' ? PLAN_WRITERS : PLAN_ADMINS } },
      async (req) => {
        const ctx = ctxOf(req);
        return planPage(ctx.actor, await archivePlan(deps, ctx, req.params.id, op, req.body));
      },
    );
    r.post(
      `/api/work-plans/:id/tasks/:taskId/${op}`,
      { schema: { tags, summary: op === 'archive' ? '归档工作任务' : '恢复工作任务', params: taskParams, body: versionBody }, config: { access: op === 'archive' ? PLAN_WRITERS : PLAN_ADMINS } },
      async (req) => {
        const ctx = ctxOf(req);
        return taskPage(ctx.actor, await archiveTask(deps, ctx, req.params.id, req.params.taskId, op, req.body));
      },
    );
  }

  r.post('/api/work-plans/:id/tasks', { schema: { tags, summary: '新增工作任务', params: idParams, body: createTaskBody }, config: { access: PLAN_WRITERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const t = await createTask(deps, ctx, req.params.id, req.body);
    reply.code(201);
    return taskPage(ctx.actor, t);
  });

  r.get('/api/work-plans/:id/tasks/:taskId', { schema: { tags, summary: '工作任务详情（进展、关联活动和会议）', params: taskParams }, config: { access: PLAN_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    return taskPage(actor, await loadTask(db, actor, req.params.id, req.params.taskId));
  });

  r.patch('/api/work-plans/:id/tasks/:taskId', { schema: { tags, summary: '修改工作任务', params: taskParams, body: updateTaskBody }, config: { access: PLAN_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return taskPage(ctx.actor, await updateTask(deps, ctx, req.params.id, req.params.taskId, req.body));
  });

  r.post('/api/work-plans/:id/tasks/:taskId/transition', { schema: { tags, summary: '变更工作任务状态', params: taskParams, body: taskTransitionBody }, config: { access: PLAN_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return taskPage(ctx.actor, await transitionTask(deps, ctx, req.params.id, req.params.taskId, req.body));
  });

  r.post('/api/work-plans/:id/tasks/:taskId/notes', { schema: { tags, summary: '记录工作任务进展', params: taskParams, body: taskNoteBody }, config: { access: PLAN_WRITERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const t = await addTaskNote(deps, ctx, req.params.id, req.params.taskId, req.body);
    reply.code(201);
    return taskPage(ctx.actor, t);
  });

  r.put('/api/work-plans/:id/tasks/:taskId/meetings', { schema: { tags, summary: '设置工作任务关联的会议', params: taskParams, body: taskMeetingsBody }, config: { access: PLAN_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return taskPage(ctx.actor, await setTaskMeetings(deps, ctx, req.params.id, req.params.taskId, req.body));
  });
}
