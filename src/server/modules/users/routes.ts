import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES, ROLE_LABELS, hasAnyRole } from '../../../core/roles';
import type { AppDeps } from '../../deps';
import { ctxOf } from '../../lib/context';
import { pagingQuery } from '../../lib/paging';
import { USER_OPS, changeUserState, createUser, resetPassword, updateUser } from './commands';
import { USER_ADMIN_ROLES } from './policy';
import { presentUser } from './presenter';
import { listLoginEvents, listUsers, loadUser } from './queries';

const idParams = z.object({ id: z.uuid() });
const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length).transform((rs) => [...new Set(rs)]);
const contact = { phone: z.string().trim().max(30).optional(), email: z.union([z.email().max(100), z.literal('')]).optional() };
const versionBody = z.strictObject({ version: z.number().int().min(1), reason: z.string().max(500).optional() });
const OP_SUMMARY = { disable: '停用用户', enable: '启用用户', unlock: '解除登录锁定', archive: '归档用户', restore: '恢复已归档用户' } as const;

/** User accounts of the org (officeAdmin only) and the role catalog. */
export async function userRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;
  const access = USER_ADMIN_ROLES;

  r.get('/api/roles', { schema: { tags: ['users'], summary: '角色列表' } }, async () => ({
    items: ROLES.map((id) => ({ id, label: ROLE_LABELS[id] })),
    total: ROLES.length,
  }));

  r.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: '用户列表',
        querystring: z.strictObject({
          ...pagingQuery,
          q: z.string().trim().max(60).optional(),
          role: z.enum(ROLES).optional(),
          disabled: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
          archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
        }),
      },
      config: { access },
    },
    async (req) => {
      const actor = ctxOf(req).actor;
      const { rows, total } = await listUsers(db, actor, req.query);
      return {
        items: rows.map((x) => presentUser(actor, x.u, x)),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
        abilities: { create: hasAnyRole(actor.roles, access) },
      };
    },
  );

  r.get('/api/users/:id', { schema: { tags: ['users'], summary: '用户详情', params: idParams }, config: { access } }, async (req) => {
    const actor = ctxOf(req).actor;
    const row = await loadUser(db, actor, req.params.id);
    return presentUser(actor, row.u, row);
  });

  r.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: '新建用户（不填密码则生成初始密码，仅返回一次）',
        body: z.strictObject({
          username: z.string().regex(/^[A-Za-z0-9_.-]{3,40}$/, '用户名为3-40位字母、数字或 _ . -'),
          displayName: z.string().trim().min(1).max(30),
          roles,
          memberId: z.uuid().nullable().default(null),
          unitId: z.uuid().nullable().default(null),
          password: z.string().max(128).optional(),
          ...contact,
        }),
      },
      config: { access },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { user, generatedPassword } = await createUser(db, ctx, req.body);
      const row = await loadUser(db, ctx.actor, user.id);
      reply.code(201);
      return { ...presentUser(ctx.actor, row.u, row), ...(generatedPassword ? { generatedPassword } : {}) };
    },
  );

  r.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: '修改用户（姓名、角色、关联委员/单位、联系方式）',
        params: idParams,
        body: z.strictObject({
          version: z.number().int().min(1),
          displayName: z.string().trim().min(1).max(30).optional(),
          roles: roles.optional(),
          memberId: z.uuid().nullable().optional(),
          unitId: z.uuid().nullable().optional(),
          ...contact,
        }),
      },
      config: { access },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await updateUser(db, ctx, req.params.id, req.body);
      const row = await loadUser(db, ctx.actor, req.params.id);
      return presentUser(ctx.actor, row.u, row);
    },
  );

  r.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags: ['users'],
        summary: '重置密码（不填则生成，仅返回一次；用户须在下次登录时修改）',
        params: idParams,
        body: z.strictObject({ version: z.number().int().min(1), password: z.string().max(128).optional() }),
      },
      config: { access },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { generatedPassword } = await resetPassword(db, ctx, req.params.id, req.body.version, req.body.password);
      const row = await loadUser(db, ctx.actor, req.params.id);
      return { ...presentUser(ctx.actor, row.u, row), ...(generatedPassword ? { generatedPassword } : {}) };
    },
  );

  for (const op of USER_OPS) {
    r.post(
      `/api/users/:id/${op}`,
      { schema: { tags: ['users'], summary: OP_SUMMARY[op], params: idParams, body: versionBody }, config: { access } },
      async (req) => {
        const ctx = ctxOf(req);
        await changeUserState(db, ctx, req.params.id, op, req.body.version, req.body.reason);
        const row = await loadUser(db, ctx.actor, req.params.id);
        return presentUser(ctx.actor, row.u, row);
      },
    );
  }

  r.get(
    '/api/users/:id/login-events',
    { schema: { tags: ['users'], summary: '用户登录日志', params: idParams, querystring: z.strictObject({ ...pagingQuery }) }, config: { access } },
    async (req) => {
      const actor = ctxOf(req).actor;
      const { u } = await loadUser(db, actor, req.params.id);
      const { rows, total } = await listLoginEvents(db, u.id, req.query);
      return { items: rows, total, page: req.query.page, pageSize: req.query.pageSize, abilities: {} };
    },
  );
}
