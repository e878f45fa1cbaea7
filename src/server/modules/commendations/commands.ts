import { and, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { COMMENDATION_CATEGORY_LABELS, nomineeProblem, type CommendationCategory } from '../../../core/commendations';
import { toSearchText } from '../../../core/search';
import { audit, diff, snapshot } from '../../audit/record';
import { commendations, meetings, members } from '../../db/schema';
import type { Tx } from '../../db/client';
import type { AppDeps } from '../../deps';
import type { Ctx } from '../../lib/context';
import { loadCommendation, type CommendationRow } from './queries';
import type { CreateCommendationInput, UpdateCommendationInput } from './schemas';

type Fields = Omit<CreateCommendationInput, 'category'> & { category: string };

const vectorOf = (c: Fields & { nomineeName: string }) =>
  sql`to_tsvector('simple', ${toSearchText(c.nomineeName, c.nomineeDetail, COMMENDATION_CATEGORY_LABELS[c.category as CommendationCategory], c.decisionMeetingLabel, c.decisionDocNumber, c.citation, `${c.year}年度`)})` as unknown as string;

/**
 * Cross-field checks inside the transaction: the nominee fits the category, the member and the
 * meeting are of the org, the same nominee is not commended twice in one category and year.
 * Returns the nominee name to store (for members: the roster name).
 */
async function check(tx: Tx, orgId: string, c: Fields, exceptId?: string): Promise<string> {
  const problem = nomineeProblem(c.category as CommendationCategory, c);
  if (problem) throw new AppError('VALIDATION_FAILED', problem);
  if (Number(c.decidedOn.slice(0, 4)) < c.year) throw new AppError('VALIDATION_FAILED', '表彰决定日期不能早于表彰年度');
  let name = c.nomineeName?.trim() ?? '';
  if (c.memberId) {
    const [m] = await tx.select({ name: members.name }).from(members).where(and(eq(members.id, c.memberId), eq(members.orgId, orgId)));
    if (!m) throw new AppError('VALIDATION_FAILED', '所选委员不存在');
    name = m.name;
  }
  if (c.meetingId) {
    const [mt] = await tx.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.id, c.meetingId), eq(meetings.orgId, orgId)));
    if (!mt) throw new AppError('VALIDATION_FAILED', '所选会议不存在');
  }
  const same: SQL[] = [eq(commendations.orgId, orgId), eq(commendations.year, c.year), eq(commendations.category, c.category), isNull(commendations.archivedAt)];
  same.push(c.memberId ? eq(commendations.memberId, c.memberId) : eq(commendations.nomineeName, name));
  if (exceptId) same.push(ne(commendations.id, exceptId));
  const [dup] = await tx.select({ id: commendations.id }).from(commendations).where(and(...same));
  if (dup) throw new AppError('DUPLICATE', `${name}已在${c.year}年度获得“${COMMENDATION_CATEGORY_LABELS[c.category as CommendationCategory]}”表彰`);
  return name;
}

async function cas(tx: Tx, before: CommendationRow, version: number, set: Partial<typeof commendations.$inferInsert>): Promise<CommendationRow> {
  const rows = await tx
    .update(commendations)
    .set({ ...set, version: sql`${commendations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(commendations.id, before.id), eq(commendations.version, version)))
    .returning();
  if (!rows.length) throw new AppError('CONFLICT');
  return rows[0];
}

const labelOf = (c: CommendationRow) => `${c.year}年度${COMMENDATION_CATEGORY_LABELS[c.category as CommendationCategory] ?? c.category}：${c.nomineeName}`;

/** 登记表彰. */
export async function createCommendation(deps: AppDeps, ctx: Ctx, input: CreateCommendationInput): Promise<CommendationRow> {
  return deps.db.db.transaction(async (tx) => {
    const nomineeName = await check(tx, ctx.actor.orgId, input);
    const values = { ...input, nomineeName };
    const [c] = await tx
      .insert(commendations)
      .values({ ...values, orgId: ctx.actor.orgId, searchVector: vectorOf(values) })
      .returning();
    await audit(tx, ctx, { action: 'commendation.create', targetType: 'commendation', targetId: c.id, targetLabel: labelOf(c), changes: snapshot(c) });
    return c;
  });
}

/** 修改表彰记录. */
export async function updateCommendation(deps: AppDeps, ctx: Ctx, id: string, body: UpdateCommendationInput): Promise<CommendationRow> {
  const { version, ...input } = body;
  return deps.db.db.transaction(async (tx) => {
    const before = await loadCommendation(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '表彰记录已归档，请先恢复');
    const merged: Fields = { ...before, ...input, decidedOn: input.decidedOn ?? before.decidedOn };
    // Switching a member award to a named one (or back) clears the other side.
    if (input.category && input.category !== 'excellentMember' && input.memberId === undefined) merged.memberId = null;
    const nomineeName = await check(tx, ctx.actor.orgId, merged, before.id);
    const after = await cas(tx, before, version, { ...input, memberId: merged.memberId ?? null, nomineeName, searchVector: vectorOf({ ...merged, nomineeName }) });
    await audit(tx, ctx, { action: 'commendation.update', targetType: 'commendation', targetId: before.id, targetLabel: labelOf(after), changes: diff(before, after) });
    return after;
  });
}

export async function archiveCommendation(deps: AppDeps, ctx: Ctx, id: string, op: 'archive' | 'restore', body: { version: number; reason?: string }): Promise<CommendationRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadCommendation(tx, ctx.actor, id);
    if ((op === 'archive') === !!before.archivedAt) throw new AppError('INVALID_STATE', op === 'archive' ? '表彰记录已归档' : '表彰记录未归档');
    const after = await cas(tx, before, body.version, { archivedAt: op === 'archive' ? new Date() : null });
    await audit(tx, ctx, { action: `commendation.${op}`, targetType: 'commendation', targetId: before.id, targetLabel: labelOf(before), changes: body.reason ? { reason: body.reason } : null });
    return after;
  });
}
