import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import { leaveRequestsOpen, LEAVE_STATUS_LABELS, nextAttendance, nextLeaveStatus, type LeaveAction } from '../../../../core/meetings';
import { chinaDateTime } from '../../../../core/time';
import { audit } from '../../../audit/record';
import { meetingInvitees, meetingLeaveRequests } from '../../../db/schema';
import type { Tx } from '../../../db/client';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import { meetingLink, usersOfMember } from '../notify';
import { loadMeeting, meetingSettings, ownInvitee, resolveLeaveApprover } from '../queries';

export type LeaveRow = typeof meetingLeaveRequests.$inferSelect;

/** An invitee (member or user) asks for leave; the request goes to the meeting's leave approver. */
export async function requestLeave(deps: AppDeps, ctx: Ctx, meetingId: string, input: { reason: string }): Promise<LeaveRow> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadMeeting(tx, ctx.actor, meetingId);
    const inv = await ownInvitee(tx, ctx.actor, m.id);
    if (!inv) throw new AppError('FORBIDDEN', '您不在本次会议的参会人员名单中');
    if (m.archivedAt || !leaveRequestsOpen(m.status)) throw new AppError('INVALID_STATE', '会议已召开或已取消，不能请假');
    if (inv.attendance === 'present') throw new AppError('INVALID_STATE', '您已签到，不能请假');
    const open = await tx
      .select({ id: meetingLeaveRequests.id })
      .from(meetingLeaveRequests)
      .where(and(eq(meetingLeaveRequests.inviteeId, inv.id), inArray(meetingLeaveRequests.status, ['pending', 'approved'])));
    if (open.length) throw new AppError('DUPLICATE', '您已提交过本次会议的请假申请');
    const settings = await meetingSettings(tx, m.orgId);
    const approverId = await resolveLeaveApprover(tx, m, settings);
    if (!approverId) throw new AppError('INVALID_STATE', '本类会议尚未设置请假审批人，请联系会务工作人员');
    const [row] = await tx
      .insert(meetingLeaveRequests)
      .values({ orgId: m.orgId, meetingId: m.id, inviteeId: inv.id, memberId: inv.memberId, requestedBy: ctx.actor.userId, reason: input.reason, approverId })
      .returning();
    await deps.outbox.notify(tx, [
      {
        orgId: m.orgId,
        userId: approverId,
        kind: 'leaveRequest',
        title: `请假审批：${inv.name}申请不参加${m.title}`,
        body: `会议时间：${chinaDateTime(m.startsAt)}。请假事由：${input.reason}`,
        link: meetingLink(m.id),
      },
    ]);
    await audit(tx, ctx, { action: 'meeting.leave.request', targetType: 'meetingLeaveRequest', targetId: row.id, targetLabel: `${inv.name} · ${m.title}`, changes: { reason: input.reason, approverId } });
    return row;
  });
}

async function loadRequest(ctx: Ctx, tx: Tx, meetingId: string, requestId: string) {
  const m = await loadMeeting(tx, ctx.actor, meetingId);
  const [req] = await tx.select().from(meetingLeaveRequests).where(and(eq(meetingLeaveRequests.id, requestId), eq(meetingLeaveRequests.meetingId, m.id)));
  if (!req) throw new AppError('NOT_FOUND', '请假申请不存在');
  return { m, req };
}

/** The configured approver (and nobody else) approves or refuses. */
export async function decideLeave(deps: AppDeps, ctx: Ctx, meetingId: string, requestId: string, input: { version: number; decision: 'approve' | 'refuse'; comment: string }): Promise<LeaveRow> {
  return deps.db.db.transaction(async (tx) => {
    const { m, req } = await loadRequest(ctx, tx, meetingId, requestId);
    if (req.approverId !== ctx.actor.userId) throw new AppError('FORBIDDEN', '只有本会议的请假审批人可以审批');
    return applyLeaveAction(deps, ctx, tx, m, req, input.decision, input.version, input.comment);
  });
}

/** The requester withdraws a pending or approved request before the meeting is held. */
export async function withdrawLeave(deps: AppDeps, ctx: Ctx, meetingId: string, requestId: string, input: { version: number }): Promise<LeaveRow> {
  return deps.db.db.transaction(async (tx) => {
    const { m, req } = await loadRequest(ctx, tx, meetingId, requestId);
    if (req.requestedBy !== ctx.actor.userId) throw new AppError('FORBIDDEN', '只能撤回本人的请假申请');
    if (!leaveRequestsOpen(m.status)) throw new AppError('INVALID_STATE', '会议已召开，不能撤回请假');
    return applyLeaveAction(deps, ctx, tx, m, req, 'withdraw', input.version, '');
  });
}

async function applyLeaveAction(
  deps: AppDeps,
  ctx: Ctx,
  tx: Tx,
  m: Awaited<ReturnType<typeof loadMeeting>>,
  req: LeaveRow,
  action: LeaveAction,
  version: number,
  comment: string,
): Promise<LeaveRow> {
  if (m.archivedAt || m.status === 'cancelled' || m.status === 'closed') throw new AppError('INVALID_STATE', '会议已办结或已取消');
  const next = nextLeaveStatus(req.status, action);
  if (!next) throw new AppError('INVALID_STATE', `请假申请${LEAVE_STATUS_LABELS[req.status as keyof typeof LEAVE_STATUS_LABELS] ?? req.status}，不能再操作`);
  const now = new Date();
  const decided = action === 'approve' || action === 'refuse';
  const [after] = await tx
    .update(meetingLeaveRequests)
    .set({
      status: next,
      ...(decided ? { decidedAt: now, decidedBy: ctx.actor.userId, comment } : {}),
      version: sql`${meetingLeaveRequests.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(meetingLeaveRequests.id, req.id), eq(meetingLeaveRequests.version, version)))
    .returning();
  if (!after) throw new AppError('CONFLICT');
  const [inv] = await tx.select().from(meetingInvitees).where(and(eq(meetingInvitees.id, req.inviteeId), isNull(meetingInvitees.archivedAt)));
  const event = action === 'approve' ? 'leaveApproved' : req.status === 'approved' && action === 'withdraw' ? 'leaveRevoked' : null;
  if (inv && event) {
    const att = nextAttendance(inv.attendance, event);
    if (att) await tx.update(meetingInvitees).set({ attendance: att, version: sql`${meetingInvitees.version} + 1`, updatedAt: now }).where(eq(meetingInvitees.id, inv.id));
  }
  if (decided) {
    const to = new Set<string>([req.requestedBy, ...(req.memberId ? await usersOfMember(tx, m.orgId, req.memberId) : [])]);
    await deps.outbox.notify(
      tx,
      [...to].map((userId) => ({
        orgId: m.orgId,
        userId,
        kind: 'leaveDecision',
        title: `请假${action === 'approve' ? '已批准' : '未批准'}：${m.title}`,
        body: comment ? `审批意见：${comment}` : action === 'approve' ? '您的请假申请已批准。' : '您的请假申请未获批准，请按时参会。',
        link: meetingLink(m.id),
      })),
    );
  }
  await audit(tx, ctx, {
    action: `meeting.leave.${action}`,
    targetType: 'meetingLeaveRequest',
    targetId: req.id,
    targetLabel: `${inv?.name ?? ''} · ${m.title}`,
    changes: { status: { from: req.status, to: next }, ...(comment ? { comment } : {}) },
  });
  return after;
}
