import { and, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { ROLE_LABELS } from '../../../core/roles';
import { audit } from '../../audit/record';
import { hashPassword, verifyPassword, assertStrongPassword } from '../../auth/password';
import { CSRF_HEADER, SESSION_COOKIE } from '../../auth/plugin';
import { endSession, login } from '../../auth/service';
import { newSecret, sha256 } from '../../auth/tokens';
import { apiTokens, orgs, sessions, users } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { ctxOf } from '../../lib/context';

/** The caller as the web app needs it: identity, org, roles and what the UI may offer. */
async function presentMe(deps: AppDeps, userId: string, csrfToken: string | null) {
  const [row] = await deps.db.db.select({ u: users, o: orgs }).from(users).innerJoin(orgs, eq(orgs.id, users.orgId)).where(eq(users.id, userId));
  const u = row.u;
  return {
    user: {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      roles: u.roles,
      roleLabels: u.roles.map((r) => ROLE_LABELS[r as keyof typeof ROLE_LABELS] ?? r),
      memberId: u.memberId,
      unitId: u.unitId,
      mustChangePassword: u.mustChangePassword,
      lastLoginAt: u.lastLoginAt,
    },
    org: { id: row.o.id, name: row.o.name, shortName: row.o.shortName, level: row.o.level, parentId: row.o.parentId },
    csrfToken,
  };
}

export async function authRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = (proto: string) => (deps.config.cookieSecure === 'auto' ? proto === 'https' : deps.config.cookieSecure);

  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: '登录', body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(128) }) },
      config: { access: 'public', rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const res = await login(deps.db.db, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] ?? '', ttlHours: deps.config.sessionTtlHours });
      reply.setCookie(SESSION_COOKIE, res.cookieValue, { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(req.protocol), expires: res.expiresAt });
      return presentMe(deps, res.user.id, res.csrfToken);
    },
  );

  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: '退出登录' }, config: { allowPasswordChangePending: true } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    if (actor.sessionId) await endSession(deps.db.db, actor.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  r.get('/api/auth/me', { schema: { tags: ['auth'], summary: '当前用户' }, config: { allowPasswordChangePending: true } }, async (req) => {
    const actor = ctxOf(req).actor;
    let csrf: string | null = null;
    if (actor.sessionId) {
      const [s] = await deps.db.db.select({ csrfToken: sessions.csrfToken }).from(sessions).where(eq(sessions.id, actor.sessionId));
      csrf = s?.csrfToken ?? null;
    }
    return presentMe(deps, actor.userId, csrf);
  });

  r.post(
    '/api/auth/password',
    {
      schema: { tags: ['auth'], summary: '修改密码', body: z.strictObject({ currentPassword: z.string().min(1).max(128), newPassword: z.string().min(1).max(128) }) },
      config: { allowPasswordChangePending: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const [u] = await deps.db.db.select().from(users).where(eq(users.id, ctx.actor.userId));
      if (!(await verifyPassword(u.passwordHash, req.body.currentPassword))) throw new AppError('BAD_CREDENTIALS', '原密码不正确');
      assertStrongPassword(req.body.newPassword);
      if (req.body.currentPassword === req.body.newPassword) throw new AppError('PASSWORD_REUSED');
      const passwordHash = await hashPassword(req.body.newPassword);
      await deps.db.db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, u.id));
        // Other sessions of this user end: a changed password must lock out whoever had the old one.
        const others = await tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, u.id));
        for (const s of others) if (s.id !== ctx.actor.sessionId) await tx.delete(sessions).where(eq(sessions.id, s.id));
        await audit(tx, ctx, { action: 'user.changePassword', targetType: 'user', targetId: u.id, targetLabel: u.displayName });
      });
      return { ok: true };
    },
  );

  // API tokens (Bearer) for scripts and integrations: each user manages their own.
  r.get('/api/tokens', { schema: { tags: ['auth'], summary: '我的访问令牌' } }, async (req) => {
    const actor = ctxOf(req).actor;
    const rows = await deps.db.db
      .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt })
      .from(apiTokens)
      .where(eq(apiTokens.userId, actor.userId))
      .orderBy(desc(apiTokens.createdAt));
    return { items: rows.map((t) => ({ ...t, abilities: { revoke: !t.revokedAt } })), total: rows.length };
  });

  r.post(
    '/api/tokens',
    { schema: { tags: ['auth'], summary: '创建访问令牌', body: z.strictObject({ name: z.string().min(1).max(60), expiresInDays: z.number().int().min(1).max(3650).optional() }) } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      if (ctx.actor.via === 'token') throw new AppError('FORBIDDEN', '不能用访问令牌创建新的令牌');
      const secret = newSecret('lvz_');
      const expiresAt = req.body.expiresInDays ? new Date(Date.now() + req.body.expiresInDays * 86400_000) : null;
      const row = await deps.db.db.transaction(async (tx) => {
        const [t] = await tx.insert(apiTokens).values({ userId: ctx.actor.userId, name: req.body.name, tokenHash: sha256(secret), prefix: secret.slice(0, 10), expiresAt }).returning();
        await audit(tx, ctx, { action: 'token.create', targetType: 'apiToken', targetId: t.id, targetLabel: t.name });
        return t;
      });
      reply.code(201);
      // The secret is shown once; only its hash is kept.
      return { id: row.id, name: row.name, prefix: row.prefix, expiresAt: row.expiresAt, token: secret };
    },
  );

  r.post('/api/tokens/:id/revoke', { schema: { tags: ['auth'], summary: '吊销访问令牌', params: z.object({ id: z.uuid() }) } }, async (req) => {
    const ctx = ctxOf(req);
    await deps.db.db.transaction(async (tx) => {
      const rows = await tx
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiTokens.id, req.params.id), eq(apiTokens.userId, ctx.actor.userId), isNull(apiTokens.revokedAt)))
        .returning();
      if (rows.length === 0) throw new AppError('NOT_FOUND', '令牌不存在或已吊销');
      await audit(tx, ctx, { action: 'token.revoke', targetType: 'apiToken', targetId: rows[0].id, targetLabel: rows[0].name });
    });
    return { ok: true };
  });
}

export { CSRF_HEADER };
