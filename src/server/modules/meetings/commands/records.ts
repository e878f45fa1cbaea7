import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import { attendanceOpen, meetingEditable } from '../../../../core/meetings';
import { audit, diff, snapshot } from '../../../audit/record';
import { meetingMinutes, meetingSpeeches, members } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import { loadForWrite } from './shared';

export type SpeechRow = typeof meetingSpeeches.$inferSelect;
export type MinutesRow = typeof meetingMinutes.$inferSelect;

/** 发言: recorded by staff for a member (or another speaker) once the meeting is noticed. */
export async function addSpeech(
  deps: AppDeps,
  ctx: Ctx,
  meetingId: string,
  input: { memberId?: string | null; speakerName?: string; mode: 'oral' | 'written'; title: string; text: string },
): Promise<SpeechRow> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, meetingId);
    if (!attendanceOpen(m.status)) throw new AppError('INVALID_STATE', '会议尚未通知或已办结，不能登记发言');
    let speakerName = input.speakerName ?? '';
    if (input.memberId) {
      const [mem] = await tx.select({ name: members.name }).from(members).where(and(eq(members.id, input.memberId), eq(members.orgId, m.orgId)));
      if (!mem) throw new AppError('VALIDATION_FAILED', '所选委员不存在');
      speakerName ||= mem.name;
    }
    if (!speakerName) throw new AppError('VALIDATION_FAILED', '请填写发言人');
    const [row] = await tx
      .insert(meetingSpeeches)
      .values({ orgId: m.orgId, meetingId: m.id, memberId: input.memberId ?? null, speakerName, mode: input.mode, title: input.title, text: input.text, createdBy: ctx.actor.userId })
      .returning();
    await audit(tx, ctx, { action: 'meeting.speech.create', targetType: 'meetingSpeech', targetId: row.id, targetLabel: `${speakerName}：${row.title}`, changes: snapshot({ ...row, text: row.text.slice(0, 200) }) });
    return row;
  });
}

export async function updateSpeech(
  deps: AppDeps,
  ctx: Ctx,
  meetingId: string,
  speechId: string,
  input: { version: number; speakerName?: string; mode?: 'oral' | 'written'; title?: string; text?: string },
): Promise<SpeechRow> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, meetingId);
    if (!meetingEditable(m.status)) throw new AppError('INVALID_STATE', '会议已办结，不能修改发言');
    const [before] = await tx.select().from(meetingSpeeches).where(and(eq(meetingSpeeches.id, speechId), eq(meetingSpeeches.meetingId, m.id)));
    if (!before) throw new AppError('NOT_FOUND', '发言不存在');
    if (before.archivedAt) throw new AppError('INVALID_STATE', '发言已归档');
    const { version, ...rest } = input;
    const [after] = await tx
      .update(meetingSpeeches)
      .set({ ...rest, version: sql`${meetingSpeeches.version} + 1`, updatedAt: new Date() })
      .where(and(eq(meetingSpeeches.id, before.id), eq(meetingSpeeches.version, version)))
      .returning();
    if (!after) throw new AppError('CONFLICT');
    await audit(tx, ctx, { action: 'meeting.speech.update', targetType: 'meetingSpeech', targetId: before.id, targetLabel: `${after.speakerName}：${after.title}`, changes: diff(before, after) });
    return after;
  });
}

export async function archiveSpeech(deps: AppDeps, ctx: Ctx, meetingId: string, speechId: string, input: { version: number; reason?: string }): Promise<SpeechRow> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, meetingId);
    if (!meetingEditable(m.status)) throw new AppError('INVALID_STATE', '会议已办结，不能修改发言');
    const [before] = await tx.select().from(meetingSpeeches).where(and(eq(meetingSpeeches.id, speechId), eq(meetingSpeeches.meetingId, m.id)));
    if (!before) throw new AppError('NOT_FOUND', '发言不存在');
    if (before.archivedAt) throw new AppError('INVALID_STATE', '发言已归档');
    const [after] = await tx
      .update(meetingSpeeches)
      .set({ archivedAt: new Date(), version: sql`${meetingSpeeches.version} + 1`, updatedAt: new Date() })
      .where(and(eq(meetingSpeeches.id, before.id), eq(meetingSpeeches.version, input.version)))
      .returning();
    if (!after) throw new AppError('CONFLICT');
    await audit(tx, ctx, { action: 'meeting.speech.archive', targetType: 'meetingSpeech', targetId: before.id, targetLabel: `${before.speakerName}：${before.title}`, changes: input.reason ? { reason: input.reason } : null });
    return after;
  });
}

/**
 * 纪要: drafted after the meeting is held (the row is created with its due date by `hold`);
 * `version` 0 when no row exists yet.
 */
export async function saveMinutes(deps: AppDeps, ctx: Ctx, meetingId: string, input: { version: number; text: string }): Promise<MinutesRow> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, meetingId);
    if (m.status !== 'held') throw new AppError('INVALID_STATE', '会议召开后、办结前才能编写纪要');
    const [before] = await tx.select().from(meetingMinutes).where(eq(meetingMinutes.meetingId, m.id));
    let after: MinutesRow | undefined;
    if (!before) {
      if (input.version !== 0) throw new AppError('CONFLICT');
      [after] = await tx.insert(meetingMinutes).values({ orgId: m.orgId, meetingId: m.id, text: input.text, dueOn: m.minutesDueOn }).returning();
    } else {
      if (before.status === 'approved') throw new AppError('INVALID_STATE', '纪要已审定，不能修改');
      [after] = await tx
        .update(meetingMinutes)
        .set({ text: input.text, version: sql`${meetingMinutes.version} + 1`, updatedAt: new Date() })
        .where(and(eq(meetingMinutes.id, before.id), eq(meetingMinutes.version, input.version)))
        .returning();
    }
    if (!after) throw new AppError('CONFLICT');
    await audit(tx, ctx, { action: 'meeting.minutes.save', targetType: 'meeting', targetId: m.id, targetLabel: m.title, changes: { length: { from: before?.text.length ?? 0, to: after.text.length } } });
    return after;
  });
}

export async function approveMinutes(deps: AppDeps, ctx: Ctx, meetingId: string, input: { version: number }): Promise<MinutesRow> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, meetingId);
    if (m.status !== 'held') throw new AppError('INVALID_STATE', '会议召开后、办结前才能审定纪要');
    const [before] = await tx.select().from(meetingMinutes).where(eq(meetingMinutes.meetingId, m.id));
    if (!before || !before.text.trim()) throw new AppError('INVALID_STATE', '纪要尚未编写');
    if (before.status === 'approved') throw new AppError('INVALID_STATE', '纪要已审定');
    const now = new Date();
    const [after] = await tx
      .update(meetingMinutes)
      .set({ status: 'approved', approvedAt: now, approvedBy: ctx.actor.userId, version: sql`${meetingMinutes.version} + 1`, updatedAt: now })
      .where(and(eq(meetingMinutes.id, before.id), eq(meetingMinutes.version, input.version)))
      .returning();
    if (!after) throw new AppError('CONFLICT');
    await audit(tx, ctx, { action: 'meeting.minutes.approve', targetType: 'meeting', targetId: m.id, targetLabel: m.title, changes: { dueOn: before.dueOn, approvedOn: now.toISOString() } });
    return after;
  });
}
