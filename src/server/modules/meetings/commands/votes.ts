import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/errors';
import {
  attendanceCounts,
  attendanceOpen,
  decideItem,
  hasQuorum,
  kindInfo,
  tallyBallots,
  tallyProblem,
  type BallotChoice,
  type Tally,
  type VoteRule,
} from '../../../../core/meetings';
import { audit } from '../../../audit/record';
import { meetingInvitees, meetingVoteBallots, meetingVotes, members, type VoteItem } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../lib/context';
import { inviteesOf, meetingSettings } from '../queries';
import { loadForWrite } from './shared';

export type VoteRow = typeof meetingVotes.$inferSelect;

export async function createVote(
  deps: AppDeps,
  ctx: Ctx,
  meetingId: string,
  input: { kind: 'election' | 'motion'; title: string; method: 'tally' | 'named'; rule: VoteRule; items: Array<{ label: string; memberId?: string | null }> },
): Promise<VoteRow> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, meetingId);
    const settings = await meetingSettings(tx, m.orgId);
    if (!kindInfo(m.kind, settings.meetingKinds)?.votes) throw new AppError('INVALID_STATE', '只有全体会议和常委会会议可以进行选举和表决');
    if (!attendanceOpen(m.status)) throw new AppError('INVALID_STATE', '会议尚未通知或已办结，不能表决');
    if (input.kind === 'motion' && input.items.length !== 1) throw new AppError('VALIDATION_FAILED', '表决事项只能有一项');
    const memberIds = input.items.map((i) => i.memberId).filter((x): x is string => !!x);
    if (memberIds.length) {
      const found = await tx.select({ id: members.id }).from(members).where(and(inArray(members.id, memberIds), eq(members.orgId, m.orgId)));
      if (found.length !== new Set(memberIds).size) throw new AppError('VALIDATION_FAILED', '候选人中有不存在的委员');
    }
    const items: VoteItem[] = input.items.map((i) => ({ label: i.label, memberId: i.memberId ?? null, yes: 0, no: 0, abstain: 0, result: null }));
    const [row] = await tx.insert(meetingVotes).values({ orgId: m.orgId, meetingId: m.id, kind: input.kind, title: input.title, method: input.method, rule: input.rule, items }).returning();
    await audit(tx, ctx, { action: 'meeting.vote.create', targetType: 'meetingVote', targetId: row.id, targetLabel: row.title, changes: { meeting: m.title, kind: input.kind, method: input.method, rule: input.rule, items: items.map((i) => i.label) } });
    return row;
  });
}

async function loadVote(tx: Parameters<typeof inviteesOf>[0], meetingId: string, voteId: string): Promise<VoteRow> {
  const [v] = await tx.select().from(meetingVotes).where(and(eq(meetingVotes.id, voteId), eq(meetingVotes.meetingId, meetingId), isNull(meetingVotes.archivedAt)));
  if (!v) throw new AppError('NOT_FOUND', '表决事项不存在');
  return v;
}

/** 记名表决: one choice per present attendee and item; a repeated ballot replaces the earlier one. */
export async function recordBallots(deps: AppDeps, ctx: Ctx, meetingId: string, voteId: string, ballots: Array<{ inviteeId: string; itemIndex: number; choice: BallotChoice }>): Promise<{ recorded: number }> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, meetingId);
    const v = await loadVote(tx, m.id, voteId);
    if (v.status !== 'open') throw new AppError('INVALID_STATE', '已计票，不能再投票');
    if (v.method !== 'named') throw new AppError('INVALID_STATE', '该事项为录入票数方式，不记名投票');
    const ids = [...new Set(ballots.map((b) => b.inviteeId))];
    const voters = await tx
      .select({ id: meetingInvitees.id, attendance: meetingInvitees.attendance, role: meetingInvitees.role })
      .from(meetingInvitees)
      .where(and(inArray(meetingInvitees.id, ids), eq(meetingInvitees.meetingId, m.id), isNull(meetingInvitees.archivedAt)));
    if (voters.length !== ids.length) throw new AppError('NOT_FOUND', '参会人员不存在');
    if (voters.some((x) => x.role !== 'attendee' || x.attendance !== 'present')) throw new AppError('VALIDATION_FAILED', '只有已签到的出席人员可以投票');
    if (ballots.some((b) => b.itemIndex >= v.items.length)) throw new AppError('VALIDATION_FAILED', '表决事项序号无效');
    for (const b of ballots) {
      await tx
        .insert(meetingVoteBallots)
        .values({ orgId: m.orgId, voteId: v.id, inviteeId: b.inviteeId, itemIndex: b.itemIndex, choice: b.choice, createdBy: ctx.actor.userId })
        .onConflictDoUpdate({ target: [meetingVoteBallots.voteId, meetingVoteBallots.inviteeId, meetingVoteBallots.itemIndex], set: { choice: b.choice, createdAt: new Date(), createdBy: ctx.actor.userId } });
    }
    await audit(tx, ctx, { action: 'meeting.vote.ballots', targetType: 'meetingVote', targetId: v.id, targetLabel: v.title, changes: { ballots: ballots.length } });
    return { recorded: ballots.length };
  });
}

/**
 * 计票: the quorum basis is the attendance sheet (应到 = attendees, or `entitled` when the body
 * entitled to vote is larger than the invitee list; 实到 = those signed in). Tallies are entered
 * (`tally`) or counted from the named ballots (`named`); each item's result follows the rule.
 */
export async function countVote(deps: AppDeps, ctx: Ctx, meetingId: string, voteId: string, input: { version: number; tallies?: Tally[]; entitled?: number }): Promise<VoteRow> {
  return deps.db.db.transaction(async (tx) => {
    const m = await loadForWrite(tx, ctx.actor, meetingId);
    const v = await loadVote(tx, m.id, voteId);
    if (v.status !== 'open') throw new AppError('INVALID_STATE', '已计票');
    const counts = attendanceCounts(await inviteesOf(tx, m.id));
    const entitled = input.entitled ?? counts.expected;
    const present = counts.present;
    if (present > entitled) throw new AppError('VALIDATION_FAILED', `实到人数（${present}）超过应到人数（${entitled}）`);
    let tallies: Tally[];
    if (v.method === 'tally') {
      if (!input.tallies || input.tallies.length !== v.items.length) throw new AppError('VALIDATION_FAILED', `请录入全部${v.items.length}项的票数`);
      tallies = input.tallies;
      for (const t of tallies) {
        const p = tallyProblem(t, present);
        if (p) throw new AppError('VALIDATION_FAILED', p);
      }
    } else {
      if (input.tallies) throw new AppError('VALIDATION_FAILED', '记名表决按投票自动计票，不能录入票数');
      const ballots = await tx.select().from(meetingVoteBallots).where(eq(meetingVoteBallots.voteId, v.id));
      tallies = tallyBallots(v.items.length, ballots.map((b) => ({ itemIndex: b.itemIndex, choice: b.choice as BallotChoice })));
    }
    const rule = v.rule as VoteRule;
    const items: VoteItem[] = v.items.map((it, i) => ({ ...it, ...tallies[i], result: decideItem(rule, tallies[i], entitled, present) }));
    const quorum = hasQuorum(entitled, present);
    const now = new Date();
    const [after] = await tx
      .update(meetingVotes)
      .set({ items, entitled, present, quorum, status: 'counted', countedAt: now, countedBy: ctx.actor.userId, version: sql`${meetingVotes.version} + 1`, updatedAt: now })
      .where(and(eq(meetingVotes.id, v.id), eq(meetingVotes.version, input.version)))
      .returning();
    if (!after) throw new AppError('CONFLICT');
    await audit(tx, ctx, {
      action: 'meeting.vote.count',
      targetType: 'meetingVote',
      targetId: v.id,
      targetLabel: v.title,
      changes: { entitled, present, quorum, items: items.map((i) => ({ label: i.label, yes: i.yes, no: i.no, abstain: i.abstain, result: i.result })) },
    });
    return after;
  });
}
