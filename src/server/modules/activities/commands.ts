import { and, eq, sql } from 'drizzle-orm';
import { activityKindLabel, canTransitionActivity, resolveActivityKinds, ACTIVITY_STATUS_LABELS, type ActivityStatus } from '../../../core/activities/kinds';
import type { ParticipantInput } from '../../../core/activities/schemas';
import { AppError } from '../../../core/errors';
import { toSearchText } from '../../../core/search';
import { audit, diff, snapshot } from '../../audit/record';
import { activities, activityParticipants, orgs } from '../../db/schema';
import type { DbOrTx, Tx } from '../../db/client';
import type { AppDeps } from '../../deps';
import type { Ctx } from '../../lib/context';
import { assertPeopleInOrg, committeeInOrg, loadActivity, orgSettings, taskInOrg, type ActivityRow } from './queries';
import type { CreateActivityInput, UpdateActivityInput } from './schemas';

type Fields = Omit<CreateActivityInput, 'participants' | 'status'> & { status?: string };

/** The bigram search text of an activity: title, kind, organizer, branch, place, text, training topics. */
function searchVectorOf(a: Partial<ActivityRow> & { kind: string; title: string }, settings: Record<string, unknown>) {
  const training = a.training as { topics?: string[]; lecturers?: Array<{ name: string }> } | null | undefined;
  const text = toSearchText(
    a.title,
    activityKindLabel(a.kind, settings),
    a.organizerName,
    a.partyBranch,
    a.place,
    a.description,
    a.outcome,
    ...(training?.topics ?? []),
    ...(training?.lecturers ?? []).map((l) => l.name),
  );
  return sql`to_tsvector('simple', ${text})`;
}

/** Cross-field checks and lookups of a create/update; returns the organizer name to store. */
async function validateFields(tx: DbOrTx, ctx: Ctx, merged: Fields, changed: Partial<Fields>, settings: Record<string, unknown>): Promise<{ organizerName: string }> {
  if ('kind' in changed && !resolveActivityKinds(settings).some((k) => k.key === merged.kind)) throw new AppError('VALIDATION_FAILED', `本组织未启用活动类型“${merged.kind}”`);
  if (merged.endsOn && merged.endsOn < merged.startsOn) throw new AppError('VALIDATION_FAILED', '结束日期不能早于开始日期');
  if (merged.training && merged.kind !== 'training') throw new AppError('VALIDATION_FAILED', '只有培训班可填写培训信息');
  let organizerName = merged.organizerName ?? '';
  if (changed.organizerCommitteeId) {
    const c = await committeeInOrg(tx, ctx.actor.orgId, changed.organizerCommitteeId);
    if (!organizerName) organizerName = c.name;
  }
  if (changed.workPlanTaskId) await taskInOrg(tx, ctx.actor.orgId, changed.workPlanTaskId);
  return { organizerName };
}

async function insertParticipants(tx: Tx, orgId: string, activityId: string, list: ParticipantInput[]): Promise<void> {
  const memberIds = list.flatMap((p) => (p.memberId ? [p.memberId] : []));
  const userIds = list.flatMap((p) => (p.userId ? [p.userId] : []));
  if (new Set(memberIds).size !== memberIds.length || new Set(userIds).size !== userIds.length) throw new AppError('VALIDATION_FAILED', '参加人名单中有重复的人员');
  await assertPeopleInOrg(tx, orgId, memberIds, userIds);
  if (list.length)
    await tx.insert(activityParticipants).values(
      list.map((p) => ({ orgId, activityId, memberId: p.memberId ?? null, userId: p.userId ?? null, role: p.role, attendance: p.attendance, note: p.note })),
    );
}

/** 新增活动 (with its participants, if given). */
export async function createActivity(deps: AppDeps, ctx: Ctx, input: CreateActivityInput): Promise<ActivityRow> {
  const { participants, ...fields } = input;
  return deps.db.db.transaction(async (tx) => {
    const settings = await orgSettings(tx, ctx.actor.orgId);
    const { organizerName } = await validateFields(tx, ctx, fields, fields, settings);
    const values = { ...fields, organizerName, orgId: ctx.actor.orgId };
    const [a] = await tx
      .insert(activities)
      .values({ ...values, searchVector: searchVectorOf(values, settings) as unknown as string })
      .returning();
    if (participants?.length) await insertParticipants(tx, ctx.actor.orgId, a.id, participants);
    await audit(tx, ctx, { action: 'activity.create', targetType: 'activity', targetId: a.id, targetLabel: a.title, changes: { ...snapshot(a), participants: participants?.length ?? 0 } });
    return a;
  });
}

/** Compare-and-set update of an activity row; 0 rows → CONFLICT. */
async function casUpdate(tx: Tx, before: ActivityRow, version: number, set: Partial<typeof activities.$inferInsert>): Promise<ActivityRow> {
  const rows = await tx
    .update(activities)
    .set({ ...set, version: sql`${activities.version} + 1`, updatedAt: new Date() })
    .where(and(eq(activities.id, before.id), eq(activities.version, version)))
    .returning();
  if (!rows.length) throw new AppError('CONFLICT');
  return rows[0];
}

/** 修改活动. */
export async function updateActivity(deps: AppDeps, ctx: Ctx, id: string, body: UpdateActivityInput): Promise<ActivityRow> {
  const { version, ...input } = body;
  return deps.db.db.transaction(async (tx) => {
    const before = await loadActivity(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '活动已归档，请先恢复');
    const settings = await orgSettings(tx, ctx.actor.orgId);
    const merged = { ...before, ...input } as Fields & ActivityRow;
    const { organizerName } = await validateFields(tx, ctx, merged, input, settings);
    const after = await casUpdate(tx, before, version, { ...input, organizerName, searchVector: searchVectorOf({ ...merged, organizerName }, settings) as unknown as string });
    await audit(tx, ctx, { action: 'activity.update', targetType: 'activity', targetId: before.id, targetLabel: after.title, changes: diff(before, after) });
    return after;
  });
}

/** 变更活动状态 (筹备中 → 已举办 / 已取消 …) along the transition table. */
export async function transitionActivity(deps: AppDeps, ctx: Ctx, id: string, body: { version: number; to: ActivityStatus; reason?: string }): Promise<ActivityRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadActivity(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '活动已归档，请先恢复');
    if (!canTransitionActivity(before.status, body.to))
      throw new AppError('INVALID_STATE', `活动当前状态为“${ACTIVITY_STATUS_LABELS[before.status as ActivityStatus] ?? before.status}”，不能改为“${ACTIVITY_STATUS_LABELS[body.to]}”`);
    const after = await casUpdate(tx, before, body.version, { status: body.to });
    await audit(tx, ctx, { action: 'activity.transition', targetType: 'activity', targetId: before.id, targetLabel: before.title, changes: { status: { from: before.status, to: body.to }, reason: body.reason ?? null } });
    return after;
  });
}

/** 设置参加人员及出勤: replaces the list; the activity's version guards against concurrent edits. */
export async function setParticipants(deps: AppDeps, ctx: Ctx, id: string, body: { version: number; participants: ParticipantInput[] }): Promise<ActivityRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadActivity(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '活动已归档，请先恢复');
    const after = await casUpdate(tx, before, body.version, {});
    const old = await tx.select().from(activityParticipants).where(eq(activityParticipants.activityId, before.id));
    await tx.delete(activityParticipants).where(eq(activityParticipants.activityId, before.id));
    await insertParticipants(tx, ctx.actor.orgId, before.id, body.participants);
    const key = (p: { memberId?: string | null; userId?: string | null; role: string; attendance: string }) => `${p.memberId ?? ''}|${p.userId ?? ''}|${p.role}|${p.attendance}`;
    await audit(tx, ctx, {
      action: 'activity.participants',
      targetType: 'activity',
      targetId: before.id,
      targetLabel: before.title,
      changes: { from: old.map(key), to: body.participants.map(key) },
    });
    return after;
  });
}

/** 归档 / 恢复活动 (nothing is deleted). */
export async function archiveActivity(deps: AppDeps, ctx: Ctx, id: string, op: 'archive' | 'restore', body: { version: number; reason?: string }): Promise<ActivityRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadActivity(tx, ctx.actor, id);
    if ((op === 'archive') === !!before.archivedAt) throw new AppError('INVALID_STATE', op === 'archive' ? '活动已归档' : '活动未归档');
    const after = await casUpdate(tx, before, body.version, { archivedAt: op === 'archive' ? new Date() : null });
    await audit(tx, ctx, { action: `activity.${op}`, targetType: 'activity', targetId: before.id, targetLabel: before.title, changes: body.reason ? { reason: body.reason } : null });
    return after;
  });
}

/** 配置本组织的活动类型 (orgs.settings.activityKinds), compare-and-set on the org's version. */
export async function setActivityKinds(deps: AppDeps, ctx: Ctx, body: { version: number; enabled?: string[]; extra?: Array<{ key: string; label: string }> }) {
  return deps.db.db.transaction(async (tx) => {
    const [before] = await tx.select().from(orgs).where(eq(orgs.id, ctx.actor.orgId));
    const current = (before.settings.activityKinds ?? {}) as Record<string, unknown>;
    const next = { ...current, ...(body.enabled ? { enabled: body.enabled } : {}), ...(body.extra ? { extra: body.extra } : {}) };
    const rows = await tx
      .update(orgs)
      .set({ settings: { ...before.settings, activityKinds: next }, version: sql`${orgs.version} + 1`, updatedAt: new Date() })
      .where(and(eq(orgs.id, before.id), eq(orgs.version, body.version)))
      .returning();
    if (!rows.length) throw new AppError('CONFLICT');
    await audit(tx, ctx, { action: 'org.activityKinds', targetType: 'org', targetId: before.id, targetLabel: before.name, changes: { activityKinds: { from: current, to: next } } });
    return rows[0];
  });
}
