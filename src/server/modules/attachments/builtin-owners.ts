import { and, eq } from 'drizzle-orm';
import { ORG_READER_ROLES, hasAnyRole } from '../../../core/roles';
import { members } from '../../db/schema';
import { ROSTER_WRITERS } from '../members/policy';
import { registerAttachmentOwner } from './owners';

/** Office staff who keep the roster also keep the org's documents. */
const OFFICE_WRITERS = ROSTER_WRITERS;

/** Member files (photos, appointment letters …): office writes; office roles, leader, auditor and the member read. */
registerAttachmentOwner('member', {
  label: '委员',
  async canRead(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, ORG_READER_ROLES) && actor.memberId !== ownerId) return false;
    const [m] = await tx.select({ id: members.id }).from(members).where(and(eq(members.id, ownerId), eq(members.orgId, actor.orgId)));
    return !!m;
  },
  async canWrite(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, OFFICE_WRITERS)) return false;
    const [m] = await tx.select({ id: members.id }).from(members).where(and(eq(members.id, ownerId), eq(members.orgId, actor.orgId)));
    return !!m;
  },
});

/** The org's own documents (templates, notices): office writes, every user of the org reads. */
registerAttachmentOwner('org', {
  label: '本组织',
  async canRead(actor, ownerId) {
    return ownerId === actor.orgId;
  },
  async canWrite(actor, ownerId) {
    return ownerId === actor.orgId && hasAnyRole(actor.roles, OFFICE_WRITERS);
  },
});
