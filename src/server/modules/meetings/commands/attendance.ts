import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import { ATTENDANCE_LABELS, attendanceOpen, checkInWindow, INVITEE_ROLE_LABELS, withinCheckInWindow, type AttendanceStatus } from '../../../../core/meetings';
import { chinaDateTime } from '../../../../core/time';
import { audit } from '../../../audit/record';
import { meetingInvitees, meetings, members, users } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import { meetingLink, notifyInvitees } from '../notify';
import { ownInvitee, type InviteeRow, type MeetingRow } from '../queries';
import type { InviteInput } from '../schemas';
import { bumpMeeting, loadForWrite } from './shared';

export async function invite(deps: AppDeps, ctx: Ctx, id: string, input: InviteInput): Promise<{ meeting: MeetingRow; added: InviteeRow[] }> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, id);
    if (m.status === 'closed' || m.status === 'cancelled') throw new AppError('INVALID_STATE', '会议已办结或已取消，不能添加参会人员');
    const orgId = m.orgId;
    const memberIds = [...new Set(input.memberIds)];
    const userIds = [...new Set(input.userIds)];
    const ms = memberIds.length
      ? await tx
          .select({ id: members.id, name: members.name, employer: members.employer, post: members.post })
          .from(members)
          .where(and(inArray(members.id, memberIds), eq(members.orgId, orgId), isNull(members.archivedAt)))
      : [];
    if (ms.length !== memberIds.length) throw new AppError('VALIDATION_FAILED', '所选委员中有不存在的记录');
    const us = userIds.length
      ? await tx
          .select({ id: users.id, name: users.displayName, memberId: users.memberId })
          .from(users)
          .where(and(inArray(users.id, userIds), eq(users.orgId, orgId), eq(users.disabled, false)))
      : [];
    if (us.length !== userIds.length) throw new AppError('VALIDATION_FAILED', '所选用户中有不存在的记录');
    const existing = await tx
      .select({ memberId: meetingInvitees.memberId, userId: meetingInvitees.userId })
      .from(meetingInvitees)
      .where(and(eq(meetingInvitees.meetingId, m.id), isNull(meetingInvitees.archivedAt)));
    const haveMember = new Set(existing.map((e) => e.memberId).filter(Boolean));
    const haveUser = new Set(existing.map((e) => e.userId).filter(Boolean));
    const rows: Array<typeof meetingInvitees.$inferInsert> = [
      ...ms.filter((x) => !haveMember.has(x.id)).map((x) => ({ orgId, meetingId: m.id, memberId: x.id, name: x.name, affiliation: [x.employer, x.post].filter(Boolean).join(''), role: input.role })),
      // A member's own account is the member: never invite the same person twice.
      ...us.filter((x) => !haveUser.has(x.id) && !(x.memberId && (haveMember.has(x.memberId) || memberIds.includes(x.memberId)))).map((x) => ({ orgId, meetingId: m.id, userId: x.id, name: x.name, role: input.role })),
      ...input.guests.map((g) => ({ orgId, meetingId: m.id, name: g.name, affiliation: g.affiliation, role: input.role === 'attendee' ? 'guest' : input.role })),
    ];
    const meeting = await bumpMeeting(tx, m, input.version);
    const added = rows.length ? await tx.insert(meetingInvitees).values(rows).returning() : [];
    if (m.status === 'noticed' && added.length) {
      await notifyInvitees(deps, tx, orgId, added, {
        kind: 'meetingNotice',
        title: `会议通知：${m.title}`,
        body: `${m.title}定于${chinaDateTime(m.startsAt)}在${m.venue || '（地点另行通知）'}召开，请准时参加。`,
        link: meetingLink(m.id),
        sms: `【履职平台】会议通知：${m.title}，${chinaDateTime(m.startsAt)}，${m.venue || '地点另行通知'}。`,
      });
      await tx.update(meetingInvitees).set({ notifiedAt: new Date() }).where(inArray(meetingInvitees.id, added.map((a) => a.id)));
    }
    await audit(tx, ctx, {
      action: 'meeting.invite',
      targetType: 'meeting',
      targetId: m.id,
      targetLabel: m.title,
      changes: { role: INVITEE_ROLE_LABELS[input.role], added: added.map((a) => a.name), skipped: memberIds.length + userIds.length + input.guests.length - added.length },
    });
    return { meeting, added };
  });
}

export async function removeInvitee(deps: AppDeps, ctx: Ctx, id: string, inviteeId: string, input: { version: number; reason?: string }): Promise<MeetingRow> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, id);
    if (m.status !== 'draft' && m.status !== 'noticed') throw new AppError('INVALID_STATE', '会议召开后不能移除参会人员');
    const [inv] = await tx.select().from(meetingInvitees).where(and(eq(meetingInvitees.id, inviteeId), eq(meetingInvitees.meetingId, m.id), isNull(meetingInvitees.archivedAt)));
    if (!inv) throw new AppError('NOT_FOUND', '参会人员不存在');
    const meeting = await bumpMeeting(tx, m, input.version);
    await tx.update(meetingInvitees).set({ archivedAt: new Date(), version: sql`${meetingInvitees.version} + 1` }).where(eq(meetingInvitees.id, inv.id));
    await audit(tx, ctx, { action: 'meeting.uninvite', targetType: 'meeting', targetId: m.id, targetLabel: m.title, changes: { removed: inv.name, ...(input.reason ? { reason: input.reason } : {}) } });
    return meeting;
  });
}

/** Staff sign invitees in (代签). Idempotent per invitee: someone already present stays as signed in. */
export async function staffCheckIn(deps: AppDeps, ctx: Ctx, id: string, inviteeIds: string[]): Promise<InviteeRow[]> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, id);
    if (!attendanceOpen(m.status)) throw new AppError('INVALID_STATE', '会议尚未通知或已办结，不能签到');
    const ids = [...new Set(inviteeIds)];
    const found = await tx
      .select({ id: meetingInvitees.id })
      .from(meetingInvitees)
      .where(and(inArray(meetingInvitees.id, ids), eq(meetingInvitees.meetingId, m.id), isNull(meetingInvitees.archivedAt)));
    if (found.length !== ids.length) throw new AppError('NOT_FOUND', '参会人员不存在');
    const now = new Date();
    const changed = await tx
      .update(meetingInvitees)
      .set({ attendance: 'present', checkedInAt: now, checkedInBy: ctx.actor.userId, checkInMethod: 'staff', version: sql`${meetingInvitees.version} + 1`, updatedAt: now })
      .where(and(inArray(meetingInvitees.id, ids), ne(meetingInvitees.attendance, 'present')))
      .returning();
    await audit(tx, ctx, { action: 'meeting.checkIn', targetType: 'meeting', targetId: m.id, targetLabel: m.title, changes: { method: 'staff', names: changed.map((c) => c.name) } });
    return changed;
  });
}

/** A member signs in by scanning the meeting's QR code, only while the window is open. */
export async function qrCheckIn(deps: AppDeps, ctx: Ctx, token: string): Promise<{ meeting: MeetingRow; invitee: InviteeRow; alreadyCheckedIn: boolean }> {
  return deps.db.db.transaction(async (tx) => {
    const [m] = await tx.select().from(meetings).where(and(eq(meetings.checkInToken, token), eq(meetings.orgId, ctx.actor.orgId), isNull(meetings.archivedAt)));
    if (!m) throw new AppError('NOT_FOUND', '签到码无效');
    if (!attendanceOpen(m.status)) throw new AppError('INVALID_STATE', '本次会议当前不能签到');
    const now = new Date();
    if (!withinCheckInWindow(now, m.startsAt, m.endsAt)) {
      const w = checkInWindow(m.startsAt, m.endsAt);
      throw new AppError('INVALID_STATE', `不在签到时间内（${chinaDateTime(w.opens)} 至 ${chinaDateTime(w.closes)}）`);
    }
    const inv = await ownInvitee(tx, ctx.actor, m.id);
    if (!inv) throw new AppError('FORBIDDEN', '您不在本次会议的参会人员名单中');
    if (inv.attendance === 'present') return { meeting: m, invitee: inv, alreadyCheckedIn: true };
    const [after] = await tx
      .update(meetingInvitees)
      .set({ attendance: 'present', checkedInAt: now, checkedInBy: ctx.actor.userId, checkInMethod: 'qr', version: sql`${meetingInvitees.version} + 1`, updatedAt: now })
      .where(and(eq(meetingInvitees.id, inv.id), eq(meetingInvitees.version, inv.version)))
      .returning();
    if (!after) throw new AppError('CONFLICT');
    await audit(tx, ctx, { action: 'meeting.checkIn', targetType: 'meeting', targetId: m.id, targetLabel: m.title, changes: { method: 'qr', names: [inv.name] } });
    return { meeting: m, invitee: after, alreadyCheckedIn: false };
  });
}

/** Staff correct one attendance entry (e.g. a late sign-in or a leave granted by phone). */
export async function correctAttendance(deps: AppDeps, ctx: Ctx, id: string, inviteeId: string, input: { version: number; attendance: AttendanceStatus }): Promise<InviteeRow> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, id);
    if (!attendanceOpen(m.status)) throw new AppError('INVALID_STATE', '会议尚未通知或已办结，不能修改考勤');
    const [inv] = await tx.select().from(meetingInvitees).where(and(eq(meetingInvitees.id, inviteeId), eq(meetingInvitees.meetingId, m.id), isNull(meetingInvitees.archivedAt)));
    if (!inv) throw new AppError('NOT_FOUND', '参会人员不存在');
    const now = new Date();
    const present = input.attendance === 'present';
    const [after] = await tx
      .update(meetingInvitees)
      .set({
        attendance: input.attendance,
        checkedInAt: present ? (inv.checkedInAt ?? now) : null,
        checkedInBy: present ? (inv.checkedInBy ?? ctx.actor.userId) : null,
        checkInMethod: present ? (inv.checkInMethod ?? 'staff') : null,
        version: sql`${meetingInvitees.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(meetingInvitees.id, inv.id), eq(meetingInvitees.version, input.version)))
      .returning();
    if (!after) throw new AppError('CONFLICT');
    await audit(tx, ctx, {
      action: 'meeting.attendance',
      targetType: 'meeting',
      targetId: m.id,
      targetLabel: m.title,
      changes: { name: inv.name, attendance: { from: ATTENDANCE_LABELS[inv.attendance as AttendanceStatus] ?? inv.attendance, to: ATTENDANCE_LABELS[input.attendance] } },
    });
    return after;
  });
}
