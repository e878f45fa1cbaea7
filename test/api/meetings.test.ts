import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/core/calendar/working-days';
import { chinaDay } from '../../src/core/time';
import { hashPassword } from '../../src/server/auth/password';
import { auditEvents, meetingInvitees, meetings, memberCommittees, members, membershipChanges, notifications, outboxMessages, plenarySessions, users } from '../../src/server/db/schema';
import { createTestApp, FIXTURE_PASSWORD, loginClient, type Client, type TestApp } from '../helpers/app';

let t: TestApp;
let m2: string; // 王建华, with account `member2`
let m3: string; // 陈思远, with account `member3`
let leaderId: string;
let staffId: string;
let member2: Client;
let member3: Client;

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const A = t.ids.orgs.A;
  const [a] = await db.insert(members).values({ orgId: A, termId: t.ids.termA, name: '王建华', gender: '男', phone: '13800003333', employer: '甲市人民医院', post: '院长', joinedOn: '2022-01-10' }).returning();
  const [b] = await db.insert(members).values({ orgId: A, termId: t.ids.termA, name: '陈思远', gender: '女', phone: '13800004444', employer: '甲市律师协会', post: '会长', joinedOn: '2022-01-10' }).returning();
  m2 = a.id;
  m3 = b.id;
  const hash = await hashPassword(FIXTURE_PASSWORD);
  await db.insert(users).values([
    { orgId: A, username: 'member2', displayName: '王建华', passwordHash: hash, roles: ['member'], memberId: m2, mustChangePassword: false },
    { orgId: A, username: 'member3', displayName: '陈思远', passwordHash: hash, roles: ['member'], memberId: m3, mustChangePassword: false },
  ]);
  const idOf = async (username: string) => (await db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0].id;
  leaderId = await idOf('leader');
  staffId = await idOf('staff');
  member2 = await loginClient(t.app, 'member2');
  member3 = await loginClient(t.app, 'member3');
});
afterAll(async () => {
  await t?.close();
});

async function configureApprovers() {
  const admin = await t.as('admin');
  const cur = (await admin.get('/api/meetings/settings')).json();
  const res = await admin.put('/api/meetings/settings', { version: cur.orgVersion, leaveApprovers: { chairs: leaderId, standingCommittee: leaderId } });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function createMeeting(body: Record<string, unknown>) {
  const res = await (await t.as('staff')).post('/api/meetings', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function inviteAndNotice(id: string, memberIds: string[]) {
  const staff = await t.as('staff');
  let m = (await staff.get(`/api/meetings/${id}`)).json();
  const inv = await staff.post(`/api/meetings/${id}/invitees`, { version: m.version, memberIds });
  expect(inv.statusCode, inv.body).toBe(201);
  m = inv.json().meeting;
  const notice = await staff.post(`/api/meetings/${id}/notice`, { version: m.version });
  expect(notice.statusCode, notice.body).toBe(200);
  return { meeting: notice.json(), invitees: inv.json().added as Array<{ id: string; memberId: string }> };
}

async function tokenOf(id: string) {
  return (await t.database.db.select({ token: meetings.checkInToken }).from(meetings).where(eq(meetings.id, id)))[0].token;
}

describe('meetings: the chairs\' meeting journey', () => {
  it('create with study → invite → notice → leave → approve → sign in → attendance → Excel → held', async () => {
    await configureApprovers();
    const staff = await t.as('staff');

    // 1. A chairs' meeting opening with collective study.
    const created = await createMeeting({
      kind: 'chairs',
      title: '市政协主席会议',
      startsAt: inHours(1),
      endsAt: inHours(3),
      venue: '市政协机关三楼会议室',
      host: '张主席',
      agenda: [
        { title: '集体学习习近平总书记关于加强和改进人民政协工作的重要思想', isStudy: true, studyMaterial: '《论人民政协工作》选编' },
        { title: '研究2023年度协商计划' },
      ],
    });
    expect(created).toMatchObject({ kind: 'chairs', kindLabel: '主席会议', number: 1, numberLabel: '第一次主席会议', status: 'draft', hasStudy: true, firstItemNotStudy: false });
    expect(created.agenda).toHaveLength(2);
    expect(created.checkInToken).toBeUndefined();
    expect(created.leaveApproverId).toBeNull();
    expect(created.effectiveLeaveApproverId).toBe(leaderId);

    // 2. Invite three members and send the notice (inbox + SMS).
    const { meeting, invitees } = await inviteAndNotice(created.id, [t.ids.memberA, m2, m3]);
    expect(meeting.status).toBe('noticed');
    expect(invitees).toHaveLength(3);
    const inbox = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'meetingNotice'));
    expect(inbox.length).toBeGreaterThanOrEqual(3);
    expect(inbox.some((n) => n.title.includes('市政协主席会议'))).toBe(true);
    const sms = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, '13800003333'));
    expect(sms.length).toBe(1);

    // 3. The member sees the meeting and asks for leave.
    const member1 = await t.as('member1');
    const seen = await member1.get(`/api/meetings/${created.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities.requestLeave).toBe(true);
    expect(seen.json().attendance).toBeNull(); // members do not see the whole sheet
    const list = (await member1.get('/api/meetings')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(created.id);
    const leave = await member1.post(`/api/meetings/${created.id}/leave-requests`, { reason: '赴省里参加培训' });
    expect(leave.statusCode, leave.body).toBe(201);
    expect(leave.json()).toMatchObject({ status: 'pending', approverId: leaderId, name: '林晓峰' });
    const again = await member1.post(`/api/meetings/${created.id}/leave-requests`, { reason: '重复提交' });
    expect(again.statusCode).toBe(409);
    const toLeader = await t.database.db.select().from(notifications).where(and(eq(notifications.userId, leaderId), eq(notifications.kind, 'leaveRequest')));
    expect(toLeader).toHaveLength(1);

    // 4. Only the configured approver decides: not the office, not another invitee.
    const decision = { version: leave.json().version, decision: 'approve', comment: '同意' };
    const url = `/api/meetings/${created.id}/leave-requests/${leave.json().id}/decide`;
    expect((await staff.post(url, decision)).statusCode).toBe(403);
    expect((await member2.post(url, decision)).statusCode).toBe(403);
    expect((await (await t.as('b_staff')).post(url, decision)).statusCode).toBe(404);
    const pending = (await (await t.as('leader')).get('/api/meetings/leave-requests?status=pending')).json();
    expect(pending.items.map((i: { id: string }) => i.id)).toContain(leave.json().id);
    const approved = await (await t.as('leader')).post(url, decision);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    expect((await (await t.as('leader')).post(url, { ...decision, version: approved.json().version })).statusCode).toBe(409);
    const member1User = (await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'member1')))[0].id;
    const decided = await t.database.db.select().from(notifications).where(and(eq(notifications.userId, member1User), eq(notifications.kind, 'leaveDecision')));
    expect(decided).toHaveLength(1);

    // 5. Staff sign one member in; the other scans the QR code.
    const inv2 = invitees.find((i) => i.memberId === m2)!;
    const signed = await staff.post(`/api/meetings/${created.id}/check-in`, { inviteeIds: [inv2.id] });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().checkedIn[0]).toMatchObject({ attendance: 'present', checkInMethod: 'staff' });
    const qr = await staff.get(`/api/meetings/${created.id}/qr.png`);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toBe('image/png');
    expect(qr.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const token = await tokenOf(created.id);
    const scan = await member3.post('/api/meetings/check-in', { token });
    expect(scan.statusCode, scan.body).toBe(200);
    expect(scan.json()).toMatchObject({ alreadyCheckedIn: false, invitee: { attendance: 'present', checkInMethod: 'qr' } });
    expect((await member3.post('/api/meetings/check-in', { token })).json().alreadyCheckedIn).toBe(true);

    // 6. The attendance sheet, on screen and in Excel.
    const sheet = await staff.get(`/api/meetings/${created.id}/attendance`);
    expect(sheet.statusCode).toBe(200);
    expect(sheet.json().counts).toEqual({ expected: 3, present: 2, excused: 1, absent: 0, pending: 0 });
    expect(sheet.json().label).toBe('第一次主席会议');
    const xlsx = await staff.get(`/api/meetings/${created.id}/attendance.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('考勤表')!;
    expect(ws.getRow(1).values).toEqual([undefined, '序号', '姓名', '单位及职务', '参会身份', '出勤情况', '签到时间', '签到方式', '请假事由']);
    const rows = [2, 3, 4].map((n) => ws.getRow(n).values as unknown[]);
    expect(rows.find((r) => r[2] === '林晓峰')?.[5]).toBe('请假');
    expect(rows.find((r) => r[2] === '林晓峰')?.[8]).toBe('赴省里参加培训');
    expect(rows.find((r) => r[2] === '陈思远')?.[7]).toBe('扫码签到');
    const texts: string[] = [];
    ws.eachRow((r) => texts.push(String(r.getCell(1).value ?? '')));
    expect(texts.some((x) => x.includes('应到3人，实到2人，请假1人，缺席0人'))).toBe(true);

    // 7. Held: the minutes are due 7 working days later; audit rows were written all along.
    const cur = (await staff.get(`/api/meetings/${created.id}`)).json();
    const held = await staff.post(`/api/meetings/${created.id}/hold`, { version: cur.version });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json().status).toBe('held');
    expect(held.json().minutesDueOn).toBe(addWorkingDays(chinaDay(created.endsAt), 7));
    const actions = (await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.targetId, created.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['meeting.create', 'meeting.invite', 'meeting.notice', 'meeting.checkIn', 'meeting.hold']));

    // 8. Minutes: drafted, approved once.
    const mins = (await staff.get(`/api/meetings/${created.id}/minutes`)).json();
    expect(mins.dueOn).toBe(held.json().minutesDueOn);
    const saved = await staff.put(`/api/meetings/${created.id}/minutes`, { version: mins.minutes.version, text: '会议学习了……研究了2023年度协商计划。' });
    expect(saved.statusCode, saved.body).toBe(200);
    const appr = await staff.post(`/api/meetings/${created.id}/minutes/approve`, { version: saved.json().minutes.version });
    expect(appr.json().minutes.status).toBe('approved');
    expect((await member1.get(`/api/meetings/${created.id}/minutes`)).json().minutes.status).toBe('approved');

    // 9. It counts in the named statistics.
    const from = chinaDay(created.startsAt);
    const stat = (await staff.get(`/api/stats/meetings.withStudy?from=${from}&to=${from}&kind=chairs`)).json();
    expect(stat.value).toBe(1);
    expect(stat.records[0]).toMatchObject({ id: created.id, type: 'meeting', link: `/meetings/${created.id}` });
    expect(stat.records[0].title).toContain('第一次主席会议');
    expect((await staff.get(`/api/stats/meetings.withStudy?from=${from}&to=${from}&kind=partyGroup`)).json().value).toBe(0);
    expect((await staff.get(`/api/stats/meetings.held?from=${from}&to=${from}`)).json().value).toBe(1);
  });
});

describe('meetings: scope and roles', () => {
  it('refuses unauthenticated callers, wrong roles, and other orgs', async () => {
    const m = await createMeeting({ kind: 'partyGroup', title: '党组会议', startsAt: inHours(48) });
    expect(m.agenda[0]).toMatchObject({ isStudy: true }); // 第一议题 by default
    expect((await t.anon.get(`/api/meetings/${m.id}`)).statusCode).toBe(401);
    expect((await t.anon.get('/api/meetings')).statusCode).toBe(401);
    expect((await (await t.as('member1')).post('/api/meetings', { kind: 'chairs', title: 'x', startsAt: inHours(1) })).statusCode).toBe(403);
    expect((await (await t.as('leader')).patch(`/api/meetings/${m.id}`, { version: 1, title: 'y' })).statusCode).toBe(403);
    expect((await (await t.as('unitadmin')).get(`/api/meetings/${m.id}/attendance`)).statusCode).toBe(403);
    expect((await (await t.as('b_member')).post('/api/meetings/check-in', { token: await tokenOf(m.id) })).statusCode).toBe(404);
    for (const who of ['b_staff', 'b_member'] as const) {
      const c = await t.as(who);
      expect((await c.get(`/api/meetings/${m.id}`)).statusCode).toBe(404);
      expect((await c.get(`/api/meetings/${m.id}/leave-requests`)).statusCode).toBe(404);
      expect((await c.get(`/api/meetings/${m.id}/speeches`)).statusCode).toBe(404);
      expect((await c.get('/api/meetings')).json().items.some((i: { id: string }) => i.id === m.id)).toBe(false);
    }
    expect((await (await t.as('b_staff')).patch(`/api/meetings/${m.id}`, { version: 1, title: 'y' })).statusCode).toBe(404);
    expect((await (await t.as('b_staff')).get(`/api/meetings/${m.id}/attendance.xlsx`)).statusCode).toBe(404);
    // Leaders and auditors read every meeting of the org.
    expect((await (await t.as('leader')).get(`/api/meetings/${m.id}`)).statusCode).toBe(200);
    expect((await (await t.as('auditor')).get(`/api/meetings/${m.id}/attendance`)).statusCode).toBe(200);
  });

  it('shows members only meetings they are invited to, and never drafts', async () => {
    const m = await createMeeting({ kind: 'committee', title: '提案委员会会议', startsAt: inHours(24), committeeId: t.ids.committeeA });
    const member1 = await t.as('member1');
    expect((await member1.get(`/api/meetings/${m.id}`)).statusCode).toBe(404);
    const staff = await t.as('staff');
    const inv = await staff.post(`/api/meetings/${m.id}/invitees`, { version: m.version, memberIds: [m2] });
    expect(inv.statusCode).toBe(201);
    expect((await member2.get(`/api/meetings/${m.id}`)).statusCode).toBe(404); // still a draft
    await staff.post(`/api/meetings/${m.id}/notice`, { version: inv.json().meeting.version });
    expect((await member2.get(`/api/meetings/${m.id}`)).statusCode).toBe(200);
    expect((await member1.get(`/api/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await member1.post(`/api/meetings/${m.id}/leave-requests`, { reason: '有事' })).statusCode).toBe(404);
    // No approver configured for committee meetings: the request is refused with a clear message.
    const noApprover = await member2.post(`/api/meetings/${m.id}/leave-requests`, { reason: '出差' });
    expect(noApprover.statusCode).toBe(409);
    expect(noApprover.json().message).toMatch(/请假审批人/);
    // Members see only their own line of the invitee list.
    const list = (await member2.get(`/api/meetings/${m.id}/invitees`)).json();
    expect(list.items).toHaveLength(1);
  });

  it('refuses an unnumbered kind with a number and a duplicate number', async () => {
    const staff = await t.as('staff');
    expect((await staff.post('/api/meetings', { kind: 'committee', number: 3, title: 'x', startsAt: inHours(1) })).statusCode).toBe(400);
    const first = await createMeeting({ kind: 'standingCommittee', number: 5, title: '常委会', startsAt: inHours(100) });
    expect(first.numberLabel).toBe('六届第五次常委会会议');
    expect((await staff.post('/api/meetings', { kind: 'standingCommittee', number: 5, title: '常委会', startsAt: inHours(100) })).statusCode).toBe(409);
    expect((await staff.post('/api/meetings', { kind: 'nosuchkind', title: 'x', startsAt: inHours(1) })).statusCode).toBe(400);
    expect((await staff.post('/api/meetings', { kind: 'chairs', title: 'x', startsAt: inHours(1), extra: 1 })).statusCode).toBe(400);
  });

  it('answers a stale version with 409 CONFLICT', async () => {
    const m = await createMeeting({ kind: 'thematic', title: '专题会议', startsAt: inHours(30) });
    const staff = await t.as('staff');
    const a = await staff.patch(`/api/meetings/${m.id}`, { version: m.version, venue: '一号会议室' });
    expect(a.statusCode).toBe(200);
    const b = await staff.patch(`/api/meetings/${m.id}`, { version: m.version, venue: '二号会议室' });
    expect(b.statusCode).toBe(409);
    expect(b.json().code).toBe('CONFLICT');
    const agenda = await staff.put(`/api/meetings/${m.id}/agenda`, { version: m.version, items: [{ title: '议题' }] });
    expect(agenda.statusCode).toBe(409);
  });

  it('flags a chairs\' meeting whose first item is not study', async () => {
    const m = await createMeeting({ kind: 'chairs', title: '主席会议', startsAt: inHours(200), agenda: [{ title: '研究工作' }, { title: '学习', isStudy: true }] });
    expect(m.firstItemNotStudy).toBe(true);
    const fixed = await (await t.as('staff')).put(`/api/meetings/${m.id}/agenda`, { version: m.version, items: [{ title: '学习', isStudy: true }, { title: '研究工作' }] });
    expect(fixed.json().firstItemNotStudy).toBe(false);
    const day = chinaDay(m.startsAt);
    const listed = (await (await t.as('staff')).get(`/api/meetings?kind=chairs&from=${day}&to=${day}`)).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([m.id]);
    expect(listed.abilities.create).toBe(true);
    expect((await (await t.as('staff')).get(`/api/meetings?kind=partyGroup&from=${day}&to=${day}`)).json().total).toBe(0);
  });
});

describe('meetings: committee leave goes to the committee head', () => {
  it('routes the request to the head\'s account; the requester may withdraw and the excuse is undone', async () => {
    const member3User = (await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'member3')))[0].id;
    await t.database.db.insert(memberCommittees).values({ memberId: m3, committeeId: t.ids.committeeA, role: 'chair' });
    const m = await createMeeting({ kind: 'committee', title: '提案委员会全体会议', startsAt: inHours(36), committeeId: t.ids.committeeA });
    expect(m.effectiveLeaveApproverId).toBe(member3User);
    await inviteAndNotice(m.id, [m2]);
    const leave = await member2.post(`/api/meetings/${m.id}/leave-requests`, { reason: '外出调研' });
    expect(leave.statusCode, leave.body).toBe(201);
    expect(leave.json().approverId).toBe(member3User);
    // The head is not invited but sees the meeting because they decide its leave.
    expect((await member3.get(`/api/meetings/${m.id}`)).statusCode).toBe(200);
    const ok = await member3.post(`/api/meetings/${m.id}/leave-requests/${leave.json().id}/decide`, { version: 1, decision: 'approve', comment: '' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await member2.get(`/api/meetings/${m.id}`)).json().myInvitation.attendance).toBe('excused');
    expect((await member3.post(`/api/meetings/${m.id}/leave-requests/${leave.json().id}/withdraw`, { version: 2 })).statusCode).toBe(403);
    const w = await member2.post(`/api/meetings/${m.id}/leave-requests/${leave.json().id}/withdraw`, { version: 2 });
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json().status).toBe('withdrawn');
    expect((await member2.get(`/api/meetings/${m.id}`)).json().myInvitation.attendance).toBe('invited');
    const mine = (await member2.get('/api/meetings/leave-requests?scope=mine')).json();
    expect(mine.items.some((i: { id: string; status: string }) => i.id === leave.json().id && i.status === 'withdrawn')).toBe(true);
    await t.database.db.delete(memberCommittees).where(eq(memberCommittees.memberId, m3));
  });
});

describe('meetings: QR sign-in window', () => {
  it('refuses sign-in outside the window and by members not invited', async () => {
    const m = await createMeeting({ kind: 'thematic', title: '远期专题会议', startsAt: inHours(72) });
    await inviteAndNotice(m.id, [m2]);
    const token = await tokenOf(m.id);
    const early = await member2.post('/api/meetings/check-in', { token });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/不在签到时间内/);

    const now = await createMeeting({ kind: 'thematic', title: '当前专题会议', startsAt: inHours(0.5) });
    await inviteAndNotice(now.id, [m2]);
    const t2 = await tokenOf(now.id);
    expect((await member3.post('/api/meetings/check-in', { token: t2 })).statusCode).toBe(403);
    expect((await (await t.as('staff')).post('/api/meetings/check-in', { token: t2 })).statusCode).toBe(403); // members only
    expect((await member2.post('/api/meetings/check-in', { token: 'x'.repeat(32) })).statusCode).toBe(404);
    expect((await member2.post('/api/meetings/check-in', { token: t2 })).statusCode).toBe(200);

    // A new QR code: the old token stops working.
    const staff = await t.as('staff');
    const cur = (await staff.get(`/api/meetings/${now.id}`)).json();
    const rotated = await staff.post(`/api/meetings/${now.id}/qr/rotate`, { version: cur.version });
    expect(rotated.statusCode, rotated.body).toBe(200);
    expect((await member2.post('/api/meetings/check-in', { token: t2 })).statusCode).toBe(404);
    expect((await member2.post('/api/meetings/check-in', { token: await tokenOf(now.id) })).json().alreadyCheckedIn).toBe(true);
  });

  it('never invites the same person twice (a member and the member\'s own account)', async () => {
    const m = await createMeeting({ kind: 'thematic', title: '重复邀请检查', startsAt: inHours(80) });
    const member2User = (await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'member2')))[0].id;
    const staff = await t.as('staff');
    const res = await staff.post(`/api/meetings/${m.id}/invitees`, { version: m.version, memberIds: [m2], userIds: [member2User, staffId], role: 'attendee' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().added.map((a: { name: string }) => a.name).sort()).toEqual(['staff', '王建华'].sort());
    const again = await staff.post(`/api/meetings/${m.id}/invitees`, { version: res.json().meeting.version, memberIds: [m2], guests: [{ name: '李教授', affiliation: '甲市大学' }] });
    expect(again.json().added).toHaveLength(1);
    expect(again.json().added[0]).toMatchObject({ name: '李教授', role: 'guest' });
  });
});

describe('meetings: votes with quorum', () => {
  it('records no quorum, then a passed election by entered tallies and a named vote', async () => {
    await configureApprovers();
    const m = await createMeeting({ kind: 'standingCommittee', title: '常委会会议（增补委员）', startsAt: inHours(1) });
    const { invitees } = await inviteAndNotice(m.id, [t.ids.memberA, m2, m3]);
    const staff = await t.as('staff');
    await staff.post(`/api/meetings/${m.id}/check-in`, { inviteeIds: [invitees[0].id] });

    const v = await staff.post(`/api/meetings/${m.id}/votes`, { kind: 'motion', title: '关于增补政协委员的决定（草案）', items: [{ label: '增补决定' }] });
    expect(v.statusCode, v.body).toBe(201);
    const tooMany = await staff.post(`/api/meetings/${m.id}/votes/${v.json().id}/count`, { version: 1, tallies: [{ yes: 2, no: 0, abstain: 0 }] });
    expect(tooMany.statusCode).toBe(400); // 2 ballots, 1 present
    const noQuorum = await staff.post(`/api/meetings/${m.id}/votes/${v.json().id}/count`, { version: 1, tallies: [{ yes: 1, no: 0, abstain: 0 }] });
    expect(noQuorum.statusCode, noQuorum.body).toBe(200);
    expect(noQuorum.json()).toMatchObject({ status: 'counted', entitled: 3, present: 1, quorum: false, items: [{ result: 'noQuorum' }] });

    await staff.post(`/api/meetings/${m.id}/check-in`, { inviteeIds: [invitees[1].id] });
    const e = await staff.post(`/api/meetings/${m.id}/votes`, { kind: 'election', title: '选举常务委员', items: [{ label: '王建华', memberId: m2 }, { label: '陈思远', memberId: m3 }] });
    const counted = await staff.post(`/api/meetings/${m.id}/votes/${e.json().id}/count`, { version: 1, tallies: [{ yes: 2, no: 0, abstain: 0 }, { yes: 1, no: 1, abstain: 0 }] });
    expect(counted.json()).toMatchObject({ quorum: true, present: 2, items: [{ label: '王建华', result: 'passed' }, { label: '陈思远', result: 'failed' }] });

    const named = await staff.post(`/api/meetings/${m.id}/votes`, { kind: 'motion', title: '表决工作报告', method: 'named', items: [{ label: '工作报告' }] });
    const nid = named.json().id;
    expect((await staff.post(`/api/meetings/${m.id}/votes/${nid}/ballots`, { ballots: [{ inviteeId: invitees[2].id, itemIndex: 0, choice: 'yes' }] })).statusCode).toBe(400); // not present
    const ballots = await staff.post(`/api/meetings/${m.id}/votes/${nid}/ballots`, {
      ballots: [
        { inviteeId: invitees[0].id, itemIndex: 0, choice: 'yes' },
        { inviteeId: invitees[1].id, itemIndex: 0, choice: 'yes' },
      ],
    });
    expect(ballots.statusCode, ballots.body).toBe(200);
    const res = await staff.post(`/api/meetings/${m.id}/votes/${nid}/count`, { version: 1 });
    expect(res.json().items[0]).toMatchObject({ yes: 2, no: 0, abstain: 0, result: 'passed' });
    expect((await staff.post(`/api/meetings/${m.id}/votes/${nid}/count`, { version: 2 })).statusCode).toBe(409);

    // Votes only at plenary and standing committee meetings.
    const chairs = await createMeeting({ kind: 'chairs', title: '主席会议', startsAt: inHours(300) });
    expect((await staff.post(`/api/meetings/${chairs.id}/votes`, { kind: 'motion', title: 'x', items: [{ label: 'x' }] })).statusCode).toBe(409);

    // 6. A member addition approved at this meeting links to it and counts.
    const held = await staff.post(`/api/meetings/${m.id}/hold`, { version: (await staff.get(`/api/meetings/${m.id}`)).json().version });
    expect(held.statusCode).toBe(200);
    const [added] = await t.database.db.insert(members).values({ orgId: t.ids.orgs.A, termId: t.ids.termA, name: '赵新元', gender: '男', joinedOn: chinaDay(new Date()) }).returning();
    await t.database.db.insert(membershipChanges).values({ orgId: t.ids.orgs.A, memberId: added.id, kind: 'added', effectiveOn: chinaDay(new Date()), approvingMeetingId: m.id, approvingMeetingLabel: '常委会会议' });
    const linked = (await staff.get(`/api/meetings/${m.id}/membership-changes`)).json();
    expect(linked.items).toHaveLength(1);
    expect(linked.items[0].memberName).toBe('赵新元');
    const day = chinaDay(new Date());
    const stat = (await staff.get(`/api/stats/members.added?from=${day}&to=${day}`)).json();
    expect(stat.value).toBe(1);
    expect(stat.records[0].title).toContain('赵新元');
    expect(held.json().attendance).toMatchObject({ expected: 3, present: 2, absent: 1 });
  });
});

describe('meetings: speeches, settings, cancel', () => {
  it('records speeches and archives instead of deleting', async () => {
    const [session] = await t.database.db.insert(plenarySessions).values({ orgId: t.ids.orgs.A, termId: t.ids.termA, number: 2, name: '六届二次会议', startDate: chinaDay(new Date()) }).returning();
    const m = await createMeeting({ kind: 'plenary', title: '政协甲市第六届委员会第二次会议', startsAt: inHours(5), plenarySessionId: session.id });
    expect(m.numberLabel).toBe('六届二次会议');
    expect(m.plenarySessionId).toBe(session.id);
    const wrong = await (await t.as('staff')).post('/api/meetings', { kind: 'chairs', title: 'x', startsAt: inHours(5), plenarySessionId: session.id });
    expect(wrong.statusCode).toBe(400);
    await inviteAndNotice(m.id, [m2]);
    const staff = await t.as('staff');
    const sp = await staff.post(`/api/meetings/${m.id}/speeches`, { memberId: m2, mode: 'written', title: '关于加快养老服务体系建设的建议', text: '……' });
    expect(sp.statusCode, sp.body).toBe(201);
    expect(sp.json()).toMatchObject({ speakerName: '王建华', modeLabel: '书面发言' });
    const upd = await staff.patch(`/api/meetings/${m.id}/speeches/${sp.json().id}`, { version: 1, title: '关于养老服务的建议' });
    expect(upd.json().title).toBe('关于养老服务的建议');
    expect((await staff.patch(`/api/meetings/${m.id}/speeches/${sp.json().id}`, { version: 1, title: 'x' })).statusCode).toBe(409);
    expect((await member2.get(`/api/meetings/${m.id}/speeches`)).json().items).toHaveLength(1);
    await staff.post(`/api/meetings/${m.id}/speeches/${sp.json().id}/archive`, { version: 2 });
    expect((await staff.get(`/api/meetings/${m.id}/speeches`)).json().items).toHaveLength(0);
  });

  it('lets only the admin change settings, and validates the approver', async () => {
    const staff = await t.as('staff');
    const cur = (await staff.get('/api/meetings/settings')).json();
    expect((await staff.put('/api/meetings/settings', { version: cur.orgVersion, leaveApprovers: { plenary: leaderId } })).statusCode).toBe(403);
    const admin = await t.as('admin');
    const bUser = (await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'b_staff')))[0].id;
    expect((await admin.put('/api/meetings/settings', { version: cur.orgVersion, leaveApprovers: { plenary: bUser } })).statusCode).toBe(400);
    const ok = await admin.put('/api/meetings/settings', { version: cur.orgVersion, leaveApprovers: { committee: staffId }, meetingKinds: [{ kind: 'bimonthly', label: '双月协商座谈会' }] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().leaveApprovers.committee).toBe(staffId);
    const kinds = (await staff.get('/api/meetings/kinds')).json().items.map((k: { kind: string }) => k.kind);
    expect(kinds).toContain('bimonthly');
    expect((await admin.put('/api/meetings/settings', { version: cur.orgVersion, meetingKinds: [] })).statusCode).toBe(409);
    const custom = await createMeeting({ kind: 'bimonthly', title: '双月协商座谈会', startsAt: inHours(400) });
    expect(custom.kindLabel).toBe('双月协商座谈会');
  });

  it('cancels a noticed meeting, tells the invitees, and archives it', async () => {
    const m = await createMeeting({ kind: 'secretaryGeneral', title: '秘书长会议', startsAt: inHours(50) });
    const { meeting } = await inviteAndNotice(m.id, [m3]);
    const staff = await t.as('staff');
    const c = await staff.post(`/api/meetings/${m.id}/cancel`, { version: meeting.version, reason: '时间调整' });
    expect(c.json().status).toBe('cancelled');
    const n = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'meetingCancelled'));
    expect(n.length).toBe(1);
    expect((await staff.post(`/api/meetings/${m.id}/hold`, { version: c.json().version })).statusCode).toBe(409);
    const a = await staff.post(`/api/meetings/${m.id}/archive`, { version: c.json().version });
    expect(a.statusCode).toBe(200);
    expect((await staff.get('/api/meetings')).json().items.some((i: { id: string }) => i.id === m.id)).toBe(false);
    const inv = await t.database.db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, m.id));
    expect(inv).toHaveLength(1);
  });
});

describe('meeting list attendance counts', () => {
  it('gives readers 应到/实到 per row and members none', async () => {
    const m = await createMeeting({ kind: 'thematic', title: '列表考勤统计测试会', startsAt: inHours(30) });
    const { invitees } = await inviteAndNotice(m.id, [m2, m3]);
    const staff = await t.as('staff');
    const ck = await staff.post(`/api/meetings/${m.id}/check-in`, { inviteeIds: [invitees[0].id] });
    expect(ck.statusCode, ck.body).toBe(200);
    const row = (await staff.get('/api/meetings?q=列表考勤统计')).json().items[0];
    expect(row.attendance).toMatchObject({ expected: 2, present: 1, pending: 1 });
    const leaderRow = (await (await t.as('leader')).get('/api/meetings?q=列表考勤统计')).json().items[0];
    expect(leaderRow.attendance).toMatchObject({ expected: 2, present: 1 });
    const own = (await member2.get('/api/meetings?q=列表考勤统计')).json().items[0];
    expect(own.id).toBe(m.id);
    expect(own.attendance).toBeNull();
  });
});
