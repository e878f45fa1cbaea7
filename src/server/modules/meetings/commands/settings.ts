import { and, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import { isBuiltinKind, kindInfo, type CustomMeetingKind } from '../../../../core/meetings';
import { audit } from '../../../audit/record';
import { orgs, users } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import { meetingSettings, type MeetingSettings } from '../queries';

/**
 * The org's meeting settings live in `orgs.settings`: `leaveApprovers` (kind → user who decides
 * leave for that kind; a meeting may name its own approver) and `meetingKinds` (the org's own
 * kinds besides the built-in ones). Compare-and-set on the org's version.
 */
export async function updateMeetingSettings(
  deps: AppDeps,
  ctx: Ctx,
  input: { version: number; leaveApprovers?: Record<string, string | null>; meetingKinds?: CustomMeetingKind[] },
): Promise<MeetingSettings> {
  const orgId = ctx.actor.orgId;
  return deps.db.db.transaction(async (tx) => {
    const [o] = await tx.select().from(orgs).where(eq(orgs.id, orgId));
    const before = await meetingSettings(tx, orgId);
    const kinds = input.meetingKinds ?? before.meetingKinds;
    if (kinds.some((k) => isBuiltinKind(k.kind))) throw new AppError('VALIDATION_FAILED', '自定义会议类型不能与内置类型重名');
    if (new Set(kinds.map((k) => k.kind)).size !== kinds.length) throw new AppError('VALIDATION_FAILED', '会议类型标识重复');
    const approvers: Record<string, string> = { ...before.leaveApprovers };
    for (const [kind, userId] of Object.entries(input.leaveApprovers ?? {})) {
      if (!kindInfo(kind, kinds)) throw new AppError('VALIDATION_FAILED', `会议类型无效：${kind}`);
      if (userId) approvers[kind] = userId;
      else delete approvers[kind];
    }
    const ids = [...new Set(Object.values(approvers))];
    if (ids.length) {
      const found = await tx.select({ id: users.id }).from(users).where(and(inArray(users.id, ids), eq(users.orgId, orgId), eq(users.disabled, false)));
      if (found.length !== ids.length) throw new AppError('VALIDATION_FAILED', '所选请假审批人不存在或已停用');
    }
    const settings = { ...(o.settings ?? {}), leaveApprovers: approvers, meetingKinds: kinds };
    const rows = await tx
      .update(orgs)
      .set({ settings, version: sql`${orgs.version} + 1`, updatedAt: new Date() })
      .where(and(eq(orgs.id, orgId), eq(orgs.version, input.version)))
      .returning();
    if (!rows.length) throw new AppError('CONFLICT');
    await audit(tx, ctx, {
      action: 'meeting.settings',
      targetType: 'org',
      targetId: orgId,
      targetLabel: o.name,
      changes: { leaveApprovers: { from: before.leaveApprovers, to: approvers }, meetingKinds: { from: before.meetingKinds, to: kinds } },
    });
    return meetingSettings(tx, orgId);
  });
}
