import { and, asc, count, desc, eq, exists, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../core/errors';
import { toSearchQuery } from '../../../core/search';
import { activities, activityParticipants, committees, members, orgs, partyRequests, requestLinks, users, workPlanTasks, workPlans } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/context';
import { seesOnlyOwn } from './policy';
import type { ActivityFilter } from './schemas';
import { containsPattern } from '../../lib/sql';

export type ActivityRow = typeof activities.$inferSelect;


/** The condition that limits a member to the activities they joined. */
function ownScope(actor: Actor): SQL {
  if (!actor.memberId) return sql`false`;
  return exists(
    sql`(select 1 from ${activityParticipants} where ${activityParticipants.activityId} = ${activities.id} and ${activityParticipants.memberId} = ${actor.memberId})`,
  );
}

/** An activity the actor may see; anything else (other org, not joined) is NOT_FOUND. */
export async function loadActivity(db: DbOrTx, actor: Actor, id: string): Promise<ActivityRow> {
  const where: SQL[] = [eq(activities.id, id), eq(activities.orgId, actor.orgId)];
  if (seesOnlyOwn(actor)) where.push(ownScope(actor));
  const [a] = await db.select().from(activities).where(and(...where));
  if (!a) throw new AppError('NOT_FOUND', '活动不存在');
  return a;
}

export async function orgSettings(db: DbOrTx, orgId: string): Promise<Record<string, unknown>> {
  const [o] = await db.select({ settings: orgs.settings }).from(orgs).where(eq(orgs.id, orgId));
  return o?.settings ?? {};
}

export function activityWhere(actor: Actor, f: ActivityFilter): SQL | undefined {
  const where: SQL[] = [eq(activities.orgId, actor.orgId)];
  if (seesOnlyOwn(actor)) where.push(ownScope(actor));
  if (f.archived === 'exclude') where.push(isNull(activities.archivedAt));
  if (f.archived === 'only') where.push(isNotNull(activities.archivedAt));
  if (f.kind) where.push(eq(activities.kind, f.kind));
  if (f.status) where.push(eq(activities.status, f.status));
  // An activity is in the range when its days overlap it.
  if (f.from) where.push(gte(sql`coalesce(${activities.endsOn}, ${activities.startsOn})`, f.from));
  if (f.to) where.push(lte(activities.startsOn, f.to));
  if (f.organizerCommitteeId) where.push(eq(activities.organizerCommitteeId, f.organizerCommitteeId));
  if (f.organizer) where.push(sql`${activities.organizerName} ilike ${containsPattern(f.organizer)}`);
  if (f.partyBranch) where.push(sql`${activities.partyBranch} ilike ${containsPattern(f.partyBranch)}`);
  if (f.participantMemberId)
    where.push(exists(sql`(select 1 from ${activityParticipants} where ${activityParticipants.activityId} = ${activities.id} and ${activityParticipants.memberId} = ${f.participantMemberId})`));
  if (f.participantUserId)
    where.push(exists(sql`(select 1 from ${activityParticipants} where ${activityParticipants.activityId} = ${activities.id} and ${activityParticipants.userId} = ${f.participantUserId})`));
  if (f.isMajor !== undefined) where.push(eq(activities.isMajor, f.isMajor));
  if (f.workPlanTaskId) where.push(eq(activities.workPlanTaskId, f.workPlanTaskId));
  if (f.q) {
    const tsq = toSearchQuery(f.q);
    if (tsq) where.push(sql`${activities.searchVector} @@ to_tsquery('simple', ${tsq})`);
  }
  return and(...where);
}

export interface ActivityLine {
  activity: ActivityRow;
  participantCount: number;
  presentCount: number;
}

/** One page of activities (all of them when `page` is undefined), newest first. */
export async function queryActivities(db: DbOrTx, actor: Actor, f: ActivityFilter, page?: { limit: number; offset: number }): Promise<{ lines: ActivityLine[]; total: number }> {
  const cond = activityWhere(actor, f);
  const [{ total }] = await db.select({ total: count() }).from(activities).where(cond);
  let q = db
    .select({
      activity: activities,
      participantCount: sql<number>`(select count(*)::int from ${activityParticipants} where ${activityParticipants.activityId} = ${activities.id})`,
      presentCount: sql<number>`(select count(*)::int from ${activityParticipants} where ${activityParticipants.activityId} = ${activities.id} and ${activityParticipants.attendance} = 'present')`,
    })
    .from(activities)
    .where(cond)
    .orderBy(desc(activities.startsOn), asc(activities.title), asc(activities.id))
    .$dynamic();
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = await q;
  return { total, lines: rows.map((r) => ({ activity: r.activity, participantCount: Number(r.participantCount), presentCount: Number(r.presentCount) })) };
}

export interface ParticipantLine {
  id: string;
  memberId: string | null;
  userId: string | null;
  name: string;
  role: string;
  attendance: string;
  note: string;
}

/** Participants with names, members first. Members see only their own line. */
export async function participantsOf(db: DbOrTx, actor: Actor, activityId: string): Promise<ParticipantLine[]> {
  const rows = await db
    .select({
      id: activityParticipants.id,
      memberId: activityParticipants.memberId,
      userId: activityParticipants.userId,
      memberName: members.name,
      userName: users.displayName,
      role: activityParticipants.role,
      attendance: activityParticipants.attendance,
      note: activityParticipants.note,
    })
    .from(activityParticipants)
    .leftJoin(members, eq(members.id, activityParticipants.memberId))
    .leftJoin(users, eq(users.id, activityParticipants.userId))
    .where(eq(activityParticipants.activityId, activityId))
    .orderBy(sql`${activityParticipants.memberId} is null`, asc(members.name), asc(users.displayName));
  return rows.map((r) => ({ id: r.id, memberId: r.memberId, userId: r.userId, name: r.memberName ?? r.userName ?? '', role: r.role, attendance: r.attendance, note: r.note }));
}

/** What the activity page shows besides the record: organizer committee, task, requests covering it. */
export async function activityPageParts(db: DbOrTx, actor: Actor, a: ActivityRow) {
  const [committee] = a.organizerCommitteeId ? await db.select({ id: committees.id, name: committees.name }).from(committees).where(eq(committees.id, a.organizerCommitteeId)) : [];
  const [task] = a.workPlanTaskId
    ? await db
        .select({ id: workPlanTasks.id, title: workPlanTasks.title, planId: workPlanTasks.planId, planTitle: workPlans.title })
        .from(workPlanTasks)
        .innerJoin(workPlans, eq(workPlans.id, workPlanTasks.planId))
        .where(eq(workPlanTasks.id, a.workPlanTaskId))
    : [];
  const requests = seesOnlyOwn(actor)
    ? []
    : await db
        .select({ id: partyRequests.id, kind: partyRequests.kind, subject: partyRequests.subject, title: partyRequests.title, sentOn: partyRequests.sentOn, outcome: partyRequests.outcome })
        .from(requestLinks)
        .innerJoin(partyRequests, eq(partyRequests.id, requestLinks.requestId))
        .where(and(eq(requestLinks.activityId, a.id), isNull(partyRequests.archivedAt)))
        .orderBy(asc(partyRequests.sentOn));
  return { organizerCommittee: committee ?? null, workPlanTask: task ?? null, requests };
}

/** Throws VALIDATION_FAILED unless every id is a member (or user) of the org. */
export async function assertPeopleInOrg(db: DbOrTx, orgId: string, memberIds: string[], userIds: string[]): Promise<void> {
  if (memberIds.length) {
    const found = await db.select({ id: members.id }).from(members).where(and(eq(members.orgId, orgId), inArray(members.id, memberIds)));
    if (found.length !== new Set(memberIds).size) throw new AppError('VALIDATION_FAILED', '参加人中有不属于本组织的委员');
  }
  if (userIds.length) {
    const found = await db.select({ id: users.id }).from(users).where(and(eq(users.orgId, orgId), inArray(users.id, userIds)));
    if (found.length !== new Set(userIds).size) throw new AppError('VALIDATION_FAILED', '参加人中有不属于本组织的工作人员');
  }
}

export async function committeeInOrg(db: DbOrTx, orgId: string, id: string): Promise<{ id: string; name: string }> {
  const [c] = await db.select({ id: committees.id, name: committees.name }).from(committees).where(and(eq(committees.id, id), eq(committees.orgId, orgId)));
  if (!c) throw new AppError('VALIDATION_FAILED', '专委会不存在');
  return c;
}

export async function taskInOrg(db: DbOrTx, orgId: string, id: string): Promise<void> {
  const [t] = await db.select({ id: workPlanTasks.id }).from(workPlanTasks).where(and(eq(workPlanTasks.id, id), eq(workPlanTasks.orgId, orgId)));
  if (!t) throw new AppError('VALIDATION_FAILED', '工作任务不存在');
}

