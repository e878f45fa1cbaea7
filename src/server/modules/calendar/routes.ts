import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { hasAnyRole } from '../../../core/roles';
import { NATIONAL_SOURCE, NATIONAL_YEARS, OVERRIDE_KINDS, yearDays } from '../../../core/calendar/working-days';
import { audit } from '../../audit/record';
import { calendarDays } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { ctxOf } from '../../lib/context';
import { addOrgWorkingDays, loadCalendarRows, mergedOverrides } from './queries';

const day = z.iso.date();
const WRITERS = ['officeAdmin'] as const;

/** Working-day calendar: national holidays and 调休 plus the org's own overrides. */
export async function calendarRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  r.get(
    '/api/calendar',
    { schema: { tags: ['calendar'], summary: '工作日历（全国节假日与本组织调整合并）', querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }) } },
    async (req) => {
      const actor = ctxOf(req).actor;
      const { year } = req.query;
      const rows = await loadCalendarRows(db, actor.orgId, { from: `${year}-01-01`, to: `${year}-12-31` });
      const overrides = mergedOverrides(rows);
      const days = yearDays(year, overrides).map((d) => {
        const own = rows.org.get(d.day);
        return { ...d, orgOverride: own && own.kind !== 'default' ? own : null };
      });
      return {
        year,
        nationalSource: NATIONAL_SOURCE,
        nationalCovered: year >= NATIONAL_YEARS[0] && year <= NATIONAL_YEARS[1],
        days,
        abilities: { setDay: hasAnyRole(actor.roles, WRITERS) },
      };
    },
  );

  r.get(
    '/api/calendar/add-working-days',
    {
      schema: {
        tags: ['calendar'],
        summary: '计算若干个工作日之后的日期',
        querystring: z.strictObject({ from: day, days: z.coerce.number().int().min(-1000).max(1000) }),
      },
    },
    async (req) => {
      const actor = ctxOf(req).actor;
      return { from: req.query.from, days: req.query.days, result: await addOrgWorkingDays(db, actor.orgId, req.query.from, req.query.days) };
    },
  );

  r.put(
    '/api/calendar/days/:day',
    {
      schema: {
        tags: ['calendar'],
        summary: '设置本组织某日为节假日/工作日，或恢复默认',
        params: z.object({ day }),
        body: z.strictObject({ kind: z.enum(OVERRIDE_KINDS), name: z.string().trim().max(30).default('') }),
      },
      config: { access: WRITERS },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { kind, name } = req.body;
      const target = req.params.day;
      // `default` is stored as a row too (nothing is deleted); it means "no org override".
      const row = await db.transaction(async (tx) => {
        const [before] = await tx.select().from(calendarDays).where(and(eq(calendarDays.orgId, ctx.actor.orgId), eq(calendarDays.day, target)));
        let after;
        if (before) {
          [after] = await tx.update(calendarDays).set({ kind, name }).where(eq(calendarDays.id, before.id)).returning();
        } else {
          [after] = await tx.insert(calendarDays).values({ orgId: ctx.actor.orgId, day: target, kind, name }).returning();
        }
        await audit(tx, ctx, {
          action: 'calendarDay.set',
          targetType: 'calendarDay',
          targetId: after.id,
          targetLabel: target,
          changes: { kind: { from: before?.kind ?? null, to: kind }, name: { from: before?.name ?? null, to: name } },
        });
        return after;
      });
      if (!row) throw new AppError('INTERNAL');
      return { day: row.day, kind: row.kind, name: row.name };
    },
  );
}
