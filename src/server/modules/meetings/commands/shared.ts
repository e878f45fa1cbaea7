import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import type { DbOrTx } from '../../../db/client';
import { meetings } from '../../../db/schema';
import type { Actor } from '../../../lib/context';
import { canManage } from '../policy';
import { loadMeeting, type MeetingRow } from '../queries';

/** Loads a meeting for an office write: visible, not archived. */
export async function loadForWrite(tx: DbOrTx, actor: Actor, id: string): Promise<MeetingRow> {
  const m = await loadMeeting(tx, actor, id);
  if (!canManage(actor)) throw new AppError('FORBIDDEN');
  if (m.archivedAt) throw new AppError('INVALID_STATE', '会议已归档');
  return m;
}

/**
 * Compare-and-set on the meeting's version: every change to a meeting or its parts (agenda,
 * invitees, attendance …) bumps it, so two people editing the same meeting never overwrite
 * each other silently.
 */
export async function bumpMeeting(tx: DbOrTx, m: MeetingRow, version: number, set: Partial<typeof meetings.$inferInsert> = {}): Promise<MeetingRow> {
  const rows = await tx
    .update(meetings)
    .set({ ...set, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(meetings.id, m.id), eq(meetings.version, version)))
    .returning();
  if (!rows.length) throw new AppError('CONFLICT');
  return rows[0];
}

/** Same, without a client-supplied version (system-driven changes such as a QR sign-in). */
export async function touchMeeting(tx: DbOrTx, m: MeetingRow): Promise<MeetingRow> {
  return bumpMeeting(tx, m, m.version);
}
