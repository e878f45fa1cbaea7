import { and, asc, count, desc, eq, gte, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { toSearchQuery } from '../../../core/search';
import { institutions, institutionVersions } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/context';
import { seesWholeLibrary } from './policy';
import type { InstitutionFilter } from './schemas';

export type InstitutionRow = typeof institutions.$inferSelect;
export type InstitutionVersionRow = typeof institutionVersions.$inferSelect;

/** What the caller may see: the office, leaders and auditors everything; others only rules in force. */
function visible(actor: Actor): SQL {
  const org = eq(institutions.orgId, actor.orgId);
  return seesWholeLibrary(actor) ? org : and(org, eq(institutions.status, 'inForce'), isNull(institutions.archivedAt))!;
}

export async function loadInstitution(db: DbOrTx, actor: Actor, id: string): Promise<InstitutionRow> {
  const [r] = await db.select().from(institutions).where(and(eq(institutions.id, id), visible(actor)));
  if (!r) throw new AppError('NOT_FOUND', '制度不存在');
  return r;
}

export function institutionWhere(actor: Actor, f: InstitutionFilter): SQL | undefined {
  const where: SQL[] = [visible(actor)];
  if (f.archived === 'exclude') where.push(isNull(institutions.archivedAt));
  if (f.archived === 'only') where.push(isNotNull(institutions.archivedAt));
  if (f.kind) where.push(eq(institutions.kind, f.kind));
  if (f.status) where.push(eq(institutions.status, f.status));
  if (f.issuingBody) where.push(eq(institutions.issuingBody, f.issuingBody));
  if (f.from) where.push(gte(institutions.effectiveOn, f.from));
  if (f.to) where.push(lte(institutions.effectiveOn, f.to));
  if (f.year) where.push(gte(institutions.effectiveOn, `${f.year}-01-01`), lte(institutions.effectiveOn, `${f.year}-12-31`));
  if (f.q) {
    const tsq = toSearchQuery(f.q);
    if (tsq) where.push(sql`${institutions.searchVector} @@ to_tsquery('simple', ${tsq})`);
  }
  return and(...where);
}

export async function queryInstitutions(db: DbOrTx, actor: Actor, f: InstitutionFilter, page?: { limit: number; offset: number }) {
  const cond = institutionWhere(actor, f);
  const [{ total }] = await db.select({ total: count() }).from(institutions).where(cond);
  let q = db
    .select()
    .from(institutions)
    .where(cond)
    .orderBy(sql`${institutions.effectiveOn} desc nulls first`, desc(institutions.createdAt), asc(institutions.id))
    .$dynamic();
  if (page) q = q.limit(page.limit).offset(page.offset);
  return { total, rows: await q };
}

/** Every version, newest first. */
export async function versionsOf(db: DbOrTx, institutionId: string): Promise<InstitutionVersionRow[]> {
  return db.select().from(institutionVersions).where(eq(institutionVersions.institutionId, institutionId)).orderBy(desc(institutionVersions.versionNo));
}
