import { and, desc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import { MEMBERSHIP_CHANGE_LABELS, membershipTransitionProblem, nextMemberStatus } from '../../../../core/membership';
import { audit } from '../../../audit/record';
import { members, membershipChanges } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import type { MemberRow } from '../presenter';
import { loadMember } from '../queries';
import type { MembershipChangeInput } from '../schemas';

/**
 * 增补 / 辞去 / 撤销委员资格: appends a history row (never rewrites one) and moves members.status
 * by the transition table in core/membership.ts.
 */
export async function changeMembership(deps: AppDeps, ctx: Ctx, id: string, input: MembershipChangeInput): Promise<MemberRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadMember(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '委员已归档，请先恢复');
    const next = nextMemberStatus(before.status, input.kind);
    if (!next) throw new AppError('INVALID_STATE', membershipTransitionProblem(before.status, input.kind) ?? undefined);
    const [last] = await tx
      .select({ effectiveOn: membershipChanges.effectiveOn })
      .from(membershipChanges)
      .where(eq(membershipChanges.memberId, before.id))
      .orderBy(desc(membershipChanges.effectiveOn))
      .limit(1);
    if (last && input.effectiveOn < last.effectiveOn) throw new AppError('VALIDATION_FAILED', `生效日期不能早于上一次变动（${last.effectiveOn}）`);
    const rows = await tx
      .update(members)
      .set({
        status: next,
        leftOn: next === 'active' ? null : input.effectiveOn,
        version: sql`${members.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(members.id, before.id), eq(members.version, input.version)))
      .returning();
    if (!rows.length) throw new AppError('CONFLICT');
    await tx.insert(membershipChanges).values({
      orgId: ctx.actor.orgId,
      memberId: before.id,
      kind: input.kind,
      effectiveOn: input.effectiveOn,
      approvingMeetingId: input.approvingMeetingId ?? null,
      approvingMeetingLabel: input.approvingMeetingLabel,
      reason: input.reason,
      createdBy: ctx.actor.userId,
    });
    await audit(tx, ctx, {
      action: `member.${input.kind}`,
      targetType: 'member',
      targetId: before.id,
      targetLabel: before.name,
      changes: {
        kind: MEMBERSHIP_CHANGE_LABELS[input.kind],
        status: { from: before.status, to: next },
        effectiveOn: input.effectiveOn,
        approvingMeetingLabel: input.approvingMeetingLabel,
        reason: input.reason,
      },
    });
    return rows[0];
  });
}
