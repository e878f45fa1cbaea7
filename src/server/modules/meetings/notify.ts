import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { members, users } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { InviteeRow } from './queries';

/** The user accounts and phone numbers that reach each invitee (members may have an account). */
export async function reachOf(tx: DbOrTx, orgId: string, invitees: InviteeRow[]): Promise<{ userIds: Map<string, string[]>; phones: Map<string, string> }> {
  const memberIds = invitees.map((i) => i.memberId).filter((x): x is string => !!x);
  const userIds = new Map<string, string[]>();
  const phones = new Map<string, string>();
  const byMember = new Map<string, string[]>();
  if (memberIds.length) {
    const us = await tx
      .select({ id: users.id, memberId: users.memberId })
      .from(users)
      .where(and(eq(users.orgId, orgId), eq(users.disabled, false), inArray(users.memberId, memberIds)));
    for (const u of us) if (u.memberId) byMember.set(u.memberId, [...(byMember.get(u.memberId) ?? []), u.id]);
    const ms = await tx.select({ id: members.id, phone: members.phone }).from(members).where(inArray(members.id, memberIds));
    for (const m of ms) if (m.phone) phones.set(m.id, m.phone);
  }
  for (const i of invitees) {
    const ids = new Set<string>(i.memberId ? byMember.get(i.memberId) ?? [] : []);
    if (i.userId) ids.add(i.userId);
    userIds.set(i.id, [...ids]);
  }
  return { userIds, phones };
}

/** Inbox items (and an SMS to members with a phone) for a set of invitees, inside the caller's transaction. */
export async function notifyInvitees(
  deps: AppDeps,
  tx: DbOrTx,
  orgId: string,
  invitees: InviteeRow[],
  msg: { title: string; body: string; link: string; kind: string; sms?: string },
): Promise<void> {
  if (!invitees.length) return;
  const { userIds, phones } = await reachOf(tx, orgId, invitees);
  const inbox = invitees.flatMap((i) => (userIds.get(i.id) ?? []).map((userId) => ({ orgId, userId, title: msg.title, body: msg.body, link: msg.link, kind: msg.kind })));
  await deps.outbox.notify(tx, inbox);
  if (msg.sms) {
    const sms = invitees
      .map((i) => (i.memberId ? phones.get(i.memberId) : undefined))
      .filter((p): p is string => !!p)
      .map((recipient) => ({ orgId, channel: 'sms' as const, recipient, body: msg.sms! }));
    await deps.outbox.enqueue(tx, sms);
  }
}

/** The users acting for one member (their accounts), for decisions addressed to the member. */
export async function usersOfMember(tx: DbOrTx, orgId: string, memberId: string): Promise<string[]> {
  const us = await tx.select({ id: users.id }).from(users).where(and(eq(users.orgId, orgId), eq(users.memberId, memberId), eq(users.disabled, false)));
  return us.map((u) => u.id);
}

export const meetingLink = (id: string) => `/meetings/${id}`;
