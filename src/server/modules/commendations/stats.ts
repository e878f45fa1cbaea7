import { and, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { COMMENDATION_CATEGORIES, COMMENDATION_CATEGORY_LABELS, type CommendationCategory } from '../../../core/commendations';
import { commendations } from '../../db/schema';
import { defineStat, type StatRecord } from '../../stats/registry';

/**
 * 表彰数: awards decided in the period (counted on the decision day), optionally of one category —
 * "优秀政协委员、优秀政协工作者、政协工作先进单位（集体）表彰工作".
 */
export const commendationsAwarded = defineStat({
  name: 'commendations.awarded',
  label: '表彰数',
  unit: '个',
  params: z.object({ category: z.enum(COMMENDATION_CATEGORIES).optional(), year: z.coerce.number().int().min(1949).max(2100).optional() }),
  async records(db, scope, p) {
    const where = [inArray(commendations.orgId, scope.orgIds), isNull(commendations.archivedAt), gte(commendations.decidedOn, scope.from), lte(commendations.decidedOn, scope.to)];
    if (p.category) where.push(eq(commendations.category, p.category));
    if (p.year) where.push(eq(commendations.year, p.year));
    const rows = await db
      .select({ id: commendations.id, category: commendations.category, name: commendations.nomineeName, year: commendations.year, decidedOn: commendations.decidedOn, orgId: commendations.orgId })
      .from(commendations)
      .where(and(...where));
    return rows.map(
      (r): StatRecord => ({
        id: r.id,
        type: 'commendation',
        title: `${r.year}年度${COMMENDATION_CATEGORY_LABELS[r.category as CommendationCategory] ?? r.category}：${r.name}`,
        date: r.decidedOn,
        orgId: r.orgId,
        link: `/commendations/${r.id}`,
      }),
    );
  },
});
