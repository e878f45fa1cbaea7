import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { attendanceCounts, LEAVE_STATUSES, MEETING_ACTIONS, MEETING_KIND_RE, MEETING_STATUSES, meetingKinds, SPEECH_MODE_LABELS, type SpeechMode } from '../../../core/meetings';
import { hasAnyRole, ORG_READER_ROLES } from '../../../core/roles';
import { chinaDay, periodInstants } from '../../../core/time';
import { meetingInvitees, meetingLeaveRequests, meetingMinutes, meetings, meetingSpeeches, meetingVotes, members, membershipChanges } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { sendXlsx, stamp } from '../../export/xlsx';
import { ctxOf, type Actor } from '../../lib/context';
import { offsetOf, pagingQuery } from '../../lib/paging';
import './attachments';
import { attendanceWorkbook } from './attendance-sheet';
import { correctAttendance, invite, qrCheckIn, removeInvitee, staffCheckIn } from './commands/attendance';
import { decideLeave, requestLeave, withdrawLeave, type LeaveRow } from './commands/leave';
import { archiveMeeting, createMeeting, rotateCheckInToken, setAgenda, transitionMeeting, updateMeeting } from './commands/meeting';
import { addSpeech, approveMinutes, archiveSpeech, saveMinutes, updateSpeech } from './commands/records';
import { updateMeetingSettings } from './commands/settings';
import { countVote, createVote, recordBallots } from './commands/votes';
import { canManage, MEETING_MANAGERS, MEETING_READERS, MEETING_SETTINGS_WRITERS, readsWholeOrg } from './policy';
import { meetingLabel, presentInvitee, presentMeeting } from './presenter';
import { agendaOf, agendaOfMany, inviteesOf, loadMeeting, meetingSettings, ownInvitee, resolveLeaveApprover, termNumbers, visibleMeetings, type MeetingRow } from './queries';
import * as s from './schemas';
import './stats';
import { containsPattern } from '../../lib/sql';

const tags = ['meetings'];
const idParams = z.object({ id: z.uuid() });
const isoDate = z.iso.date();

const listQuery = z.strictObject({
  ...pagingQuery,
  kind: z.string().regex(MEETING_KIND_RE).optional(),
  status: z.enum(MEETING_STATUSES).optional(),
  termId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(100).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
});

/** 会议: meetings with agenda, invitees, leave, sign-in, attendance, speeches, minutes and votes. */
export async function meetingRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  async function detail(actor: Actor, m: MeetingRow) {
    const [agenda, invitees, settings, tn, own, [minutes]] = await Promise.all([
      agendaOf(db, m.id),
      inviteesOf(db, m.id),
      meetingSettings(db, m.orgId),
      termNumbers(db, [m.termId]),
      ownInvitee(db, actor, m.id),
      db.select({ status: meetingMinutes.status }).from(meetingMinutes).where(eq(meetingMinutes.meetingId, m.id)),
    ]);
    const whole = readsWholeOrg(actor);
    return {
      ...presentMeeting(actor, m, {
        agenda,
        termNumber: tn.get(m.termId) ?? null,
        customKinds: settings.meetingKinds,
        invitees: whole ? invitees : undefined,
        isInvitedMember: !!own,
        minutesApproved: minutes?.status === 'approved',
      }),
      /** Who actually decides leave (the meeting's own approver, the kind's, or the committee head). */
      effectiveLeaveApproverId: await resolveLeaveApprover(db, m, settings),
      myInvitation: own ? presentInvitee(own) : null,
    };
  }

  // ---------- settings, kinds, cross-meeting lists ----------
  r.get('/api/meetings/kinds', { schema: { tags, summary: '会议类型' } }, async (req) => {
    const actor = ctxOf(req).actor;
    const settings = await meetingSettings(db, actor.orgId);
    return { items: meetingKinds(settings.meetingKinds) };
  });

  r.get('/api/meetings/settings', { schema: { tags, summary: '会议设置（请假审批人、自定义会议类型）' }, config: { access: MEETING_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const settings = await meetingSettings(db, actor.orgId);
    return { ...settings, abilities: { update: hasAnyRole(actor.roles, MEETING_SETTINGS_WRITERS) } };
  });

  r.put('/api/meetings/settings', { schema: { tags, summary: '修改会议设置', body: s.settingsBody }, config: { access: MEETING_SETTINGS_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    return { ...(await updateMeetingSettings(deps, ctx, req.body)), abilities: { update: true } };
  });

  r.get(
    '/api/meetings/leave-requests',
    {
      schema: {
        tags,
        summary: '请假申请（我审批的 / 我提交的）',
        querystring: z.strictObject({ ...pagingQuery, scope: z.enum(['toDecide', 'mine']).default('toDecide'), status: z.enum(LEAVE_STATUSES).optional() }),
      },
    },
    async (req) => {
      const actor = ctxOf(req).actor;
      const q = req.query;
      const where = [
        eq(meetingLeaveRequests.orgId, actor.orgId),
        q.scope === 'toDecide' ? eq(meetingLeaveRequests.approverId, actor.userId) : eq(meetingLeaveRequests.requestedBy, actor.userId),
      ];
      if (q.status) where.push(eq(meetingLeaveRequests.status, q.status));
      const cond = and(...where);
      const [{ total }] = await db.select({ total: count() }).from(meetingLeaveRequests).where(cond);
      const rows = await db
        .select({ req: meetingLeaveRequests, meetingTitle: meetings.title, startsAt: meetings.startsAt })
        .from(meetingLeaveRequests)
        .innerJoin(meetings, eq(meetings.id, meetingLeaveRequests.meetingId))
        .where(cond)
        .orderBy(desc(meetingLeaveRequests.createdAt))
        .limit(q.pageSize)
        .offset(offsetOf(q));
      const names = await inviteeNames(rows.map((x) => x.req.inviteeId));
      return {
        items: rows.map((x) => ({ ...presentLeave(actor, x.req, names.get(x.req.inviteeId) ?? ''), meetingTitle: x.meetingTitle, meetingStartsAt: x.startsAt })),
        total,
        page: q.page,
        pageSize: q.pageSize,
        abilities: {},
      };
    },
  );

  r.post('/api/meetings/check-in', { schema: { tags, summary: '扫码签到（委员）', body: s.qrCheckInBody }, config: { access: ['member'] } }, async (req) => {
    const ctx = ctxOf(req);
    const res = await qrCheckIn(deps, ctx, req.body.token);
    return { meetingId: res.meeting.id, meetingTitle: res.meeting.title, invitee: presentInvitee(res.invitee), alreadyCheckedIn: res.alreadyCheckedIn };
  });

  // ---------- meetings ----------
  r.get('/api/meetings', { schema: { tags, summary: '会议列表', querystring: listQuery } }, async (req) => {
    const actor = ctxOf(req).actor;
    const q = req.query;
    const where: SQL[] = [visibleMeetings(actor)];
    if (q.archived === 'exclude' || !canManage(actor)) where.push(isNull(meetings.archivedAt));
    else if (q.archived === 'only') where.push(isNotNull(meetings.archivedAt));
    if (q.kind) where.push(eq(meetings.kind, q.kind));
    if (q.status) where.push(eq(meetings.status, q.status));
    if (q.termId) where.push(eq(meetings.termId, q.termId));
    if (q.from) where.push(gte(meetings.startsAt, periodInstants({ from: q.from, to: q.from }).start));
    if (q.to) where.push(lt(meetings.startsAt, periodInstants({ from: q.to, to: q.to }).end));
    if (q.q) where.push(ilike(meetings.title, containsPattern(q.q)));
    const cond = and(...where);
    const [{ total }] = await db.select({ total: count() }).from(meetings).where(cond);
    const rows = await db.select().from(meetings).where(cond).orderBy(desc(meetings.startsAt), asc(meetings.title)).limit(q.pageSize).offset(offsetOf(q));
    const [agendas, tns, settings, roll] = await Promise.all([
      agendaOfMany(db, rows.map((m) => m.id)),
      termNumbers(db, rows.map((m) => m.termId)),
      meetingSettings(db, actor.orgId),
      // 应到 / 实到 per row for readers (the list shows them); one query for the page.
      readsWholeOrg(actor) && rows.length
        ? db
            .select({ meetingId: meetingInvitees.meetingId, role: meetingInvitees.role, attendance: meetingInvitees.attendance })
            .from(meetingInvitees)
            .where(and(inArray(meetingInvitees.meetingId, rows.map((m) => m.id)), isNull(meetingInvitees.archivedAt)))
        : Promise.resolve(null),
    ]);
    const rollOf = (id: string) => (roll ? roll.filter((x) => x.meetingId === id) : undefined);
    return {
      items: rows.map((m) =>
        presentMeeting(actor, m, { agenda: agendas.get(m.id) ?? [], termNumber: tns.get(m.termId) ?? null, customKinds: settings.meetingKinds, invitees: rollOf(m.id) }),
      ),
      total,
      page: q.page,
      pageSize: q.pageSize,
      abilities: { create: canManage(actor), settings: hasAnyRole(actor.roles, MEETING_SETTINGS_WRITERS) },
    };
  });

  r.post('/api/meetings', { schema: { tags, summary: '新建会议', body: s.createMeetingBody }, config: { access: MEETING_MANAGERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const m = await createMeeting(deps, ctx, req.body);
    reply.code(201);
    return detail(ctx.actor, m);
  });

  r.get('/api/meetings/:id', { schema: { tags, summary: '会议详情', params: idParams } }, async (req) => {
    const actor = ctxOf(req).actor;
    return detail(actor, await loadMeeting(db, actor, req.params.id));
  });

  r.patch('/api/meetings/:id', { schema: { tags, summary: '修改会议', params: idParams, body: s.updateMeetingBody }, config: { access: MEETING_MANAGERS } }, async (req) => {
    const ctx = ctxOf(req);
    return detail(ctx.actor, await updateMeeting(deps, ctx, req.params.id, req.body));
  });

  for (const action of MEETING_ACTIONS) {
    r.post(`/api/meetings/:id/${action}`, { schema: { tags, summary: `会议状态：${action}`, params: idParams, body: s.versionBody }, config: { access: MEETING_MANAGERS } }, async (req) => {
      const ctx = ctxOf(req);
      return detail(ctx.actor, await transitionMeeting(deps, ctx, req.params.id, action, req.body));
    });
  }

  r.post('/api/meetings/:id/archive', { schema: { tags, summary: '归档会议', params: idParams, body: s.versionBody }, config: { access: MEETING_MANAGERS } }, async (req) => {
    const ctx = ctxOf(req);
    return detail(ctx.actor, await archiveMeeting(deps, ctx, req.params.id, req.body));
  });

  r.put('/api/meetings/:id/agenda', { schema: { tags, summary: '设置议程', params: idParams, body: s.agendaBody }, config: { access: MEETING_MANAGERS } }, async (req) => {
    const ctx = ctxOf(req);
    return detail(ctx.actor, await setAgenda(deps, ctx, req.params.id, req.body));
  });

  // ---------- invitees, sign-in, attendance ----------
  r.get('/api/meetings/:id/invitees', { schema: { tags, summary: '参会人员', params: idParams } }, async (req) => {
    const actor = ctxOf(req).actor;
    const m = await loadMeeting(db, actor, req.params.id);
    if (!readsWholeOrg(actor)) {
      const own = await ownInvitee(db, actor, m.id);
      return { items: own ? [presentInvitee(own)] : [], total: own ? 1 : 0 };
    }
    const items = (await inviteesOf(db, m.id)).map(presentInvitee);
    return { items, total: items.length };
  });

  r.post('/api/meetings/:id/invitees', { schema: { tags, summary: '添加参会人员', params: idParams, body: s.inviteBody }, config: { access: MEETING_MANAGERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const res = await invite(deps, ctx, req.params.id, req.body);
    reply.code(201);
    return { meeting: await detail(ctx.actor, res.meeting), added: res.added.map(presentInvitee) };
  });

  const inviteeParams = z.object({ id: z.uuid(), inviteeId: z.uuid() });
  r.post('/api/meetings/:id/invitees/:inviteeId/remove', { schema: { tags, summary: '移除参会人员', params: inviteeParams, body: s.versionBody }, config: { access: MEETING_MANAGERS } }, async (req) => {
    const ctx = ctxOf(req);
    return detail(ctx.actor, await removeInvitee(deps, ctx, req.params.id, req.params.inviteeId, req.body));
  });

  r.post(
    '/api/meetings/:id/invitees/:inviteeId/attendance',
    { schema: { tags, summary: '修改考勤', params: inviteeParams, body: s.attendanceBody }, config: { access: MEETING_MANAGERS } },
    async (req) => presentInvitee(await correctAttendance(deps, ctxOf(req), req.params.id, req.params.inviteeId, req.body)),
  );

  r.post('/api/meetings/:id/check-in', { schema: { tags, summary: '工作人员代签到', params: idParams, body: s.checkInBody }, config: { access: MEETING_MANAGERS } }, async (req) => {
    const changed = await staffCheckIn(deps, ctxOf(req), req.params.id, req.body.inviteeIds);
    return { checkedIn: changed.map(presentInvitee) };
  });

  r.get('/api/meetings/:id/qr.png', { schema: { tags, summary: '签到二维码', params: idParams }, config: { access: MEETING_MANAGERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const m = await loadMeeting(db, actor, req.params.id);
    const url = `${req.protocol}://${req.host}/m/check-in?token=${encodeURIComponent(m.checkInToken)}`;
    const png = await QRCode.toBuffer(url, { type: 'png', width: 480, margin: 2, errorCorrectionLevel: 'M' });
    return reply.header('content-type', 'image/png').send(png);
  });

  r.post('/api/meetings/:id/qr/rotate', { schema: { tags, summary: '更换签到二维码', params: idParams, body: s.versionBody }, config: { access: MEETING_MANAGERS } }, async (req) => {
    const ctx = ctxOf(req);
    return detail(ctx.actor, await rotateCheckInToken(deps, ctx, req.params.id, req.body));
  });

  async function attendanceData(actor: Actor, id: string) {
    const m = await loadMeeting(db, actor, id);
    const [invitees, tn, leaves] = await Promise.all([
      inviteesOf(db, m.id),
      termNumbers(db, [m.termId]),
      db.select().from(meetingLeaveRequests).where(and(eq(meetingLeaveRequests.meetingId, m.id), eq(meetingLeaveRequests.status, 'approved'))),
    ]);
    const reasons = new Map(leaves.map((l) => [l.inviteeId, l.reason]));
    return { m, invitees, label: meetingLabel(m, tn.get(m.termId)), reasons };
  }

  r.get('/api/meetings/:id/attendance', { schema: { tags, summary: '考勤表', params: idParams }, config: { access: ORG_READER_ROLES } }, async (req) => {
    const { m, invitees, label, reasons } = await attendanceData(ctxOf(req).actor, req.params.id);
    const counts = attendanceCounts(invitees);
    return { meetingId: m.id, label, counts, items: invitees.map((i) => ({ ...presentInvitee(i), leaveReason: reasons.get(i.id) ?? '' })) };
  });

  r.get('/api/meetings/:id/attendance.xlsx', { schema: { tags, summary: '导出考勤表（Excel）', params: idParams }, config: { access: ORG_READER_ROLES } }, async (req, reply) => {
    const { m, invitees, label, reasons } = await attendanceData(ctxOf(req).actor, req.params.id);
    const buf = await attendanceWorkbook(m, label, invitees, reasons);
    return sendXlsx(reply, buf, `考勤表_${m.title}_${stamp()}.xlsx`);
  });

  // ---------- leave requests ----------
  async function inviteeNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await db.select({ id: meetingInvitees.id, name: meetingInvitees.name }).from(meetingInvitees).where(inArray(meetingInvitees.id, [...new Set(ids)]));
    return new Map(rows.map((x) => [x.id, x.name]));
  }

  function presentLeave(actor: Actor, l: LeaveRow, name: string) {
    return {
      ...l,
      name,
      abilities: {
        decide: l.status === 'pending' && l.approverId === actor.userId,
        withdraw: (l.status === 'pending' || l.status === 'approved') && l.requestedBy === actor.userId,
      },
    };
  }

  r.get('/api/meetings/:id/leave-requests', { schema: { tags, summary: '会议的请假申请', params: idParams } }, async (req) => {
    const actor = ctxOf(req).actor;
    const m = await loadMeeting(db, actor, req.params.id);
    const where = [eq(meetingLeaveRequests.meetingId, m.id)];
    if (!readsWholeOrg(actor)) where.push(or(eq(meetingLeaveRequests.requestedBy, actor.userId), eq(meetingLeaveRequests.approverId, actor.userId)) as SQL);
    const rows = await db.select().from(meetingLeaveRequests).where(and(...where)).orderBy(desc(meetingLeaveRequests.createdAt));
    const names = await inviteeNames(rows.map((x) => x.inviteeId));
    return { items: rows.map((l) => presentLeave(actor, l, names.get(l.inviteeId) ?? '')), total: rows.length };
  });

  r.post('/api/meetings/:id/leave-requests', { schema: { tags, summary: '请假', params: idParams, body: s.leaveRequestBody } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const l = await requestLeave(deps, ctx, req.params.id, req.body);
    reply.code(201);
    return presentLeave(ctx.actor, l, (await inviteeNames([l.inviteeId])).get(l.inviteeId) ?? '');
  });

  const leaveParams = z.object({ id: z.uuid(), requestId: z.uuid() });
  r.post('/api/meetings/:id/leave-requests/:requestId/decide', { schema: { tags, summary: '审批请假', params: leaveParams, body: s.leaveDecisionBody } }, async (req) => {
    const ctx = ctxOf(req);
    const l = await decideLeave(deps, ctx, req.params.id, req.params.requestId, req.body);
    return presentLeave(ctx.actor, l, (await inviteeNames([l.inviteeId])).get(l.inviteeId) ?? '');
  });

  r.post('/api/meetings/:id/leave-requests/:requestId/withdraw', { schema: { tags, summary: '撤回请假', params: leaveParams, body: z.strictObject({ version: z.number().int().min(1) }) } }, async (req) => {
    const ctx = ctxOf(req);
    const l = await withdrawLeave(deps, ctx, req.params.id, req.params.requestId, req.body);
    return presentLeave(ctx.actor, l, (await inviteeNames([l.inviteeId])).get(l.inviteeId) ?? '');
  });

  // ---------- speeches ----------
  const presentSpeech = (sp: typeof meetingSpeeches.$inferSelect) => ({ ...sp, modeLabel: SPEECH_MODE_LABELS[sp.mode as SpeechMode] ?? sp.mode });

  r.get('/api/meetings/:id/speeches', { schema: { tags, summary: '会议发言', params: idParams } }, async (req) => {
    const actor = ctxOf(req).actor;
    const m = await loadMeeting(db, actor, req.params.id);
    const rows = await db.select().from(meetingSpeeches).where(and(eq(meetingSpeeches.meetingId, m.id), isNull(meetingSpeeches.archivedAt))).orderBy(asc(meetingSpeeches.createdAt));
    return { items: rows.map(presentSpeech), total: rows.length };
  });

  r.post('/api/meetings/:id/speeches', { schema: { tags, summary: '登记发言', params: idParams, body: s.speechBody }, config: { access: MEETING_MANAGERS } }, async (req, reply) => {
    const sp = await addSpeech(deps, ctxOf(req), req.params.id, req.body);
    reply.code(201);
    return presentSpeech(sp);
  });

  const speechParams = z.object({ id: z.uuid(), speechId: z.uuid() });
  r.patch('/api/meetings/:id/speeches/:speechId', { schema: { tags, summary: '修改发言', params: speechParams, body: s.speechUpdateBody }, config: { access: MEETING_MANAGERS } }, async (req) =>
    presentSpeech(await updateSpeech(deps, ctxOf(req), req.params.id, req.params.speechId, req.body)),
  );

  r.post('/api/meetings/:id/speeches/:speechId/archive', { schema: { tags, summary: '归档发言', params: speechParams, body: s.versionBody }, config: { access: MEETING_MANAGERS } }, async (req) =>
    presentSpeech(await archiveSpeech(deps, ctxOf(req), req.params.id, req.params.speechId, req.body)),
  );

  // ---------- minutes ----------
  r.get('/api/meetings/:id/minutes', { schema: { tags, summary: '会议纪要', params: idParams } }, async (req) => {
    const actor = ctxOf(req).actor;
    const m = await loadMeeting(db, actor, req.params.id);
    const [row] = await db.select().from(meetingMinutes).where(eq(meetingMinutes.meetingId, m.id));
    // Invitees read approved minutes only; drafts stay with the office.
    const visible = row && (readsWholeOrg(actor) || row.status === 'approved') ? row : null;
    const editable = canManage(actor) && m.status === 'held' && !m.archivedAt && row?.status !== 'approved';
    return {
      minutes: visible,
      dueOn: row?.dueOn ?? m.minutesDueOn,
      overdue: !!(m.minutesDueOn && row?.status !== 'approved' && chinaDay(new Date()) > m.minutesDueOn),
      abilities: { edit: editable, approve: editable && !!row?.text.trim() },
    };
  });

  r.put('/api/meetings/:id/minutes', { schema: { tags, summary: '编写纪要', params: idParams, body: s.minutesBody }, config: { access: MEETING_MANAGERS } }, async (req) => ({
    minutes: await saveMinutes(deps, ctxOf(req), req.params.id, req.body),
  }));

  r.post('/api/meetings/:id/minutes/approve', { schema: { tags, summary: '审定纪要', params: idParams, body: s.minutesApproveBody }, config: { access: MEETING_MANAGERS } }, async (req) => ({
    minutes: await approveMinutes(deps, ctxOf(req), req.params.id, req.body),
  }));

  // ---------- votes ----------
  r.get('/api/meetings/:id/votes', { schema: { tags, summary: '选举与表决', params: idParams } }, async (req) => {
    const actor = ctxOf(req).actor;
    const m = await loadMeeting(db, actor, req.params.id);
    const rows = await db.select().from(meetingVotes).where(and(eq(meetingVotes.meetingId, m.id), isNull(meetingVotes.archivedAt))).orderBy(asc(meetingVotes.createdAt));
    const manage = canManage(actor) && !m.archivedAt && (m.status === 'noticed' || m.status === 'held');
    return { items: rows.map((v) => ({ ...v, abilities: { ballots: manage && v.status === 'open' && v.method === 'named', count: manage && v.status === 'open' } })), total: rows.length };
  });

  r.post('/api/meetings/:id/votes', { schema: { tags, summary: '新建选举/表决事项', params: idParams, body: s.voteBody }, config: { access: MEETING_MANAGERS } }, async (req, reply) => {
    const v = await createVote(deps, ctxOf(req), req.params.id, req.body);
    reply.code(201);
    return v;
  });

  const voteParams = z.object({ id: z.uuid(), voteId: z.uuid() });
  r.post('/api/meetings/:id/votes/:voteId/ballots', { schema: { tags, summary: '记名投票', params: voteParams, body: s.ballotsBody }, config: { access: MEETING_MANAGERS } }, async (req) =>
    recordBallots(deps, ctxOf(req), req.params.id, req.params.voteId, req.body.ballots),
  );

  r.post('/api/meetings/:id/votes/:voteId/count', { schema: { tags, summary: '计票并记录结果', params: voteParams, body: s.countBody }, config: { access: MEETING_MANAGERS } }, async (req) =>
    countVote(deps, ctxOf(req), req.params.id, req.params.voteId, req.body),
  );

  // ---------- membership changes approved at the meeting ----------
  r.get('/api/meetings/:id/membership-changes', { schema: { tags, summary: '本次会议通过的委员增补与变动', params: idParams }, config: { access: ORG_READER_ROLES } }, async (req) => {
    const actor = ctxOf(req).actor;
    const m = await loadMeeting(db, actor, req.params.id);
    const rows = await db
      .select({ change: membershipChanges, name: members.name })
      .from(membershipChanges)
      .innerJoin(members, eq(members.id, membershipChanges.memberId))
      .where(and(eq(membershipChanges.approvingMeetingId, m.id), eq(membershipChanges.orgId, actor.orgId)))
      .orderBy(asc(membershipChanges.effectiveOn), asc(members.name));
    return { items: rows.map((x) => ({ ...x.change, memberName: x.name })), total: rows.length };
  });
}
