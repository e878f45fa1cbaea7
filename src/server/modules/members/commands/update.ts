import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import { audit, diff } from '../../../audit/record';
import { members } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import { maskAuditChanges, type MemberRow } from '../presenter';
import { loadMember } from '../queries';
import type { UpdateMemberInput } from '../schemas';
import { isValidIdNumber } from '../../../../core/idNumber';
import { assertIdNumberFree, assertNoIssues, assertSectorInOrg, checkPersonal, memberSearchVector } from '../validate';

/** 修改委员信息: compare-and-set on version; the audit diff hides ID number and phone. */
export async function updateMember(deps: AppDeps, ctx: Ctx, id: string, body: UpdateMemberInput): Promise<MemberRow> {
  const { version, ...input } = body;
  return deps.db.db.transaction(async (tx) => {
    const before = await loadMember(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '委员已归档，请先恢复');
    const merged = { ...before, ...input };
    const personal = checkChangedPersonal(before, input);
    if ('sectorId' in input) await assertSectorInOrg(tx, ctx.actor.orgId, input.sectorId);
    if (personal.idNumber !== undefined && personal.idNumber !== before.idNumber) await assertIdNumberFree(tx, ctx.actor.orgId, before.termId, personal.idNumber, before.id);
    const rows = await tx
      .update(members)
      .set({
        ...input,
        ...personal,
        searchVector: memberSearchVector({ ...merged }) as unknown as string,
        version: sql`${members.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(members.id, before.id), eq(members.version, version)))
      .returning();
    if (!rows.length) throw new AppError('CONFLICT');
    await audit(tx, ctx, { action: 'member.update', targetType: 'member', targetId: before.id, targetLabel: rows[0].name, changes: maskAuditChanges(diff(before, rows[0])) });
    return rows[0];
  });
}

/**
 * Checks only what the update touches (a legacy record with a bad stored value can still be edited),
 * and the birth date against the ID number in force after the update.
 */
function checkChangedPersonal(before: MemberRow, input: Omit<UpdateMemberInput, 'version'>): { idNumber?: string; phone?: string; birthDate?: string | null } {
  if (input.idNumber === undefined && input.phone === undefined && input.birthDate === undefined) return {};
  const idInForce = input.idNumber !== undefined ? input.idNumber : isValidIdNumber(before.idNumber) ? before.idNumber : undefined;
  const birthDate = input.birthDate !== undefined ? input.birthDate : before.birthDate;
  const { value, issues } = checkPersonal({ idNumber: idInForce, phone: input.phone, birthDate });
  assertNoIssues(issues);
  const out: { idNumber?: string; phone?: string; birthDate?: string | null } = {};
  if (input.idNumber !== undefined) out.idNumber = value.idNumber ?? '';
  if (input.phone !== undefined) out.phone = value.phone ?? '';
  if ((value.birthDate ?? null) !== before.birthDate) out.birthDate = value.birthDate ?? null;
  return out;
}
