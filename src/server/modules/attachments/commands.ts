import { createHash, randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { audit } from '../../audit/record';
import { attachments } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Ctx } from '../../lib/context';
import { checkFile, cleanFileName } from './file-types';
import { assertOwnerAccess } from './owners';
import { loadReadableAttachment, type AttachmentRow } from './queries';

export interface UploadInput {
  ownerType: string;
  ownerId: string;
  fileName: string;
  data: Buffer;
}

/**
 * Stores the bytes under a random key first, then the metadata row and its audit row in one
 * transaction; if that fails the bytes are removed again.
 */
export async function uploadAttachment(deps: AppDeps, ctx: Ctx, input: UploadInput): Promise<AttachmentRow> {
  const db = deps.db.db;
  await assertOwnerAccess(ctx.actor, input.ownerType, input.ownerId, 'write', db);
  const fileName = cleanFileName(input.fileName);
  const mimeType = checkFile(fileName, input.data, deps.config.maxUploadBytes);
  const sha256 = createHash('sha256').update(input.data).digest('hex');
  const storageKey = `attachments/${new Date().getFullYear()}/${randomUUID()}`;
  await deps.storage.put(storageKey, input.data);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(attachments)
        .values({ orgId: ctx.actor.orgId, ownerType: input.ownerType, ownerId: input.ownerId, fileName, mimeType, size: input.data.length, sha256, storageKey, uploadedBy: ctx.actor.userId })
        .returning();
      await audit(tx, ctx, {
        action: 'attachment.upload',
        targetType: 'attachment',
        targetId: row.id,
        targetLabel: fileName,
        changes: { ownerType: row.ownerType, ownerId: row.ownerId, size: row.size, sha256, mimeType },
      });
      return row;
    });
  } catch (e) {
    await deps.storage.remove(storageKey).catch(() => undefined);
    throw e;
  }
}

/** Archives (never deletes) an attachment; the bytes stay in storage. */
export async function archiveAttachment(deps: AppDeps, ctx: Ctx, id: string, reason?: string): Promise<AttachmentRow> {
  return deps.db.db.transaction(async (tx) => {
    const before = await loadReadableAttachment(tx, ctx.actor, id);
    await assertOwnerAccess(ctx.actor, before.ownerType, before.ownerId, 'write', tx).catch(() => {
      throw new AppError('FORBIDDEN', '没有权限归档此附件');
    });
    // Compare-and-set on archivedAt (the table has no version column).
    const rows = await tx.update(attachments).set({ archivedAt: new Date() }).where(and(eq(attachments.id, before.id), isNull(attachments.archivedAt))).returning();
    if (!rows.length) throw new AppError('INVALID_STATE', '附件已归档');
    await audit(tx, ctx, { action: 'attachment.archive', targetType: 'attachment', targetId: before.id, targetLabel: before.fileName, changes: { ownerType: before.ownerType, ownerId: before.ownerId, ...(reason ? { reason } : {}) } });
    return rows[0];
  });
}
