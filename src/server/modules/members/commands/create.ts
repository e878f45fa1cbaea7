import { AppError } from '../../../../core/errors';
import { snapshot, audit } from '../../../audit/record';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import { maskAuditChanges, type MemberRow } from '../presenter';
import { currentTermId } from '../queries';
import type { CreateMemberInput } from '../schemas';
import { assertCommitteesInOrg, assertIdNumberFree, assertNoIssues, assertSectorInOrg, assertTermInOrg, checkPersonal } from '../validate';
import { insertMember } from './insert';

/** 新增委员: the member, their committee seats and the first history row (initial or added). */
export async function createMember(deps: AppDeps, ctx: Ctx, input: CreateMemberInput): Promise<MemberRow> {
  const { termId: wantedTerm, committees = [], joining, ...profile } = input;
  const { value, issues } = checkPersonal(profile);
  assertNoIssues(issues);
  return deps.db.db.transaction(async (tx) => {
    const termId = wantedTerm ?? (await currentTermId(tx, ctx.actor.orgId));
    if (!termId) throw new AppError('VALIDATION_FAILED', '尚未设置届次，请先在“届次”中添加当前届次');
    const term = await assertTermInOrg(tx, ctx.actor.orgId, termId);
    await assertSectorInOrg(tx, ctx.actor.orgId, value.sectorId);
    await assertCommitteesInOrg(tx, ctx.actor.orgId, committees.map((c) => c.committeeId));
    await assertIdNumberFree(tx, ctx.actor.orgId, termId, value.idNumber);
    const kind = joining?.kind ?? 'initial';
    if (kind === 'added' && !joining?.effectiveOn) throw new AppError('VALIDATION_FAILED', '增补委员须填写生效日期');
    if (kind === 'added' && !joining?.approvingMeetingLabel) throw new AppError('VALIDATION_FAILED', '增补委员须填写批准会议（如：六届常委会第三次会议）');
    const effectiveOn = joining?.effectiveOn ?? term.startDate;
    const m = await insertMember(tx, ctx, {
      values: { ...value, termId, joinedOn: effectiveOn },
      committees,
      joining: { kind, effectiveOn, approvingMeetingLabel: joining?.approvingMeetingLabel, approvingMeetingId: joining?.approvingMeetingId, reason: joining?.reason },
    });
    await audit(tx, ctx, {
      action: 'member.create',
      targetType: 'member',
      targetId: m.id,
      targetLabel: m.name,
      changes: maskAuditChanges({ ...snapshot(m), committees, joining: { kind, effectiveOn } }),
    });
    return m;
  });
}
