import type { Actor } from '../../lib/context';
import type { AttachmentRow } from './queries';

/** Metadata only: the storage key stays inside the server. */
export function presentAttachment(_actor: Actor, a: AttachmentRow, canWrite: boolean) {
  const { storageKey: _key, ...rest } = a;
  return {
    ...rest,
    downloadUrl: `/api/attachments/${a.id}/download`,
    abilities: { download: !a.archivedAt || canWrite, archive: canWrite && !a.archivedAt },
  };
}
