import { and, eq, gte, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { REQUEST_KINDS, REQUEST_OUTCOMES, REQUEST_SUBJECTS } from '../../../core/requests/kinds';
import { partyRequests } from '../../db/schema';
import { defineStat, type StatRecord } from '../../stats/registry';

/**
 * 报送请示报告件数: requests/reports sent in the period (counted on the sent day), optionally of one
 * kind, subject, outcome — e.g. "…报请市委常委会审议通过" = kind=request, outcome=approved.
 */
export const requestsSent = defineStat({
  name: 'requests.sent',
  label: '报送请示报告件数',
  unit: '件',
  params: z.object({ kind: z.enum(REQUEST_KINDS).optional(), subject: z.enum(REQUEST_SUBJECTS).optional(), outcome: z.enum(REQUEST_OUTCOMES).optional(), addressee: z.string().max(100).optional() }),
  async records(db, scope, p) {
    const where = [inArray(partyRequests.orgId, scope.orgIds), isNull(partyRequests.archivedAt), isNotNull(partyRequests.sentOn), gte(partyRequests.sentOn, scope.from), lte(partyRequests.sentOn, scope.to)];
    if (p.kind) where.push(eq(partyRequests.kind, p.kind));
    if (p.subject) where.push(eq(partyRequests.subject, p.subject));
    if (p.outcome) where.push(eq(partyRequests.outcome, p.outcome));
    if (p.addressee) where.push(eq(partyRequests.addressee, p.addressee));
    const rows = await db.select({ id: partyRequests.id, title: partyRequests.title, sentOn: partyRequests.sentOn, orgId: partyRequests.orgId }).from(partyRequests).where(and(...where));
    return rows.map((r): StatRecord => ({ id: r.id, type: 'request', title: r.title, date: r.sentOn!, orgId: r.orgId, link: `/requests/${r.id}` }));
  },
});
