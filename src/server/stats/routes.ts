import { inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { ORG_READER_ROLES } from '../../core/roles';
import { orgs } from '../db/schema';
import type { AppDeps } from '../deps';
import { ctxOf } from '../lib/context';
import { orgSubtreeIds } from '../modules/orgs/tree';
import { computeStat, getStat, listStats } from './registry';

const isoDate = z.iso.date();

/**
 * `/api/stats/:name`: a named statistic over a period with the records behind it. With
 * `includeChildren`, child orgs' numbers are added and broken down per org, but their records are
 * not listed (a parent sees roll-ups of its districts, never their records).
 */
export async function statsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/stats', { schema: { tags: ['stats'], summary: '统计指标目录' }, config: { access: ORG_READER_ROLES } }, async () => ({
    items: listStats().map((s) => ({ name: s.name, label: s.label, unit: s.unit })),
  }));

  r.get(
    '/api/stats/:name',
    {
      schema: {
        tags: ['stats'],
        summary: '统计指标及其记录',
        params: z.object({ name: z.string().regex(/^[a-zA-Z]+\.[a-zA-Z.]+$/) }),
        querystring: z.looseObject({ from: isoDate, to: isoDate, includeChildren: z.enum(['true', 'false']).optional() }),
      },
      config: { access: ORG_READER_ROLES },
    },
    async (req) => {
      const actor = ctxOf(req).actor;
      const def = getStat(req.params.name);
      if (!def) throw new AppError('NOT_FOUND', '统计指标不存在');
      const { from, to, includeChildren, ...params } = req.query;
      if (to < from) throw new AppError('VALIDATION_FAILED', '结束日期不能早于开始日期');
      const own = await computeStat(deps.db.db, def, { orgIds: [actor.orgId], from, to }, params);
      if (includeChildren !== 'true') return { ...own, from, to, byOrg: [{ orgId: actor.orgId, value: own.value }] };
      const ids = (await orgSubtreeIds(deps.db.db, actor.orgId)).filter((id) => id !== actor.orgId);
      const names = ids.length ? await deps.db.db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, ids)) : [];
      const byOrg = [{ orgId: actor.orgId, orgName: null as string | null, value: own.value }];
      for (const o of names) {
        const child = await computeStat(deps.db.db, def, { orgIds: [o.id], from, to }, params);
        byOrg.push({ orgId: o.id, orgName: o.name, value: child.value });
      }
      return { ...own, value: byOrg.reduce((s, x) => s + x.value, 0), from, to, byOrg };
    },
  );
}
