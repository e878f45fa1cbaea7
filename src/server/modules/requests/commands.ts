import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { REQUEST_KIND_LABELS, REQUEST_SUBJECT_LABELS, type RequestKind, type RequestSubject } from '../../../core/requests/kinds';
import { toSearchText } from '../../../core/search';
import { audit, diff, snapshot } from '../../audit/record';
import { partyRequests, requestLinks } from '../../db/schema';
import type { Tx } from '../../db/client';
import type { AppDeps } from '../../deps';
import type { Ctx } from '../../lib/context';
import { assertMeetingsInOrg } from './meeting-refs';
import { assertActivitiesInOrg, loadRequest, type RequestRow } from './queries';
import type { CreateRequestInput, UpdateRequestInput } from './schemas';

type Fields = Omit<CreateRequestInput, 'meetingIds' | 'activityIds'>;

const vectorOf = (r: Fields) =>
  sql`to_tsvector('simple', ${toSearchText(r.title, REQUEST_SUBJECT_LABELS[r.subject as RequestSubject], REQUEST_KIND_LABELS[r.kind as RequestKind], r.addressee, r.documentNo, r.notes)})`;

function check(r: { sentOn?: string | null; decisionOn?: string | null; outcome?: string | null; kind: string }): void {
  if (r.decisionOn && r.sentOn && r.decisionOn < r.sentOn) throw new AppError('VALIDATION_FAILED', '审议日期不能早于报送日期');
  if (r.outcome && !r.sentOn) throw new AppError('VALIDATION_FAILED', '尚未报送的请示不能填写审议结果');
  if (r.outcome && r.kind === 'report') throw new AppError('VALIDATION_FAILED', '事后报告无需填写审议结果');
}

async function writeLinks(tx: Tx, ctx: Ctx, requestId: string, meetingIds: string[], activityIds: string[]): Promise<void> {
  const m = [...new Set(meetingIds)];
  const a = [...new Set(activityIds)];
  await assertMeetingsInOrg(tx, ctx.actor.orgId, m);
  await assertActivitiesInOrg(tx, ctx.actor.orgId, a);
  const rows = [...m.map((meetingId) => ({ orgId: ctx.actor.orgId, requestId, meetingId })), ...a.map((activityId) => ({ orgId: ctx.actor.orgId, requestId, activityId }))];
  if (rows.length) await tx.insert(requestLinks).values(rows);
}

async function cas(tx: Tx, before: RequestRow, version: number, set: Partial<typeof partyRequests.$inferInsert>): Promise<RequestRow> {
  const rows = await tx
    .update(partyRequests)
    .set({ ...set, version: sql`${partyRequests.version} + 1`, updatedAt: new Date() })
    .where(and(eq(partyRequests.id, before.id), eq(partyRequests.version, version)))
    .returning();
  if (!rows.length) throw new AppError('CONFLICT');
  return rows[0];
}

/** 登记请示/报告, with the meetings and activities it covers. */
export async function createRequest(deps: AppDeps, ctx: Ctx, input: CreateRequestInput): Promise<RequestRow> {
  const { meetingIds = [], activityIds = [], ...fields } = input;
  check(fields);
  return deps.db.db.transaction(async (tx) => {
    const [r] = await tx
      .insert(partyRequests)
      .values({ ...fields, orgId: ctx.actor.orgId, searchVector: vectorOf(fields) as unknown as string })
      .returning();
    await writeLinks(tx, ctx, r.id, meetingIds, activityIds);
    await audit(tx, ctx, { action: 'request.create', targetType: 'request', targetId: r.id, targetLabel: r.title, changes: { ...snapshot(r), meetingIds, activityIds } });
    return r;
  });
}

/** 修改请示/报告 (including recording the decision: decisionOn, outcome, documentNo). */
export async function updateRequest(deps: AppDeps, ctx: Ctx, id: string, body: UpdateRequestInput): Promise<RequestRow> {
  const { version, ...input } = body;
  return deps.db.db.transaction(async (tx) => {
    const before = await loadRequest(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '请示报告已归档，请先恢复');
    const merged = { ...before, ...input } as Fields & RequestRow;
    check(merged);
    const after = await cas(tx, before, version, { ...input, searchVector: vectorOf(merged) as unknown as string });
    await audit(tx, ctx, { action: 'request.update', targetType: 'request', targetId: before.id, targetLabel: after.title, changes: diff(before, after) });
    return after;
  });
}

/** 设置所涉会议和活动: replaces the links. */
export async function setRequestLinks(deps: AppDeps, ctx: Ctx, id: string, body: { version: number; meetingIds: string[]; activityIds: string[] }): Promise<RequestRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadRequest(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '请示报告已归档，请先恢复');
    const after = await cas(tx, before, body.version, {});
    const old = await tx.select().from(requestLinks).where(eq(requestLinks.requestId, before.id));
    await tx.delete(requestLinks).where(eq(requestLinks.requestId, before.id));
    await writeLinks(tx, ctx, before.id, body.meetingIds, body.activityIds);
    await audit(tx, ctx, {
      action: 'request.links',
      targetType: 'request',
      targetId: before.id,
      targetLabel: before.title,
      changes: { from: old.map((l) => l.meetingId ?? l.activityId), to: [...body.meetingIds, ...body.activityIds] },
    });
    return after;
  });
}

export async function archiveRequest(deps: AppDeps, ctx: Ctx, id: string, op: 'archive' | 'restore', body: { version: number; reason?: string }): Promise<RequestRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadRequest(tx, ctx.actor, id);
    if ((op === 'archive') === !!before.archivedAt) throw new AppError('INVALID_STATE', op === 'archive' ? '请示报告已归档' : '请示报告未归档');
    const after = await cas(tx, before, body.version, { archivedAt: op === 'archive' ? new Date() : null });
    await audit(tx, ctx, { action: `request.${op}`, targetType: 'request', targetId: before.id, targetLabel: before.title, changes: body.reason ? { reason: body.reason } : null });
    return after;
  });
}
