import { describe, expect, it } from 'vitest';
import {
  allowedMeetingActions,
  attendanceCounts,
  checkInWindow,
  chineseNumber,
  decideItem,
  defaultAgenda,
  firstItemNotStudy,
  hasQuorum,
  kindInfo,
  meetingKinds,
  meetingNumberLabel,
  nextAttendance,
  nextLeaveStatus,
  nextMeetingStatus,
  tallyBallots,
  tallyProblem,
  withinCheckInWindow,
  MEETING_KINDS,
  type AttendanceEvent,
  type LeaveAction,
  type MeetingAction,
  type VoteRule,
} from '../../src/core/meetings';

describe('meeting kinds', () => {
  it('has the seven built-in kinds with Chinese labels', () => {
    expect(MEETING_KINDS).toEqual(['plenary', 'standingCommittee', 'chairs', 'partyGroup', 'secretaryGeneral', 'committee', 'thematic']);
    expect(meetingKinds().map((k) => k.label)).toEqual(['全体会议', '常委会会议', '主席会议', '党组会议', '秘书长会议', '专委会会议', '专题会议']);
  });

  it.each([
    ['plenary', true, false, true],
    ['standingCommittee', true, false, true],
    ['chairs', true, true, false],
    ['partyGroup', true, true, false],
    ['secretaryGeneral', false, false, false],
    ['committee', false, false, false],
    ['thematic', false, false, false],
  ] as const)('%s: numbered=%s studyFirst=%s votes=%s', (kind, numbered, studyFirst, votes) => {
    const info = kindInfo(kind)!;
    expect([info.numbered, info.studyFirst, info.votes]).toEqual([numbered, studyFirst, votes]);
  });

  it('adds an org\'s own kinds, unnumbered, without shadowing built-in ones', () => {
    const kinds = meetingKinds([{ kind: 'bimonthly', label: '双月协商座谈会' }, { kind: 'plenary', label: '冒名' }]);
    expect(kinds.find((k) => k.kind === 'bimonthly')).toMatchObject({ label: '双月协商座谈会', numbered: false, builtin: false });
    expect(kinds.filter((k) => k.kind === 'plenary')).toHaveLength(1);
    expect(kindInfo('nope')).toBeUndefined();
  });

  it.each([
    [1, '一'],
    [2, '二'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [35, '三十五'],
    [100, '一百'],
    [105, '一百零五'],
    [112, '一百一十二'],
    [230, '二百三十'],
  ])('chineseNumber(%i) = %s', (n, s) => expect(chineseNumber(n)).toBe(s));

  it.each([
    ['plenary', 6, 2, '六届二次会议'],
    ['standingCommittee', 6, 5, '六届第五次常委会会议'],
    ['chairs', 6, 12, '第十二次主席会议'],
    ['partyGroup', 6, 8, '第八次党组会议'],
    ['committee', 6, 3, ''],
    ['plenary', 6, null, ''],
  ] as const)('%s term %i no. %s → %s', (kind, term, no, label) => expect(meetingNumberLabel(kind, term, no)).toBe(label));

  it('opens party group and chairs\' meetings with study, and flags those that do not', () => {
    expect(defaultAgenda('partyGroup')[0].isStudy).toBe(true);
    expect(defaultAgenda('chairs')[0].isStudy).toBe(true);
    expect(defaultAgenda('plenary')).toEqual([]);
    expect(firstItemNotStudy('chairs', [{ title: '学习', isStudy: true }, { title: '议事', isStudy: false }])).toBe(false);
    expect(firstItemNotStudy('chairs', [{ title: '议事', isStudy: false }, { title: '学习', isStudy: true }])).toBe(true);
    expect(firstItemNotStudy('partyGroup', [])).toBe(true);
    expect(firstItemNotStudy('standingCommittee', [{ title: '议事', isStudy: false }])).toBe(false);
  });
});

describe('meeting status', () => {
  it.each([
    ['draft', 'notice', 'noticed'],
    ['draft', 'hold', 'held'],
    ['draft', 'cancel', 'cancelled'],
    ['draft', 'close', null],
    ['noticed', 'notice', 'noticed'],
    ['noticed', 'hold', 'held'],
    ['noticed', 'cancel', 'cancelled'],
    ['held', 'close', 'closed'],
    ['held', 'cancel', null],
    ['held', 'notice', null],
    ['closed', 'reopen', 'held'],
    ['closed', 'hold', null],
    ['cancelled', 'notice', null],
    ['cancelled', 'reopen', null],
  ] as const)('%s --%s--> %s', (from, action, to) => expect(nextMeetingStatus(from, action as MeetingAction)).toBe(to));

  it('lists allowed actions', () => {
    expect(allowedMeetingActions('held')).toEqual(['close']);
    expect(allowedMeetingActions('cancelled')).toEqual([]);
    expect(allowedMeetingActions('bogus')).toEqual([]);
  });
});

describe('attendance', () => {
  it.each([
    ['invited', 'checkIn', 'present'],
    ['invited', 'leaveApproved', 'excused'],
    ['invited', 'markAbsent', 'absent'],
    ['invited', 'leaveRevoked', null],
    ['excused', 'checkIn', 'present'],
    ['excused', 'leaveRevoked', 'invited'],
    ['excused', 'markAbsent', null],
    ['absent', 'checkIn', 'present'],
    ['absent', 'leaveApproved', 'excused'],
    ['present', 'leaveApproved', null],
    ['present', 'markAbsent', null],
  ] as const)('%s --%s--> %s', (from, ev, to) => expect(nextAttendance(from, ev as Exclude<AttendanceEvent, 'correct'>)).toBe(to));

  it('counts 应到 / 实到 / 请假 / 缺席 over attendees only', () => {
    const c = attendanceCounts([
      { role: 'attendee', attendance: 'present' },
      { role: 'attendee', attendance: 'present' },
      { role: 'attendee', attendance: 'excused' },
      { role: 'attendee', attendance: 'absent' },
      { role: 'attendee', attendance: 'invited' },
      { role: 'observer', attendance: 'present' },
      { role: 'staff', attendance: 'present' },
      { role: 'guest', attendance: 'invited' },
    ]);
    expect(c).toEqual({ expected: 5, present: 2, excused: 1, absent: 1, pending: 1 });
  });

  it('opens QR sign-in two hours before the start until the end', () => {
    const start = new Date('2023-03-01T01:00:00Z');
    const end = new Date('2023-03-01T03:00:00Z');
    expect(checkInWindow(start, end).opens.toISOString()).toBe('2023-02-28T23:00:00.000Z');
    expect(withinCheckInWindow(new Date('2023-02-28T22:59:00Z'), start, end)).toBe(false);
    expect(withinCheckInWindow(new Date('2023-02-28T23:00:00Z'), start, end)).toBe(true);
    expect(withinCheckInWindow(new Date('2023-03-01T03:00:00Z'), start, end)).toBe(true);
    expect(withinCheckInWindow(new Date('2023-03-01T03:01:00Z'), start, end)).toBe(false);
    // No end: four hours after the start.
    expect(withinCheckInWindow(new Date('2023-03-01T04:59:00Z'), start, null)).toBe(true);
    expect(withinCheckInWindow(new Date('2023-03-01T05:01:00Z'), start, null)).toBe(false);
  });
});

describe('leave requests', () => {
  it.each([
    ['pending', 'approve', 'approved'],
    ['pending', 'refuse', 'refused'],
    ['pending', 'withdraw', 'withdrawn'],
    ['approved', 'withdraw', 'withdrawn'],
    ['approved', 'refuse', null],
    ['approved', 'approve', null],
    ['refused', 'approve', null],
    ['refused', 'withdraw', null],
    ['withdrawn', 'approve', null],
  ] as const)('%s --%s--> %s', (from, action, to) => expect(nextLeaveStatus(from, action as LeaveAction)).toBe(to));
});

describe('votes', () => {
  it.each([
    [30, 16, true],
    [30, 15, false],
    [31, 16, true],
    [0, 0, false],
  ])('quorum: %i entitled, %i present → %s', (entitled, present, ok) => expect(hasQuorum(entitled, present)).toBe(ok));

  it.each([
    // rule, yes/no/abstain, entitled, present, result
    ['majorityOfAll', [16, 2, 2], 30, 20, 'passed'],
    ['majorityOfAll', [15, 0, 5], 30, 20, 'failed'],
    ['majorityOfPresent', [11, 5, 4], 30, 20, 'passed'],
    ['majorityOfPresent', [10, 5, 5], 30, 20, 'failed'],
    ['twoThirdsOfAll', [20, 0, 0], 30, 25, 'passed'],
    ['twoThirdsOfAll', [19, 0, 0], 30, 25, 'failed'],
    ['majorityOfAll', [15, 0, 0], 30, 15, 'noQuorum'],
  ] as const)('%s %j of %i (%i present) → %s', (rule, [yes, no, abstain], entitled, present, result) =>
    expect(decideItem(rule as VoteRule, { yes, no, abstain }, entitled, present)).toBe(result),
  );

  it('refuses more ballots than those present, and negative numbers', () => {
    expect(tallyProblem({ yes: 10, no: 5, abstain: 6 }, 20)).toMatch(/超过实到人数/);
    expect(tallyProblem({ yes: -1, no: 0, abstain: 0 }, 20)).toMatch(/非负整数/);
    expect(tallyProblem({ yes: 10, no: 5, abstain: 5 }, 20)).toBeNull();
  });

  it('tallies named ballots per item', () => {
    expect(
      tallyBallots(2, [
        { itemIndex: 0, choice: 'yes' },
        { itemIndex: 0, choice: 'yes' },
        { itemIndex: 0, choice: 'no' },
        { itemIndex: 1, choice: 'abstain' },
        { itemIndex: 5, choice: 'yes' },
      ]),
    ).toEqual([
      { yes: 2, no: 1, abstain: 0 },
      { yes: 0, no: 0, abstain: 1 },
    ]);
  });
});
