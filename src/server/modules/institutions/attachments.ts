import { and, eq } from 'drizzle-orm';
import { hasAnyRole } from '../../../core/roles';
import { institutions, institutionVersions } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/context';
import { registerAttachmentOwner } from '../attachments/owners';
import { INSTITUTION_READERS, INSTITUTION_WRITERS, seesWholeLibrary } from './policy';

async function versionOwner(tx: DbOrTx, actor: Actor, versionId: string) {
  const [r] = await tx
    .select({ status: institutions.status, archivedAt: institutions.archivedAt })
    .from(institutionVersions)
    .innerJoin(institutions, eq(institutions.id, institutionVersions.institutionId))
    .where(and(eq(institutionVersions.id, versionId), eq(institutions.orgId, actor.orgId)));
  return r;
}

/** The signed/printed text of one version of a rule (PDF, Word): readers of the rule read, the office attaches. */
registerAttachmentOwner('institutionVersion', {
  label: '制度版本',
  async canRead(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, INSTITUTION_READERS)) return false;
    const r = await versionOwner(tx, actor, ownerId);
    return !!r && (seesWholeLibrary(actor) || (r.status === 'inForce' && !r.archivedAt));
  },
  async canWrite(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, INSTITUTION_WRITERS)) return false;
    const r = await versionOwner(tx, actor, ownerId);
    return !!r && !r.archivedAt && r.status !== 'repealed';
  },
});
