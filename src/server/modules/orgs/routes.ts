import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { hasAnyRole } from '../../../core/roles';
import { audit, diff, snapshot } from '../../audit/record';
import { assertStrongPassword, hashPassword } from '../../auth/password';
import { orgs, users } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { ctxOf, type Actor } from '../../lib/context';
import { orgSubtreeIds } from './tree';

export const ORG_LEVELS = ['national', 'province', 'city', 'district', 'county'] as const;

const orgSettings = z.strictObject({
  /** Working days a minutes (纪要) is due after its meeting. */
  minutesDueWorkingDays: z.number().int().min(1).max(60).nullable().optional(),
  proposalReplyMonths: z.number().int().min(1).max(12).nullable().optional(),
  returnRequestWorkingDays: z.number().int().min(1).max(30).nullable().optional(),
  places: z.array(z.string().max(40)).max(500).optional(),
});

type OrgRow = typeof orgs.$inferSelect;

/** Merges a settings patch: a `null` value removes the key (back to the default). */
function mergeSettings(before: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...before };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else if (v !== undefined) out[k] = v;
  }
  return out;
}

function present(actor: Actor, o: OrgRow) {
  const own = o.id === actor.orgId;
  return {
    ...o,
    isOwn: own,
    abilities: { update: own && hasAnyRole(actor.roles, ['officeAdmin']), createChild: own && hasAnyRole(actor.roles, ['officeAdmin']) },
  };
}

/**
 * Orgs: a user sees their own org and the orgs below it (names and levels, for the tree and
 * roll-ups) — never the records inside another org.
 */
export async function orgRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  r.get('/api/orgs', { schema: { tags: ['orgs'], summary: '政协组织树' } }, async (req) => {
    const actor = ctxOf(req).actor;
    const ids = await orgSubtreeIds(db, actor.orgId);
    const rows = await db.select().from(orgs).where(inArray(orgs.id, ids)).orderBy(asc(orgs.sortOrder), asc(orgs.name));
    return { items: rows.map((o) => present(actor, o)), total: rows.length };
  });

  r.get('/api/orgs/:id', { schema: { tags: ['orgs'], summary: '政协组织详情', params: z.object({ id: z.uuid() }) } }, async (req) => {
    const actor = ctxOf(req).actor;
    const ids = await orgSubtreeIds(db, actor.orgId);
    if (!ids.includes(req.params.id)) throw new AppError('NOT_FOUND', '组织不存在');
    const [o] = await db.select().from(orgs).where(eq(orgs.id, req.params.id));
    return present(actor, o);
  });

  r.patch(
    '/api/orgs/:id',
    {
      schema: {
        tags: ['orgs'],
        summary: '修改本组织信息与设置',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ version: z.number().int(), name: z.string().trim().min(2).max(60).optional(), shortName: z.string().trim().min(1).max(30).optional(), regionName: z.string().max(30).optional(), settings: orgSettings.optional() }),
      },
      config: { access: ['officeAdmin'] },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (req.params.id !== ctx.actor.orgId) throw new AppError('NOT_FOUND', '组织不存在');
      const { version, settings, ...rest } = req.body;
      const updated = await db.transaction(async (tx) => {
        const [before] = await tx.select().from(orgs).where(eq(orgs.id, ctx.actor.orgId));
        const rows = await tx
          .update(orgs)
          .set({ ...rest, ...(settings ? { settings: mergeSettings(before.settings, settings) } : {}), version: sql`${orgs.version} + 1`, updatedAt: new Date() })
          .where(and(eq(orgs.id, before.id), eq(orgs.version, version)))
          .returning();
        if (!rows.length) throw new AppError('CONFLICT');
        await audit(tx, ctx, { action: 'org.update', targetType: 'org', targetId: before.id, targetLabel: before.name, changes: diff(before, rows[0]) });
        return rows[0];
      });
      return present(ctx.actor, updated);
    },
  );

  r.post(
    '/api/orgs',
    {
      schema: {
        tags: ['orgs'],
        summary: '新建下级政协组织（同时创建其管理员）',
        body: z.strictObject({
          name: z.string().trim().min(2).max(60),
          shortName: z.string().trim().min(1).max(30),
          level: z.enum(ORG_LEVELS),
          regionName: z.string().max(30).default(''),
          admin: z.strictObject({ username: z.string().regex(/^[A-Za-z0-9_.-]{3,40}$/), displayName: z.string().min(1).max(30), password: z.string().max(128) }),
        }),
      },
      config: { access: ['officeAdmin'] },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      assertStrongPassword(req.body.admin.password);
      const passwordHash = await hashPassword(req.body.admin.password);
      const created = await db.transaction(async (tx) => {
        const [o] = await tx
          .insert(orgs)
          .values({ parentId: ctx.actor.orgId, name: req.body.name, shortName: req.body.shortName, level: req.body.level, regionName: req.body.regionName })
          .returning();
        const [u] = await tx
          .insert(users)
          .values({ orgId: o.id, username: req.body.admin.username, displayName: req.body.admin.displayName, passwordHash, roles: ['officeAdmin'], mustChangePassword: true })
          .returning();
        await audit(tx, ctx, { action: 'org.create', targetType: 'org', targetId: o.id, targetLabel: o.name, changes: snapshot(o) });
        await audit(tx, ctx, { action: 'user.create', targetType: 'user', targetId: u.id, targetLabel: u.displayName, orgId: o.id, changes: { username: u.username, roles: u.roles } });
        return o;
      });
      reply.code(201);
      return present(ctx.actor, created);
    },
  );
}
