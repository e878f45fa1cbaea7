import { and, asc, count, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { hasAnyRole, type Role } from '../../core/roles';
import { toSearchQuery } from '../../core/search';
import { audit, diff, snapshot } from '../audit/record';
import type { AppDeps } from '../deps';
import type { DbOrTx } from '../db/client';
import { REFERENCE_EXPORT_COLUMNS } from '../export/reference-columns';
import { buildWorkbook, sendXlsx, stamp, type XlsxColumn } from '../export/xlsx';
import { ctxOf, type Actor } from './context';
import { offsetOf, pagingQuery } from './paging';
import { containsPattern } from './sql';

/** The columns every org-scoped official record has (see db/schema/common.ts). */
export type OrgRecordTable = PgTable & {
  id: PgColumn;
  orgId: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
  archivedAt: PgColumn;
};

type Row = Record<string, unknown> & { id: string; orgId: string; version: number; archivedAt: Date | null };

export interface ReferenceResource<T extends OrgRecordTable> {
  /** URL segment under /api, e.g. `sectors`. */
  path: string;
  table: T;
  /** Audit target type, e.g. `sector`. */
  targetType: string;
  /** Chinese name for messages, e.g. 界别. */
  label: string;
  fields: z.ZodRawShape;
  /** Extra list filters: query key → column compared by equality. */
  filters?: Record<string, { schema: z.ZodType; column: PgColumn }>;
  /** Columns searched with ILIKE when there is no search vector. */
  searchColumns?: PgColumn[];
  /** Bigram tsvector column; kept up to date from `searchText`. */
  searchVector?: PgColumn;
  searchText?: (rec: Record<string, unknown>) => string;
  /** Columns of `GET /api/<path>/export.xlsx` (Chinese headers); default: REFERENCE_EXPORT_COLUMNS[path], else one per field. */
  exportColumns?: XlsxColumn<Record<string, unknown>>[];
  orderBy: PgColumn[];
  writeRoles?: readonly Role[];
  labelOf: (rec: Record<string, unknown>) => string;
  /** Runs inside the write transaction before insert/update: cross-field checks, lookups. */
  validate?: (input: Record<string, unknown>, actor: Actor, tx: DbOrTx) => Promise<void>;
}

const DEFAULT_WRITERS: readonly Role[] = ['officeAdmin', 'officeStaff'];
const idParams = z.object({ id: z.uuid() });

/** Abilities the caller has on one record of a reference resource. */
function abilitiesFor(actor: Actor, rec: Row | null, writers: readonly Role[]) {
  const canWrite = hasAnyRole(actor.roles, writers);
  return {
    update: canWrite && !!rec && !rec.archivedAt,
    archive: canWrite && !!rec && !rec.archivedAt,
    restore: hasAnyRole(actor.roles, ['officeAdmin']) && !!rec && !!rec.archivedAt,
  };
}

/**
 * Registers list / get / create / update / archive / restore routes for an org-scoped reference
 * table (sectors, committees, units …). Every write follows the one recipe: scoped load →
 * authorize → compare-and-set on `version` → audit row, all in one transaction.
 */
export function registerReferenceResource<T extends OrgRecordTable>(app: FastifyInstance, deps: AppDeps, res: ReferenceResource<T>): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const writers = res.writeRoles ?? DEFAULT_WRITERS;
  const t = res.table;
  const createBody = z.strictObject(res.fields);
  const updateBody = z.strictObject({ ...z.object(res.fields).partial().shape, version: z.number().int().min(1) });
  const filterShape: Record<string, z.ZodType> = {};
  for (const [k, f] of Object.entries(res.filters ?? {})) filterShape[k] = f.schema.optional();
  const listQuery = z.strictObject({
    ...pagingQuery,
    q: z.string().max(100).optional(),
    archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
    ...filterShape,
  });
  const tag = res.path;
  const present = (actor: Actor, rec: Row) => {
    const { searchVector: _sv, ...rest } = rec as Row & { searchVector?: unknown };
    return { ...rest, abilities: abilitiesFor(actor, rec, writers) };
  };

  async function load(actor: Actor, id: string, tx = deps.db.db): Promise<Row> {
    const [rec] = (await tx.select().from(t as PgTable).where(and(eq(t.id, id), eq(t.orgId, actor.orgId)))) as Row[];
    if (!rec) throw new AppError('NOT_FOUND', `${res.label}不存在`);
    return rec;
  }

  function withSearch(values: Record<string, unknown>, merged: Record<string, unknown>) {
    if (res.searchVector && res.searchText) {
      const col = res.searchVector.name;
      const key = Object.entries(t).find(([, c]) => c === res.searchVector)?.[0] ?? col;
      values[key] = sql`to_tsvector('simple', ${res.searchText(merged)})`;
    }
    return values;
  }

  /** The list's WHERE clause, shared by the list and the Excel export. */
  function listWhere(actor: Actor, q: Record<string, unknown>): SQL | undefined {
    const where: SQL[] = [eq(t.orgId, actor.orgId)];
    const text = typeof q.q === 'string' ? q.q : '';
    if (q.archived === 'exclude') where.push(isNull(t.archivedAt));
    if (q.archived === 'only') where.push(isNotNull(t.archivedAt));
    for (const [k, f] of Object.entries(res.filters ?? {})) if (q[k] !== undefined) where.push(eq(f.column, q[k]));
    if (text) {
      const tsq = res.searchVector ? toSearchQuery(text) : null;
      if (res.searchVector && tsq) where.push(sql`${res.searchVector} @@ to_tsquery('simple', ${tsq})`);
      else if (res.searchColumns?.length) {
        const like = containsPattern(text);
        where.push(sql`(${sql.join(res.searchColumns.map((c) => sql`${c} ilike ${like}`), sql` or `)})`);
      }
    }
    return and(...where);
  }

  r.get(`/api/${res.path}`, { schema: { tags: [tag], summary: `${res.label}列表`, querystring: listQuery } }, async (req) => {
    const actor = ctxOf(req).actor;
    const q = req.query as z.infer<typeof listQuery> & Record<string, unknown>;
    const cond = listWhere(actor, q);
    const [{ total }] = await deps.db.db.select({ total: count() }).from(t as PgTable).where(cond);
    const rows = (await deps.db.db
      .select()
      .from(t as PgTable)
      .where(cond)
      .orderBy(...res.orderBy.map((c) => asc(c)))
      .limit(q.pageSize)
      .offset(offsetOf(q))) as Row[];
    return {
      items: rows.map((x) => present(actor, x)),
      total,
      page: q.page,
      pageSize: q.pageSize,
      abilities: { create: hasAnyRole(actor.roles, writers) },
    };
  });

  const exportQuery = listQuery.omit({ page: true, pageSize: true });
  const exportColumns: XlsxColumn<Record<string, unknown>>[] =
    res.exportColumns ?? REFERENCE_EXPORT_COLUMNS[res.path] ?? Object.keys(res.fields).map((k) => ({ header: k, value: (r: Record<string, unknown>) => (r[k] === null || r[k] === undefined ? '' : String(r[k])) }));
  r.get(`/api/${res.path}/export.xlsx`, { schema: { tags: [tag], summary: `导出${res.label}（Excel）`, querystring: exportQuery } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const rows = (await deps.db.db
      .select()
      .from(t as PgTable)
      .where(listWhere(actor, req.query as Record<string, unknown>))
      .orderBy(...res.orderBy.map((c) => asc(c)))) as Row[];
    const buf = await buildWorkbook(res.label, exportColumns, rows);
    return sendXlsx(reply, buf, `${res.label}_${stamp()}.xlsx`);
  });

  r.get(`/api/${res.path}/:id`, { schema: { tags: [tag], summary: `${res.label}详情`, params: idParams } }, async (req) => {
    const actor = ctxOf(req).actor;
    return present(actor, await load(actor, req.params.id));
  });

  r.post(`/api/${res.path}`, { schema: { tags: [tag], summary: `新增${res.label}`, body: createBody }, config: { access: writers } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const input = req.body as Record<string, unknown>;
    const created = await deps.db.db.transaction(async (tx) => {
      await res.validate?.(input, ctx.actor, tx);
      const values = withSearch({ ...input, orgId: ctx.actor.orgId }, input);
      const [rec] = (await tx.insert(t).values(values as T['$inferInsert']).returning()) as Row[];
      await audit(tx, ctx, { action: `${res.targetType}.create`, targetType: res.targetType, targetId: rec.id, targetLabel: res.labelOf(rec), changes: snapshot(rec) });
      return rec;
    });
    reply.code(201);
    return present(ctx.actor, created);
  });

  r.patch(`/api/${res.path}/:id`, { schema: { tags: [tag], summary: `修改${res.label}`, params: idParams, body: updateBody }, config: { access: writers } }, async (req) => {
    const ctx = ctxOf(req);
    const { version, ...input } = req.body as { version: number } & Record<string, unknown>;
    const updated = await deps.db.db.transaction(async (tx) => {
      const before = await load(ctx.actor, req.params.id, tx);
      if (before.archivedAt) throw new AppError('INVALID_STATE', `${res.label}已归档，请先恢复`);
      await res.validate?.({ ...before, ...input }, ctx.actor, tx);
      const values = withSearch({ ...input, version: sql`${t.version} + 1`, updatedAt: new Date() }, { ...before, ...input });
      const rows = (await tx
        .update(t)
        .set(values as Partial<T['$inferInsert']>)
        .where(and(eq(t.id, before.id), eq(t.version, version)))
        .returning()) as Row[];
      if (rows.length === 0) throw new AppError('CONFLICT');
      await audit(tx, ctx, { action: `${res.targetType}.update`, targetType: res.targetType, targetId: before.id, targetLabel: res.labelOf(rows[0]), changes: diff(before, rows[0]) });
      return rows[0];
    });
    return present(ctx.actor, updated);
  });

  const archiveBody = z.strictObject({ version: z.number().int().min(1), reason: z.string().max(500).optional() });
  for (const op of ['archive', 'restore'] as const) {
    const roles: readonly Role[] = op === 'archive' ? writers : ['officeAdmin'];
    r.post(
      `/api/${res.path}/:id/${op}`,
      { schema: { tags: [tag], summary: `${op === 'archive' ? '归档' : '恢复'}${res.label}`, params: idParams, body: archiveBody }, config: { access: roles } },
      async (req) => {
        const ctx = ctxOf(req);
        const rec = await deps.db.db.transaction(async (tx) => {
          const before = await load(ctx.actor, req.params.id, tx);
          if ((op === 'archive') === !!before.archivedAt) throw new AppError('INVALID_STATE', op === 'archive' ? `${res.label}已归档` : `${res.label}未归档`);
          const rows = (await tx
            .update(t)
            .set({ archivedAt: op === 'archive' ? new Date() : null, version: sql`${t.version} + 1`, updatedAt: new Date() } as Partial<T['$inferInsert']>)
            .where(and(eq(t.id, before.id), eq(t.version, req.body.version)))
            .returning()) as Row[];
          if (rows.length === 0) throw new AppError('CONFLICT');
          await audit(tx, ctx, { action: `${res.targetType}.${op}`, targetType: res.targetType, targetId: before.id, targetLabel: res.labelOf(before), changes: req.body.reason ? { reason: req.body.reason } : null });
          return rows[0];
        });
        return present(ctx.actor, rec);
      },
    );
  }
}
