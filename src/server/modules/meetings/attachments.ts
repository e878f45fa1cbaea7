import { and, eq } from 'drizzle-orm';
import { meetingSpeeches, meetings } from '../../db/schema';
import { registerAttachmentOwner } from '../attachments/owners';
import { canManage } from './policy';
import { visibleMeetings } from './queries';

/** Files of a meeting (notice, materials, minutes scans): office writes, whoever sees the meeting reads. */
registerAttachmentOwner('meeting', {
  label: '会议',
  async canRead(actor, ownerId, tx) {
    const [m] = await tx.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.id, ownerId), visibleMeetings(actor)));
    return !!m;
  },
  async canWrite(actor, ownerId, tx) {
    if (!canManage(actor)) return false;
    const [m] = await tx.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.id, ownerId), eq(meetings.orgId, actor.orgId)));
    return !!m;
  },
});

/** A speech's attachment (the written text as filed): same rule through its meeting. */
registerAttachmentOwner('meetingSpeech', {
  label: '会议发言',
  async canRead(actor, ownerId, tx) {
    const [s] = await tx
      .select({ id: meetingSpeeches.id })
      .from(meetingSpeeches)
      .innerJoin(meetings, eq(meetings.id, meetingSpeeches.meetingId))
      .where(and(eq(meetingSpeeches.id, ownerId), visibleMeetings(actor)));
    return !!s;
  },
  async canWrite(actor, ownerId, tx) {
    if (!canManage(actor)) return false;
    const [s] = await tx.select({ id: meetingSpeeches.id }).from(meetingSpeeches).where(and(eq(meetingSpeeches.id, ownerId), eq(meetingSpeeches.orgId, actor.orgId)));
    return !!s;
  },
});
