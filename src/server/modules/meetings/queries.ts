import { and, asc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import type { CustomMeetingKind } from '../../../core/meetings';
import type { DbOrTx } from '../../db/client';
import { meetingAgendaItems, meetingInvitees, meetingLeaveRequests, meetings, memberCommittees, orgs, terms, users } from '../../db/schema';
import type { Actor } from '../../lib/context';
import { readsWholeOrg } from './policy';

export type MeetingRow = typeof meetings.$inferSelect;
export type InviteeRow = typeof meetingInvitees.$inferSelect;
export type AgendaRow = typeof meetingAgendaItems.$inferSelect;

/**
 * Which meetings the actor sees: readers the whole org; everyone else only meetings past draft
 * they are invited to (as a member or as a user) or whose leave requests they decide.
 */
export function visibleMeetings(actor: Actor): SQL {
  const own = eq(meetings.orgId, actor.orgId);
  if (readsWholeOrg(actor)) return own;
  const invited = or(
    actor.memberId ? eq(meetingInvitees.memberId, actor.memberId) : undefined,
    eq(meetingInvitees.userId, actor.userId),
  );
  return and(
    own,
    ne(meetings.status, 'draft'),
    or(
      sql`exists (select 1 from ${meetingInvitees} where ${meetingInvitees.meetingId} = ${meetings.id} and ${meetingInvitees.archivedAt} is null and (${invited}))`,
      eq(meetings.leaveApproverId, actor.userId),
      sql`exists (select 1 from ${meetingLeaveRequests} where ${meetingLeaveRequests.meetingId} = ${meetings.id} and ${meetingLeaveRequests.approverId} = ${actor.userId})`,
    ),
  ) as SQL;
}

/** A meeting the actor may see, or NOT_FOUND (same answer for another org's and a missing one). */
export async function loadMeeting(db: DbOrTx, actor: Actor, id: string): Promise<MeetingRow> {
  const [m] = await db.select().from(meetings).where(and(eq(meetings.id, id), visibleMeetings(actor)));
  if (!m) throw new AppError('NOT_FOUND', '会议不存在');
  return m;
}

export async function agendaOf(db: DbOrTx, meetingId: string): Promise<AgendaRow[]> {
  return db.select().from(meetingAgendaItems).where(eq(meetingAgendaItems.meetingId, meetingId)).orderBy(asc(meetingAgendaItems.position));
}

export async function agendaOfMany(db: DbOrTx, ids: string[]): Promise<Map<string, AgendaRow[]>> {
  const out = new Map<string, AgendaRow[]>();
  if (!ids.length) return out;
  const rows = await db.select().from(meetingAgendaItems).where(inArray(meetingAgendaItems.meetingId, ids)).orderBy(asc(meetingAgendaItems.position));
  for (const r of rows) out.set(r.meetingId, [...(out.get(r.meetingId) ?? []), r]);
  return out;
}

export async function inviteesOf(db: DbOrTx, meetingId: string): Promise<InviteeRow[]> {
  return db
    .select()
    .from(meetingInvitees)
    .where(and(eq(meetingInvitees.meetingId, meetingId), isNull(meetingInvitees.archivedAt)))
    .orderBy(asc(meetingInvitees.createdAt), asc(meetingInvitees.name));
}

/** The actor's own invitation to a meeting (as member or user), if any. */
export async function ownInvitee(db: DbOrTx, actor: Actor, meetingId: string): Promise<InviteeRow | undefined> {
  const who = or(actor.memberId ? eq(meetingInvitees.memberId, actor.memberId) : undefined, eq(meetingInvitees.userId, actor.userId));
  const [row] = await db.select().from(meetingInvitees).where(and(eq(meetingInvitees.meetingId, meetingId), isNull(meetingInvitees.archivedAt), who));
  return row;
}

export interface MeetingSettings {
  leaveApprovers: Record<string, string>;
  meetingKinds: CustomMeetingKind[];
  minutesDueWorkingDays: number | null;
  orgVersion: number;
}

export async function meetingSettings(db: DbOrTx, orgId: string): Promise<MeetingSettings> {
  const [o] = await db.select({ settings: orgs.settings, version: orgs.version }).from(orgs).where(eq(orgs.id, orgId));
  const s = (o?.settings ?? {}) as Record<string, unknown>;
  const approvers = s.leaveApprovers && typeof s.leaveApprovers === 'object' ? (s.leaveApprovers as Record<string, unknown>) : {};
  const kinds = Array.isArray(s.meetingKinds) ? (s.meetingKinds as unknown[]) : [];
  return {
    leaveApprovers: Object.fromEntries(Object.entries(approvers).filter((e): e is [string, string] => typeof e[1] === 'string')),
    meetingKinds: kinds.filter((k): k is CustomMeetingKind => !!k && typeof k === 'object' && typeof (k as CustomMeetingKind).kind === 'string' && typeof (k as CustomMeetingKind).label === 'string'),
    minutesDueWorkingDays: typeof s.minutesDueWorkingDays === 'number' ? s.minutesDueWorkingDays : null,
    orgVersion: o?.version ?? 0,
  };
}

export async function termNumbers(db: DbOrTx, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: terms.id, number: terms.number }).from(terms).where(inArray(terms.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.number]));
}

/** The org's current term (for meetings created without one). */
export async function currentTermId(db: DbOrTx, orgId: string): Promise<string | null> {
  const [t] = await db
    .select({ id: terms.id })
    .from(terms)
    .where(and(eq(terms.orgId, orgId), isNull(terms.archivedAt)))
    .orderBy(sql`${terms.isCurrent} desc`, sql`${terms.number} desc`)
    .limit(1);
  return t?.id ?? null;
}

/** For other areas (membership changes): throws VALIDATION_FAILED unless the meeting is in the org. */
export async function assertMeetingInOrg(db: DbOrTx, orgId: string, meetingId: string): Promise<MeetingRow> {
  const [m] = await db.select().from(meetings).where(and(eq(meetings.id, meetingId), eq(meetings.orgId, orgId)));
  if (!m) throw new AppError('VALIDATION_FAILED', '所选会议不存在');
  return m;
}

/**
 * Who decides leave for a meeting: the meeting's own approver, else the org's approver for the
 * kind, else — for a committee meeting — the committee head (主任) when they have an account.
 */
export async function resolveLeaveApprover(db: DbOrTx, m: MeetingRow, settings: MeetingSettings): Promise<string | null> {
  if (m.leaveApproverId) return m.leaveApproverId;
  if (settings.leaveApprovers[m.kind]) return settings.leaveApprovers[m.kind];
  if (m.kind !== 'committee' || !m.committeeId) return null;
  const [u] = await db
    .select({ id: users.id })
    .from(memberCommittees)
    .innerJoin(users, eq(users.memberId, memberCommittees.memberId))
    .where(and(eq(memberCommittees.committeeId, m.committeeId), eq(memberCommittees.role, 'chair'), eq(users.orgId, m.orgId), eq(users.disabled, false)))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return u?.id ?? null;
}
