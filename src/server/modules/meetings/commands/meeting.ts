import { randomBytes } from 'node:crypto';
import { and, eq, isNull, max } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import { defaultAgenda, kindInfo, MEETING_ACTION_LABELS, nextMeetingStatus, type MeetingAction } from '../../../../core/meetings';
import { chinaDateTime, chinaDay } from '../../../../core/time';
import { audit, diff, snapshot } from '../../../audit/record';
import type { DbOrTx } from '../../../db/client';
import { committees, meetingAgendaItems, meetingInvitees, meetingMinutes, meetings, plenarySessions, terms, users } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import { minutesDueOn } from '../due';
import { meetingLink, notifyInvitees } from '../notify';
import { agendaOf, currentTermId, inviteesOf, meetingSettings, termNumbers, type MeetingRow } from '../queries';
import { meetingLabel } from '../presenter';
import type { AgendaItemInput, CreateMeetingInput, UpdateMeetingInput } from '../schemas';
import { bumpMeeting, loadForWrite } from './shared';

export const newCheckInToken = () => randomBytes(24).toString('base64url');

async function checkRefs(
  tx: DbOrTx,
  orgId: string,
  input: { termId: string; plenarySessionId?: string | null; committeeId?: string | null; leaveApproverId?: string | null; startsAt: Date; endsAt?: Date | null },
): Promise<{ sessionNumber: number | null }> {
  let sessionNumber: number | null = null;
  if (input.endsAt && input.endsAt < input.startsAt) throw new AppError('VALIDATION_FAILED', '结束时间不能早于开始时间');
  if (input.plenarySessionId) {
    const [s] = await tx.select({ termId: plenarySessions.termId, number: plenarySessions.number }).from(plenarySessions).where(and(eq(plenarySessions.id, input.plenarySessionId), eq(plenarySessions.orgId, orgId)));
    if (!s || s.termId !== input.termId) throw new AppError('VALIDATION_FAILED', '所选会次不存在或不属于该届次');
    sessionNumber = s.number;
  }
  if (input.committeeId) {
    const [c] = await tx.select({ id: committees.id }).from(committees).where(and(eq(committees.id, input.committeeId), eq(committees.orgId, orgId)));
    if (!c) throw new AppError('VALIDATION_FAILED', '所选专委会不存在');
  }
  if (input.leaveApproverId) {
    const [u] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.leaveApproverId), eq(users.orgId, orgId), eq(users.disabled, false)));
    if (!u) throw new AppError('VALIDATION_FAILED', '所选请假审批人不存在');
  }
  return { sessionNumber };
}

async function nextNumber(tx: DbOrTx, orgId: string, termId: string, kind: string): Promise<number> {
  const [r] = await tx
    .select({ n: max(meetings.number) })
    .from(meetings)
    .where(and(eq(meetings.orgId, orgId), eq(meetings.termId, termId), eq(meetings.kind, kind), isNull(meetings.archivedAt)));
  return (r?.n ?? 0) + 1;
}

async function assertNumberFree(tx: DbOrTx, orgId: string, termId: string, kind: string, number: number, exceptId?: string): Promise<void> {
  const rows = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.orgId, orgId), eq(meetings.termId, termId), eq(meetings.kind, kind), eq(meetings.number, number), isNull(meetings.archivedAt)));
  if (rows.some((r) => r.id !== exceptId)) throw new AppError('DUPLICATE', `本届已有第${number}次该类会议`);
}

async function writeAgenda(tx: DbOrTx, orgId: string, meetingId: string, items: AgendaItemInput[]): Promise<void> {
  await tx.delete(meetingAgendaItems).where(eq(meetingAgendaItems.meetingId, meetingId));
  if (items.length)
    await tx.insert(meetingAgendaItems).values(items.map((it, i) => ({ orgId, meetingId, position: i + 1, title: it.title, isStudy: it.isStudy, studyMaterial: it.studyMaterial, presenter: it.presenter })));
}

export async function createMeeting(deps: AppDeps, ctx: Ctx, input: CreateMeetingInput): Promise<MeetingRow> {
  const orgId = ctx.actor.orgId;
  return deps.db.db.transaction(async (tx) => {
    const settings = await meetingSettings(tx, orgId);
    const info = kindInfo(input.kind, settings.meetingKinds);
    if (!info) throw new AppError('VALIDATION_FAILED', '会议类型无效');
    const termId = input.termId ?? (await currentTermId(tx, orgId));
    if (!termId) throw new AppError('VALIDATION_FAILED', '请先设置届次');
    if (input.termId) {
      const [t] = await tx.select({ id: terms.id }).from(terms).where(and(eq(terms.id, termId), eq(terms.orgId, orgId)));
      if (!t) throw new AppError('VALIDATION_FAILED', '所选届次不存在');
    }
    const startsAt = new Date(input.startsAt);
    const endsAt = input.endsAt ? new Date(input.endsAt) : null;
    const { sessionNumber } = await checkRefs(tx, orgId, { ...input, termId, startsAt, endsAt });
    if (input.plenarySessionId && input.kind !== 'plenary') throw new AppError('VALIDATION_FAILED', '只有全体会议可以关联会次');
    let number: number | null = null;
    if (info.numbered) {
      // A plenary meeting is numbered by its session (六届二次会议 → 2).
      number = input.number ?? (input.kind === 'plenary' ? sessionNumber : null) ?? (await nextNumber(tx, orgId, termId, input.kind));
      await assertNumberFree(tx, orgId, termId, input.kind, number);
    } else if (input.number) throw new AppError('VALIDATION_FAILED', `${info.label}不编次`);
    const [m] = await tx
      .insert(meetings)
      .values({
        orgId,
        termId,
        kind: input.kind,
        number,
        plenarySessionId: input.plenarySessionId ?? null,
        committeeId: input.committeeId ?? null,
        title: input.title,
        startsAt,
        endsAt,
        venue: input.venue ?? '',
        host: input.host ?? '',
        leaveApproverId: input.leaveApproverId ?? null,
        notes: input.notes ?? '',
        checkInToken: newCheckInToken(),
        createdBy: ctx.actor.userId,
      })
      .returning();
    const agenda = input.agenda ?? defaultAgenda(input.kind).map((a) => ({ ...a, studyMaterial: '', presenter: '' }));
    await writeAgenda(tx, orgId, m.id, agenda);
    const { checkInToken: _t, ...shown } = m;
    await audit(tx, ctx, { action: 'meeting.create', targetType: 'meeting', targetId: m.id, targetLabel: m.title, changes: { ...snapshot(shown), agenda } });
    return m;
  });
}

export async function updateMeeting(deps: AppDeps, ctx: Ctx, id: string, input: UpdateMeetingInput): Promise<MeetingRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx.actor, id);
    if (before.status === 'closed' || before.status === 'cancelled') throw new AppError('INVALID_STATE', '会议已办结或已取消，不能修改');
    const { version, ...rest } = input;
    const startsAt = rest.startsAt ? new Date(rest.startsAt) : before.startsAt;
    const endsAt = rest.endsAt === undefined ? before.endsAt : rest.endsAt ? new Date(rest.endsAt) : null;
    await checkRefs(tx, before.orgId, {
      termId: before.termId,
      plenarySessionId: rest.plenarySessionId,
      committeeId: rest.committeeId,
      leaveApproverId: rest.leaveApproverId,
      startsAt,
      endsAt,
    });
    const settings = await meetingSettings(tx, before.orgId);
    const info = kindInfo(before.kind, settings.meetingKinds);
    if (rest.number !== undefined && rest.number !== before.number) {
      if (!info?.numbered && rest.number !== null) throw new AppError('VALIDATION_FAILED', `${info?.label ?? '该类会议'}不编次`);
      if (rest.number !== null) await assertNumberFree(tx, before.orgId, before.termId, before.kind, rest.number, before.id);
    }
    const set: Partial<typeof meetings.$inferInsert> = { ...rest, startsAt, endsAt } as Partial<typeof meetings.$inferInsert>;
    const after = await bumpMeeting(tx, before, version, set);
    const { checkInToken: _a, ...b } = before;
    const { checkInToken: _b, ...a } = after;
    await audit(tx, ctx, { action: 'meeting.update', targetType: 'meeting', targetId: before.id, targetLabel: after.title, changes: diff(b, a) });
    return after;
  });
}

export async function setAgenda(deps: AppDeps, ctx: Ctx, id: string, input: { version: number; items: AgendaItemInput[] }): Promise<MeetingRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx.actor, id);
    if (before.status === 'closed' || before.status === 'cancelled') throw new AppError('INVALID_STATE', '会议已办结或已取消，不能修改议程');
    const old = await agendaOf(tx, before.id);
    const after = await bumpMeeting(tx, before, input.version);
    await writeAgenda(tx, before.orgId, before.id, input.items);
    await audit(tx, ctx, {
      action: 'meeting.agenda',
      targetType: 'meeting',
      targetId: before.id,
      targetLabel: before.title,
      changes: { agenda: { from: old.map((a) => ({ title: a.title, isStudy: a.isStudy })), to: input.items.map((a) => ({ title: a.title, isStudy: a.isStudy })) } },
    });
    return after;
  });
}

/** notice / hold / close / cancel / reopen, by the table in core/meetings/states.ts. */
export async function transitionMeeting(deps: AppDeps, ctx: Ctx, id: string, action: MeetingAction, input: { version: number; reason?: string }): Promise<MeetingRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx.actor, id);
    const next = nextMeetingStatus(before.status, action);
    if (!next) throw new AppError('INVALID_STATE', `当前状态下不能${MEETING_ACTION_LABELS[action]}`);
    const now = new Date();
    const set: Partial<typeof meetings.$inferInsert> = { status: next };
    const extra: Record<string, unknown> = {};
    const [tn] = [...(await termNumbers(tx, [before.termId])).values()];
    const label = meetingLabel(before, tn);
    const invitees = await inviteesOf(tx, before.id);

    if (action === 'notice') {
      const fresh = invitees.filter((i) => !i.notifiedAt);
      if (!invitees.length) throw new AppError('INVALID_STATE', '请先添加参会人员');
      set.noticeSentAt = now;
      const when = chinaDateTime(before.startsAt);
      await notifyInvitees(deps, tx, before.orgId, fresh, {
        kind: 'meetingNotice',
        title: `会议通知：${before.title}`,
        body: `${label}定于${when}在${before.venue || '（地点另行通知）'}召开，请准时参加。如不能出席，请在平台提交请假申请。`,
        link: meetingLink(before.id),
        sms: `【履职平台】会议通知：${before.title}，${when}，${before.venue || '地点另行通知'}。不能出席请在平台请假。`,
      });
      if (fresh.length) await tx.update(meetingInvitees).set({ notifiedAt: now }).where(and(eq(meetingInvitees.meetingId, before.id), isNull(meetingInvitees.notifiedAt), isNull(meetingInvitees.archivedAt)));
      extra.notified = fresh.length;
    }
    if (action === 'hold') {
      set.heldAt = now;
      const settings = await meetingSettings(tx, before.orgId);
      const day = chinaDay(before.endsAt ?? before.startsAt);
      const due = await minutesDueOn(tx, before.orgId, day, settings.minutesDueWorkingDays);
      set.minutesDueOn = due;
      extra.minutesDueOn = due;
      // Attendees who neither signed in nor have approved leave are absent.
      const absent = await tx
        .update(meetingInvitees)
        .set({ attendance: 'absent' })
        .where(and(eq(meetingInvitees.meetingId, before.id), eq(meetingInvitees.attendance, 'invited'), eq(meetingInvitees.role, 'attendee'), isNull(meetingInvitees.archivedAt)))
        .returning({ id: meetingInvitees.id });
      extra.markedAbsent = absent.length;
      const [existing] = await tx.select({ id: meetingMinutes.id }).from(meetingMinutes).where(eq(meetingMinutes.meetingId, before.id));
      if (existing) await tx.update(meetingMinutes).set({ dueOn: due }).where(eq(meetingMinutes.id, existing.id));
      else await tx.insert(meetingMinutes).values({ orgId: before.orgId, meetingId: before.id, dueOn: due });
    }
    if (action === 'cancel' && before.status === 'noticed') {
      await notifyInvitees(deps, tx, before.orgId, invitees.filter((i) => i.notifiedAt), {
        kind: 'meetingCancelled',
        title: `会议取消：${before.title}`,
        body: `原定于${chinaDateTime(before.startsAt)}召开的${label}已取消。${input.reason ? `原因：${input.reason}` : ''}`,
        link: meetingLink(before.id),
      });
    }
    const after = await bumpMeeting(tx, before, input.version, set);
    await audit(tx, ctx, {
      action: `meeting.${action}`,
      targetType: 'meeting',
      targetId: before.id,
      targetLabel: before.title,
      changes: { status: { from: before.status, to: next }, ...extra, ...(input.reason ? { reason: input.reason } : {}) },
    });
    return after;
  });
}

/** Archive (never delete): only drafts and cancelled meetings. */
export async function archiveMeeting(deps: AppDeps, ctx: Ctx, id: string, input: { version: number; reason?: string }): Promise<MeetingRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx.actor, id);
    if (before.status !== 'draft' && before.status !== 'cancelled') throw new AppError('INVALID_STATE', '只能归档草稿或已取消的会议');
    const after = await bumpMeeting(tx, before, input.version, { archivedAt: new Date() });
    await audit(tx, ctx, { action: 'meeting.archive', targetType: 'meeting', targetId: before.id, targetLabel: before.title, changes: input.reason ? { reason: input.reason } : null });
    return after;
  });
}

/** A new sign-in QR code (the old one stops working), e.g. when a photo of it went round. */
export async function rotateCheckInToken(deps: AppDeps, ctx: Ctx, id: string, input: { version: number; reason?: string }): Promise<MeetingRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx.actor, id);
    if (before.status === 'closed' || before.status === 'cancelled') throw new AppError('INVALID_STATE', '会议已办结或已取消');
    const after = await bumpMeeting(tx, before, input.version, { checkInToken: newCheckInToken() });
    await audit(tx, ctx, { action: 'meeting.rotateQr', targetType: 'meeting', targetId: before.id, targetLabel: before.title, changes: input.reason ? { reason: input.reason } : null });
    return after;
  });
}
