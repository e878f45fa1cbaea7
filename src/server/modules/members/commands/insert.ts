import { memberCommittees, members, membershipChanges } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';
import type { Ctx } from '../../../lib/context';
import type { MemberRow } from '../presenter';
import { memberSearchVector } from '../validate';

export interface NewMember {
  values: Omit<typeof members.$inferInsert, 'id' | 'orgId' | 'searchVector' | 'status' | 'version'>;
  committees: Array<{ committeeId: string; role: string }>;
  joining: { kind: 'initial' | 'added'; effectiveOn: string; approvingMeetingLabel?: string; approvingMeetingId?: string | null; reason?: string };
}

/**
 * Inserts an already-validated member with its committee seats and the first membership_changes row.
 * No audit row: the caller writes one (per member, or one per import).
 */
export async function insertMember(tx: DbOrTx, ctx: Ctx, n: NewMember): Promise<MemberRow> {
  const [m] = await tx
    .insert(members)
    .values({ ...n.values, orgId: ctx.actor.orgId, status: 'active', joinedOn: n.values.joinedOn ?? n.joining.effectiveOn, searchVector: memberSearchVector(n.values) as unknown as string })
    .returning();
  if (n.committees.length) await tx.insert(memberCommittees).values(n.committees.map((c) => ({ memberId: m.id, committeeId: c.committeeId, role: c.role })));
  await tx.insert(membershipChanges).values({
    orgId: ctx.actor.orgId,
    memberId: m.id,
    kind: n.joining.kind,
    effectiveOn: n.joining.effectiveOn,
    approvingMeetingId: n.joining.approvingMeetingId ?? null,
    approvingMeetingLabel: n.joining.approvingMeetingLabel ?? '',
    reason: n.joining.reason ?? '',
    createdBy: ctx.actor.userId,
  });
  return m;
}
