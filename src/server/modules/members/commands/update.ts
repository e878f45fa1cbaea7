import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import { audit, diff } from '../../../audit/record';
import { members } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import { maskAuditChanges, type MemberRow } from '../presenter';
import { loadMember } from '../queries';
import type { UpdateMemberInput } from '../schemas';
import { assertIdNumberFree, assertNoIssues, assertSectorInOrg, checkPersonal, memberSearchVector } from '../validate';

/** 修改委员信息: compare-and-set on version; the audit diff hides ID number and phone. */
export async function updateMember(deps: AppDeps, ctx: Ctx, id: string, body: UpdateMemberInput): Promise<MemberRow> {
  const { version, ...input } = body;
  return deps.db.db.transaction(async (tx) => {
    const before = await loadMember(tx, ctx.actor, id);
    if (before.archivedAt) throw new AppError('INVALID_STATE', '委员已归档，请先恢复');
    const merged = { ...before, ...input };
    const { value, issues } = checkPersonal({ idNumber: merged.idNumber, phone: merged.phone, birthDate: merged.birthDate });
    assertNoIssues(issues);
    if ('sectorId' in input) await assertSectorInOrg(tx, ctx.actor.orgId, input.sectorId);
    if (value.idNumber !== before.idNumber) await assertIdNumberFree(tx, ctx.actor.orgId, before.termId, value.idNumber, before.id);
    const rows = await tx
      .update(members)
      .set({
        ...input,
        idNumber: value.idNumber ?? '',
        phone: value.phone ?? '',
        birthDate: value.birthDate ?? null,
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
