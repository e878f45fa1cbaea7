import { and, eq, gte, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { INSTITUTION_KINDS } from '../../../core/institutions';
import { institutions } from '../../db/schema';
import { defineStat, type StatRecord } from '../../stats/registry';

/**
 * 制定出台制度项数: rules put in force whose effective date is in the period (later repeal does not
 * undo the count), optionally of one kind — "制定出台……十多项党组、机关重要工作制度".
 */
export const institutionsIssued = defineStat({
  name: 'institutions.issued',
  label: '制定出台制度项数',
  unit: '项',
  params: z.object({ kind: z.enum(INSTITUTION_KINDS).optional() }),
  async records(db, scope, p) {
    const where = [
      inArray(institutions.orgId, scope.orgIds),
      isNull(institutions.archivedAt),
      inArray(institutions.status, ['inForce', 'repealed']),
      isNotNull(institutions.effectiveOn),
      gte(institutions.effectiveOn, scope.from),
      lte(institutions.effectiveOn, scope.to),
    ];
    if (p.kind) where.push(eq(institutions.kind, p.kind));
    const rows = await db.select({ id: institutions.id, title: institutions.title, effectiveOn: institutions.effectiveOn, orgId: institutions.orgId }).from(institutions).where(and(...where));
    return rows.map((r): StatRecord => ({ id: r.id, type: 'institution', title: `《${r.title}》`, date: r.effectiveOn!, orgId: r.orgId, link: `/institutions/${r.id}` }));
  },
});
