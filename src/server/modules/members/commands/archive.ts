import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import { audit } from '../../../audit/record';
import { members } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import type { MemberRow } from '../presenter';
import { assertIdNumberFree } from '../validate';
import { loadMember } from '../queries';

/** 归档 / 恢复委员 (a record entered by mistake); nothing is deleted. */
export async function archiveMember(deps: AppDeps, ctx: Ctx, id: string, op: 'archive' | 'restore', body: { version: number; reason?: string }): Promise<MemberRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadMember(tx, ctx.actor, id);
    if ((op === 'archive') === !!before.archivedAt) throw new AppError('INVALID_STATE', op === 'archive' ? '委员已归档' : '委员未归档');
    if (op === 'restore') await assertIdNumberFree(tx, ctx.actor.orgId, before.termId, before.idNumber || undefined, before.id);
    const rows = await tx
      .update(members)
      .set({ archivedAt: op === 'archive' ? new Date() : null, version: sql`${members.version} + 1`, updatedAt: new Date() })
      .where(and(eq(members.id, before.id), eq(members.version, body.version)))
      .returning();
    if (!rows.length) throw new AppError('CONFLICT');
    await audit(tx, ctx, { action: `member.${op}`, targetType: 'member', targetId: before.id, targetLabel: before.name, changes: body.reason ? { reason: body.reason } : null });
    return rows[0];
  });
}
