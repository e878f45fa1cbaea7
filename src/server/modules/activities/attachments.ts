import { hasAnyRole } from '../../../core/roles';
import { registerAttachmentOwner } from '../attachments/owners';
import { ACTIVITY_WRITERS } from './policy';
import { loadActivity } from './queries';

/** Activity photos and files: readable by whoever may see the activity (members: those who joined), kept by the office. */
registerAttachmentOwner('activity', {
  label: '活动',
  async canRead(actor, ownerId, tx) {
    return loadActivity(tx, actor, ownerId).then(
      () => true,
      () => false,
    );
  },
  async canWrite(actor, ownerId, tx) {
    if (!hasAnyRole(actor.roles, ACTIVITY_WRITERS)) return false;
    return loadActivity(tx, actor, ownerId).then(
      (a) => !a.archivedAt,
      () => false,
    );
  },
});
