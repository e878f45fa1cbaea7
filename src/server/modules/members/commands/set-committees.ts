import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import { audit } from '../../../audit/record';
import { memberCommittees, members } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import type { MemberRow } from '../presenter';
import { committeeSeats, loadMember } from '../queries';
import { assertCommitteesInOrg } from '../validate';

/** 设置所在专委会: replaces the member's committee seats (with role); bumps the member's version. */
export async function setMemberCommittees(
  deps: AppDeps,
  ctx: Ctx,
  id: string,
  body: { version: number; committees: Array<{ committeeId: string; role: string }> },
): Promise<MemberRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadMember(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '委员已归档，请先恢复');
    await assertCommitteesInOrg(tx, ctx.actor.orgId, body.committees.map((c) => c.committeeId));
    const rows = await tx
      .update(members)
      .set({ version: sql`${members.version} + 1`, updatedAt: new Date() })
      .where(and(eq(members.id, before.id), eq(members.version, body.version)))
      .returning();
    if (!rows.length) throw new AppError('CONFLICT');
    const old = (await committeeSeats(tx, [before.id])).get(before.id) ?? [];
    await tx.delete(memberCommittees).where(eq(memberCommittees.memberId, before.id));
    if (body.committees.length) await tx.insert(memberCommittees).values(body.committees.map((c) => ({ memberId: before.id, committeeId: c.committeeId, role: c.role })));
    const now = (await committeeSeats(tx, [before.id])).get(before.id) ?? [];
    await audit(tx, ctx, {
      action: 'member.setCommittees',
      targetType: 'member',
      targetId: before.id,
      targetLabel: before.name,
      changes: { committees: { from: old.map((c) => `${c.name}(${c.role})`), to: now.map((c) => `${c.name}(${c.role})`) } },
    });
    return rows[0];
  });
}
