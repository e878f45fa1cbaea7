import { AppError } from '../../../core/errors';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/context';

/**
 * Who may read and attach files to a record of one type. Each area registers its owner types
 * (module level, e.g. `registerAttachmentOwner('proposal', {...})` in its module file). Both
 * checks must also confirm the owner exists in the actor's org: an owner the actor may not see
 * answers false, and the route turns that into NOT_FOUND.
 */
export interface AttachmentOwner {
  /** Chinese name for messages, e.g. 委员. */
  label: string;
  canRead(actor: Actor, ownerId: string, tx: DbOrTx): Promise<boolean>;
  canWrite(actor: Actor, ownerId: string, tx: DbOrTx): Promise<boolean>;
}

const registry = new Map<string, AttachmentOwner>();

export function registerAttachmentOwner(ownerType: string, owner: AttachmentOwner): void {
  if (!/^[a-zA-Z][a-zA-Z0-9]{1,39}$/.test(ownerType)) throw new Error(`bad attachment owner type: ${ownerType}`);
  const existing = registry.get(ownerType);
  if (existing && existing !== owner) throw new Error(`attachment owner type registered twice: ${ownerType}`);
  registry.set(ownerType, owner);
}

export function attachmentOwnerTypes(): string[] {
  return [...registry.keys()].sort();
}

/** Throws NOT_FOUND unless the owner type is known and the actor may read (or write) the owner. */
export async function assertOwnerAccess(actor: Actor, ownerType: string, ownerId: string, need: 'read' | 'write', tx: DbOrTx): Promise<void> {
  const owner = registry.get(ownerType);
  const ok = owner ? await (need === 'read' ? owner.canRead(actor, ownerId, tx) : owner.canWrite(actor, ownerId, tx)) : false;
  if (!ok) throw new AppError('NOT_FOUND', '附件所属记录不存在');
}

export async function ownerAllows(actor: Actor, ownerType: string, ownerId: string, need: 'read' | 'write', tx: DbOrTx): Promise<boolean> {
  const owner = registry.get(ownerType);
  return owner ? (need === 'read' ? owner.canRead(actor, ownerId, tx) : owner.canWrite(actor, ownerId, tx)) : false;
}
