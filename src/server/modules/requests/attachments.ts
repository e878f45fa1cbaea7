import { and, eq } from 'drizzle-orm';
import { hasAnyRole } from '../../../core/roles';
import { partyRequests } from '../../db/schema';
import { registerAttachmentOwner } from '../attachments/owners';
import { REQUEST_READERS, REQUEST_WRITERS } from './policy';

/** The request/report document itself and its annexes: ledger readers read, the office keeps them. */
registerAttachmentOwner('request', {
  label: '请示报告',
  async canRead(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, REQUEST_READERS)) return false;
    const [r] = await tx.select({ id: partyRequests.id }).from(partyRequests).where(and(eq(partyRequests.id, ownerId), eq(partyRequests.orgId, actor.orgId)));
    return !!r;
  },
  async canWrite(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, REQUEST_WRITERS)) return false;
    const [r] = await tx.select({ archivedAt: partyRequests.archivedAt }).from(partyRequests).where(and(eq(partyRequests.id, ownerId), eq(partyRequests.orgId, actor.orgId)));
    return !!r && !r.archivedAt;
  },
});
