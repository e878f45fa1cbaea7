import { and, eq } from 'drizzle-orm';
import { hasAnyRole } from '../../../core/roles';
import { commendations } from '../../db/schema';
import { registerAttachmentOwner } from '../attachments/owners';
import { COMMENDATION_READERS, COMMENDATION_WRITERS, mayReadMemberCommendations, seesAllCommendations } from './policy';

/** The decision document, certificate photo …: readers of the award read, the office attaches. */
registerAttachmentOwner('commendation', {
  label: '表彰',
  async canRead(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, COMMENDATION_READERS)) return false;
    const [c] = await tx.select({ memberId: commendations.memberId, archivedAt: commendations.archivedAt }).from(commendations).where(and(eq(commendations.id, ownerId), eq(commendations.orgId, actor.orgId)));
    if (!c) return false;
    // The office, leaders and auditors read every award; a member only their own, while it is not archived.
    return seesAllCommendations(actor) || (!!c.memberId && !c.archivedAt && mayReadMemberCommendations(actor, c.memberId));
  },
  async canWrite(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, COMMENDATION_WRITERS)) return false;
    const [c] = await tx.select({ archivedAt: commendations.archivedAt }).from(commendations).where(and(eq(commendations.id, ownerId), eq(commendations.orgId, actor.orgId)));
    return !!c && !c.archivedAt;
  },
});
