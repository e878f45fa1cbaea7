import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { INSTITUTION_KIND_LABELS, INSTITUTION_STATUS_LABELS, nextInstitutionStatus, type InstitutionAction, type InstitutionKind, type InstitutionStatus } from '../../../core/institutions';
import { toSearchText } from '../../../core/search';
import { chinaDay } from '../../../core/time';
import { audit, diff, snapshot } from '../../audit/record';
import { institutions, institutionVersions } from '../../db/schema';
import type { Tx } from '../../db/client';
import type { AppDeps } from '../../deps';
import type { Ctx } from '../../lib/context';
import { loadInstitution, type InstitutionRow } from './queries';
import type { AddVersionInput, CreateInstitutionInput, UpdateInstitutionInput } from './schemas';

type Searchable = { title: string; docNumber?: string | null; issuingBody?: string | null; summary?: string | null; kind: string };

/** Bigrams of the metadata and the current text, so a rule is found by any phrase of its body. */
const vectorOf = (r: Searchable, bodyText: string) =>
  sql`to_tsvector('simple', ${toSearchText(r.title, r.docNumber, r.issuingBody, r.summary, INSTITUTION_KIND_LABELS[r.kind as InstitutionKind], bodyText)})` as unknown as string;

async function currentText(tx: Tx, r: InstitutionRow): Promise<string> {
  if (!r.currentVersionNo) return '';
  const [v] = await tx
    .select({ bodyText: institutionVersions.bodyText })
    .from(institutionVersions)
    .where(and(eq(institutionVersions.institutionId, r.id), eq(institutionVersions.versionNo, r.currentVersionNo)));
  return v?.bodyText ?? '';
}

async function cas(tx: Tx, before: InstitutionRow, version: number, set: Partial<typeof institutions.$inferInsert>): Promise<InstitutionRow> {
  const rows = await tx
    .update(institutions)
    .set({ ...set, version: sql`${institutions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(institutions.id, before.id), eq(institutions.version, version)))
    .returning();
  if (!rows.length) throw new AppError('CONFLICT');
  return rows[0];
}

function assertEditable(r: InstitutionRow): void {
  if (r.archivedAt) throw new AppError('INVALID_STATE', '制度已归档，请先恢复');
  if (r.status === 'repealed') throw new AppError('INVALID_STATE', '制度已废止，不能再修改');
}

/** 新建制度 (草案), with its first text as version 1 when given. */
export async function createInstitution(deps: AppDeps, ctx: Ctx, input: CreateInstitutionInput): Promise<InstitutionRow> {
  const { bodyText, changeNote, ...fields } = input;
  return deps.db.db.transaction(async (tx) => {
    const hasText = bodyText !== undefined;
    const [r] = await tx
      .insert(institutions)
      .values({ ...fields, orgId: ctx.actor.orgId, status: 'draft', currentVersionNo: hasText ? 1 : 0, searchVector: vectorOf(fields, bodyText ?? '') })
      .returning();
    if (hasText) {
      await tx.insert(institutionVersions).values({
        orgId: ctx.actor.orgId,
        institutionId: r.id,
        versionNo: 1,
        bodyText: bodyText ?? '',
        changeNote: changeNote ?? '初稿',
        effectiveOn: fields.effectiveOn ?? null,
        createdBy: ctx.actor.userId,
      });
    }
    await audit(tx, ctx, { action: 'institution.create', targetType: 'institution', targetId: r.id, targetLabel: r.title, changes: snapshot(r) });
    return r;
  });
}

/** 修改制度信息 (title, number, issuing body, kind, summary, effective date). */
export async function updateInstitution(deps: AppDeps, ctx: Ctx, id: string, body: UpdateInstitutionInput): Promise<InstitutionRow> {
  const { version, ...input } = body;
  return deps.db.db.transaction(async (tx) => {
    const before = await loadInstitution(tx, ctx.actor, id);
    assertEditable(before);
    if (before.status === 'inForce' && input.effectiveOn === null) throw new AppError('VALIDATION_FAILED', '现行制度须有施行日期');
    const merged = { ...before, ...input };
    const after = await cas(tx, before, version, { ...input, searchVector: vectorOf(merged, await currentText(tx, before)) });
    await audit(tx, ctx, { action: 'institution.update', targetType: 'institution', targetId: before.id, targetLabel: after.title, changes: diff(before, after) });
    return after;
  });
}

/** 修订: appends a version (the text and its effective date); the rule shows the newest. */
export async function addInstitutionVersion(deps: AppDeps, ctx: Ctx, id: string, input: AddVersionInput): Promise<{ institution: InstitutionRow; versionNo: number }> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadInstitution(tx, ctx.actor, id);
    assertEditable(before);
    const versionNo = before.currentVersionNo + 1;
    const effectiveOn = input.effectiveOn === undefined ? before.effectiveOn : input.effectiveOn;
    if (before.status === 'inForce' && !effectiveOn) throw new AppError('VALIDATION_FAILED', '现行制度的修订须有施行日期');
    const after = await cas(tx, before, input.version, { currentVersionNo: versionNo, effectiveOn, searchVector: vectorOf(before, input.bodyText) });
    const [v] = await tx
      .insert(institutionVersions)
      .values({ orgId: ctx.actor.orgId, institutionId: before.id, versionNo, bodyText: input.bodyText, changeNote: input.changeNote ?? '', effectiveOn, createdBy: ctx.actor.userId })
      .returning();
    await audit(tx, ctx, {
      action: 'institution.addVersion',
      targetType: 'institution',
      targetId: before.id,
      targetLabel: before.title,
      changes: { versionNo, versionId: v.id, changeNote: v.changeNote, effectiveOn: { from: before.effectiveOn, to: effectiveOn } },
    });
    return { institution: after, versionNo };
  });
}

/** 发布施行 (draft → inForce) and 废止 (inForce → repealed), by the transition table. */
export async function transitionInstitution(
  deps: AppDeps,
  ctx: Ctx,
  id: string,
  action: InstitutionAction,
  body: { version: number; effectiveOn?: string; repealedOn?: string; reason?: string },
): Promise<InstitutionRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadInstitution(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '制度已归档，请先恢复');
    const to = nextInstitutionStatus(before.status, action);
    if (!to) throw new AppError('INVALID_STATE', `制度当前为“${INSTITUTION_STATUS_LABELS[before.status as InstitutionStatus] ?? before.status}”，不能${action === 'publish' ? '发布' : '废止'}`);
    const set: Partial<typeof institutions.$inferInsert> = { status: to };
    if (action === 'publish') {
      if (!before.currentVersionNo) throw new AppError('VALIDATION_FAILED', '请先录入制度正文（或上传文本）再发布');
      const effectiveOn = body.effectiveOn ?? before.effectiveOn;
      if (!effectiveOn) throw new AppError('VALIDATION_FAILED', '发布制度须填写施行日期');
      set.effectiveOn = effectiveOn;
    } else {
      const repealedOn = body.repealedOn ?? chinaDay(new Date());
      if (before.effectiveOn && repealedOn < before.effectiveOn) throw new AppError('VALIDATION_FAILED', '废止日期不能早于施行日期');
      set.repealedOn = repealedOn;
    }
    const after = await cas(tx, before, body.version, set);
    await audit(tx, ctx, {
      action: `institution.${action}`,
      targetType: 'institution',
      targetId: before.id,
      targetLabel: before.title,
      changes: { ...diff(before, after), ...(body.reason ? { reason: body.reason } : {}) },
    });
    return after;
  });
}

export async function archiveInstitution(deps: AppDeps, ctx: Ctx, id: string, op: 'archive' | 'restore', body: { version: number; reason?: string }): Promise<InstitutionRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadInstitution(tx, ctx.actor, id);
    if ((op === 'archive') === !!before.archivedAt) throw new AppError('INVALID_STATE', op === 'archive' ? '制度已归档' : '制度未归档');
    const after = await cas(tx, before, body.version, { archivedAt: op === 'archive' ? new Date() : null });
    await audit(tx, ctx, { action: `institution.${op}`, targetType: 'institution', targetId: before.id, targetLabel: before.title, changes: body.reason ? { reason: body.reason } : null });
    return after;
  });
}
