import { and, eq, sql } from 'drizzle-orm';
import { addWorkingDays } from '../../../core/calendar/working-days';
import { chineseNumber, decideItem, DEFAULT_MINUTES_DUE_WORKING_DAYS, type VoteRule } from '../../../core/meetings';
import {
  meetingAgendaItems,
  meetingInvitees,
  meetingLeaveRequests,
  meetingMinutes,
  meetings,
  meetingSpeeches,
  meetingVotes,
  membershipChanges,
  orgs,
  type VoteItem,
} from '../../db/schema';
import type { DemoContext, DemoMember, DemoOrg, DemoPart } from '../context';
import type { Random } from '../random';

/**
 * Meetings of the first half of 2023 (RULES §8): the plenary (X届二次会议), standing committee
 * meetings (the ones that approved the membership changes of the members part, which are linked
 * to them here), chairs' and party group meetings each opening with collective study (第一议题),
 * secretary-general, committee and thematic meetings — with invitees, attendance, leave
 * requests, speeches, minutes and votes.
 */
export const meetingsPart: DemoPart = {
  name: 'meetings',
  async run(ctx: DemoContext) {
    for (const key of ['city', 'donghu', 'qingshan'] as const) await seedOrgMeetings(ctx, ctx.orgs[key], ctx.random(`meetings/${key}`));
  },
};

type Invite = 'all' | 'standing' | 'chairs' | 'partyGroup' | 'secretaryGeneral' | { committee: string } | 'thematic';
type AgendaSpec = readonly [title: string, isStudy?: boolean, material?: string, presenter?: string];

interface Planned {
  kind: string;
  number: number | null;
  title: string;
  /** China time, 'YYYY-MM-DDTHH:mm' */
  start: string;
  hours: number;
  venue: string;
  agenda: AgendaSpec[];
  invite: Invite;
  plenarySession?: number;
  committee?: string;
  votes?: Array<{ kind: 'election' | 'motion'; title: string; items: string[] }>;
  oralSpeeches?: number;
  writtenSpeeches?: number;
  /** Still waiting for approved minutes (the last meeting of the half year). */
  minutesPending?: boolean;
}

const STUDY = [
  ['集体学习党的二十大精神', '党的二十大报告关于发展全过程人民民主、巩固和发展最广泛的爱国统一战线的论述'],
  ['传达学习全国两会精神', '全国政协十四届一次会议和十四届全国人大一次会议精神'],
  ['集体学习《中国共产党政治协商工作条例》', '《中国共产党政治协商工作条例》全文及解读'],
  ['集体学习关于加强和改进人民政协工作的重要思想', '《关于加强和改进人民政协工作的重要思想学习纲要》有关章节'],
  ['传达学习学习贯彻新时代中国特色社会主义思想主题教育工作会议精神', '主题教育工作会议精神及省委、市委实施方案'],
  ['集体学习《政协章程》', '《中国人民政治协商会议章程》总纲及有关条款'],
  ['传达学习省委全会精神', '省委全会报告及决定'],
  ['集体学习党风廉政建设有关规定', '中央八项规定及其实施细则精神、省市有关规定'],
  ['传达学习全省政协系统学习培训会议精神', '全省政协系统学习培训视频会议精神'],
  ['集体学习《习近平谈治国理政》第四卷有关篇目', '第四卷“发展全过程人民民主”专题'],
] as const;

const PARTY_ITEMS = [
  '研究部署2023年党组工作要点',
  '研究{P}政协{T}二次会议筹备工作',
  '研究2023年度协商工作计划（报{S}委常委会审议稿）',
  '听取机关党建和意识形态工作情况汇报',
  '研究主题教育实施方案',
  '研究“有事好商量”协商议事室建设推进工作',
  '研究委员履职量化考核办法（试行）起草工作',
  '研究上半年工作总结和下半年工作谋划',
];
const CHAIRS_ITEMS = [
  '审议常委会工作报告和提案工作情况报告（征求意见稿）',
  '研究2023年度协商工作计划',
  '研究双月协商座谈会筹备工作',
  '听取各专委会一季度工作情况汇报',
  '审议委员履职量化考核办法（试行）（草案）',
  '研究{P}政协{T}常委会下次会议议程',
];
const TOPICS = [
  '关于加快装备制造和新材料产业发展的建议',
  '关于推进历史文化资源开发与利用的建议',
  '关于加强新建扩建学校建设的建议',
  '关于完善养老服务体系建设的建议',
  '关于优化营商环境、助力民营经济发展的建议',
  '关于推进乡村振兴和农村人居环境整治的建议',
  '关于加强基层医疗卫生服务能力建设的建议',
  '关于推进“有事好商量”协商议事室提质增效的建议',
  '关于加强城区停车设施建设管理的建议',
  '关于促进文旅融合发展的建议',
  '关于加强未成年人心理健康教育的建议',
  '关于推动县域商业体系建设的建议',
  '关于加强生态环境保护和修复的建议',
  '关于提升城市精细化管理水平的建议',
  '关于加快数字经济发展的建议',
  '关于做好高校毕业生就业创业工作的建议',
];
const LEAVE_REASONS = ['赴外地出差', '参加单位重要会议', '身体不适，住院治疗', '参加上级组织的培训', '家中有急事', '陪同上级检查工作', '在外地参加学术会议', '单位安全生产督查任务'];

function planFor(o: DemoOrg): Planned[] {
  const T = o.term.label; // 六届
  const P = o.short; // 市 / 区 / 县
  const fill = (s: string) => s.replaceAll('{P}', P).replaceAll('{T}', T).replaceAll('{S}', o.short);
  const hall = `${o.short}政协机关会议室`;
  const plenary = o.plenarySessions.find((p) => p.number === 2);
  const out: Planned[] = [];
  const study = (i: number): AgendaSpec => [STUDY[i % STUDY.length][0], true, STUDY[i % STUDY.length][1]];

  if (o.key === 'city') {
    const party = ['2023-01-03', '2023-02-07', '2023-02-28', '2023-03-21', '2023-04-11', '2023-05-09', '2023-05-30', '2023-06-20'];
    party.forEach((d, i) =>
      out.push({
        kind: 'partyGroup',
        number: 16 + i,
        title: `${P}政协党组2023年第${i + 1}次会议`,
        start: `${d}T15:00`,
        hours: 2,
        venue: `${P}政协机关四楼党组会议室`,
        agenda: [study(i), [fill(PARTY_ITEMS[i])], ...(i % 3 === 0 ? [['研究人事有关事项'] as AgendaSpec] : [])],
        invite: 'partyGroup',
        minutesPending: i === party.length - 1,
      }),
    );
    const chairs = ['2023-01-05', '2023-02-16', '2023-03-23', '2023-04-20', '2023-05-25', '2023-06-21'];
    chairs.forEach((d, i) =>
      out.push({
        kind: 'chairs',
        number: 13 + i,
        title: `${T}${P}政协第${chineseNumber(13 + i)}次主席会议`,
        start: `${d}T09:00`,
        hours: 2.5,
        venue: `${P}政协机关三楼会议室`,
        agenda: [study(i + 3), [fill(CHAIRS_ITEMS[i])]],
        invite: 'chairs',
      }),
    );
    out.push(
      {
        kind: 'standingCommittee',
        number: 5,
        title: `${T}${P}政协常委会第五次会议`,
        start: '2023-01-10T09:00',
        hours: 3,
        venue: `${P}政协机关二楼大会议室`,
        agenda: [
          ['审议通过关于增补政协委员的决定（草案）'],
          [`审议通过${T}二次会议议程（草案）、日程（草案）`],
          ['审议常委会工作报告（草案）和提案工作情况报告（草案）'],
        ],
        invite: 'standing',
        votes: [
          { kind: 'motion', title: '关于增补政协委员的决定（草案）', items: ['增补决定'] },
          { kind: 'motion', title: `${T}二次会议议程（草案）`, items: ['会议议程'] },
        ],
        oralSpeeches: 2,
      },
      {
        kind: 'standingCommittee',
        number: 6,
        title: `${T}${P}政协常委会第六次会议`,
        start: '2023-03-28T09:00',
        hours: 3,
        venue: `${P}政协机关二楼大会议室`,
        agenda: [study(1), ['协商讨论2023年度协商工作计划'], ['审议通过关于接受委员辞去政协委员的决定（草案）']],
        invite: 'standing',
        votes: [{ kind: 'motion', title: '关于接受委员辞去政协委员的决定（草案）', items: ['辞去委员决定'] }],
        oralSpeeches: 4,
        writtenSpeeches: 3,
      },
      {
        kind: 'standingCommittee',
        number: 7,
        title: `${T}${P}政协常委会第七次会议`,
        start: '2023-06-27T09:00',
        hours: 3,
        venue: `${P}政协机关二楼大会议室`,
        agenda: [study(4), ['围绕“养老服务体系建设”开展专题协商'], ['审议通过关于接受委员辞去政协委员的决定（草案）'], ['通报上半年工作情况']],
        invite: 'standing',
        votes: [{ kind: 'motion', title: '关于接受委员辞去政协委员的决定（草案）', items: ['辞去委员决定'] }],
        oralSpeeches: 5,
        writtenSpeeches: 4,
      },
      {
        kind: 'secretaryGeneral',
        number: null,
        title: `${P}政协秘书长会议（一季度）`,
        start: '2023-02-14T15:00',
        hours: 1.5,
        venue: `${P}政协机关三楼会议室`,
        agenda: [['研究各专委会一季度重点工作安排'], ['研究“委员之家”升级改造工作']],
        invite: 'secretaryGeneral',
      },
      {
        kind: 'secretaryGeneral',
        number: null,
        title: `${P}政协秘书长会议（二季度）`,
        start: '2023-05-16T15:00',
        hours: 1.5,
        venue: `${P}政协机关三楼会议室`,
        agenda: [['研究双月协商座谈会和专题议政性常委会筹备分工'], ['研究上半年工作总结起草工作']],
        invite: 'secretaryGeneral',
      },
      {
        kind: 'thematic',
        number: null,
        title: '全市政协系统“有事好商量”协商议事室建设推进会',
        start: '2023-04-26T09:30',
        hours: 2,
        venue: `${P}政协机关二楼大会议室`,
        agenda: [['通报全市协商议事室建设情况'], ['东湖区、青山县政协交流发言'], ['部署下一步工作']],
        invite: 'thematic',
        oralSpeeches: 3,
      },
    );
    const committeeMeetings: Array<[string, string, string]> = [
      ['提案委员会', '2023-02-21', '研究提案审查立案和交办工作'],
      ['经济委员会', '2023-03-14', '研究装备制造和新材料产业发展专题调研方案'],
      ['教科卫体委员会', '2023-03-30', '研究新建扩建学校建设情况调研方案'],
      ['社会和法制委员会', '2023-04-13', '研究养老服务体系建设专题协商准备工作'],
      ['文化文史和学习委员会', '2023-05-11', '研究历史文化资源开发与利用双月协商准备工作'],
      ['委员工作委员会', '2023-06-08', '研究委员履职量化考核办法（试行）征求意见工作'],
    ];
    for (const [name, d, item] of committeeMeetings)
      out.push({
        kind: 'committee',
        number: null,
        title: `${name}全体会议`,
        start: `${d}T14:30`,
        hours: 2,
        venue: '委员之家',
        agenda: [['集体学习', true, '本委员会功能型党支部“党建+学习”书目'], [item]],
        invite: { committee: name },
        committee: name,
        oralSpeeches: 2,
      });
  } else {
    // A district / county: fewer meetings of the same kinds.
    const isDonghu = o.key === 'donghu';
    const scDates = isDonghu ? [['2023-01-04', 4], ['2023-04-25', 5]] : [['2023-01-06', 5], ['2023-04-18', 6]];
    for (const [d, n] of scDates as Array<[string, number]>)
      out.push({
        kind: 'standingCommittee',
        number: n,
        title: `${T}${P}政协常委会第${chineseNumber(n)}次会议`,
        start: `${d}T09:00`,
        hours: 2.5,
        venue: hall,
        agenda: n === scDates[0][1] ? [['审议通过关于增补政协委员的决定（草案）'], [`审议${T}二次会议有关事项`]] : [study(n), ['审议通过关于接受委员辞去政协委员的决定（草案）'], ['协商讨论年度协商计划']],
        invite: 'standing',
        votes: [{ kind: 'motion', title: n === scDates[0][1] ? '关于增补政协委员的决定（草案）' : '关于接受委员辞去政协委员的决定（草案）', items: ['决定'] }],
        oralSpeeches: 2,
      });
    ['2023-02-09', '2023-04-06', '2023-06-08'].forEach((d, i) =>
      out.push({
        kind: 'chairs',
        number: 10 + i,
        title: `${T}${P}政协第${chineseNumber(10 + i)}次主席会议`,
        start: `${d}T09:00`,
        hours: 2,
        venue: hall,
        agenda: [study(i + 1), [fill(CHAIRS_ITEMS[i + 1])]],
        invite: 'chairs',
      }),
    );
    ['2023-01-30', '2023-03-07', '2023-04-28', '2023-06-13'].forEach((d, i) =>
      out.push({
        kind: 'partyGroup',
        number: 12 + i,
        title: `${P}政协党组2023年第${i + 1}次会议`,
        start: `${d}T15:00`,
        hours: 1.5,
        venue: hall,
        agenda: [study(i + 2), [fill(PARTY_ITEMS[[0, 2, 4, 7][i]])]],
        invite: 'partyGroup',
      }),
    );
  }
  if (plenary)
    out.push({
      kind: 'plenary',
      number: 2,
      title: `政协${o.regionName}${o.term.name}委员会第二次会议`,
      start: `${plenary.startDate}T09:00`,
      hours: (Date.parse(plenary.endDate) - Date.parse(plenary.startDate)) / 3600_000 + 3,
      venue: o.key === 'city' ? '云溪市会议中心' : `${o.prefix}会议中心`,
      plenarySession: 2,
      agenda: [
        ['开幕会：听取和审议常务委员会工作报告'],
        ['听取和审议提案工作情况报告'],
        [`列席${o.prefix}人大会议，听取政府工作报告及其他报告`],
        ['分组讨论'],
        ['大会发言'],
        ['闭幕会：通过政治决议、常委会工作报告决议、提案工作情况报告决议'],
      ],
      invite: 'all',
      votes: [
        { kind: 'motion', title: '政治决议（草案）', items: ['政治决议'] },
        { kind: 'motion', title: '关于常务委员会工作报告的决议（草案）', items: ['常委会工作报告决议'] },
        { kind: 'motion', title: '关于提案工作情况报告的决议（草案）', items: ['提案工作情况报告决议'] },
      ],
      oralSpeeches: o.key === 'city' ? 8 : 5,
      writtenSpeeches: o.key === 'city' ? 16 : 6,
    });
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

const at = (s: string) => new Date(`${s}:00+08:00`);

function activeOn(m: DemoMember, day: string): boolean {
  return m.joinedOn <= day && (!m.leftOn || m.leftOn > day);
}

function inviteesFor(o: DemoOrg, p: Planned, day: string): DemoMember[] {
  const on = o.members.filter((m) => activeOn(m, day));
  const inv = p.invite;
  if (inv === 'all') return on;
  if (inv === 'standing') return on.filter((m) => m.isStandingMember);
  if (inv === 'chairs') return on.filter((m) => m.cppccRole);
  if (inv === 'partyGroup') {
    const pg = on.filter((m) => m.cppccRole && m.politicalAffiliation === '中共党员');
    return pg.length >= 3 ? pg : on.filter((m) => m.cppccRole);
  }
  if (inv === 'secretaryGeneral') return on.filter((m) => m.cppccRole === 'secretaryGeneral' || m.committee?.role === 'chair');
  if (inv === 'thematic') return on.filter((m) => m.cppccRole || m.committee?.role === 'chair');
  return on.filter((m) => m.committee?.name === inv.committee);
}

async function seedOrgMeetings(ctx: DemoContext, o: DemoOrg, rng: Random): Promise<void> {
  const chair = o.leaders.find((l) => l.cppccRole === 'chair');
  const adminUser = o.userIds.get(o.key === 'city' ? 'bangongshi' : o.key);
  const staffUser = o.userIds.get('jiguan') ?? adminUser;
  const approver = o.userIds.get('lingdao') ?? adminUser;
  const memberUser = new Map<string, string>();
  if (o.key === 'city') {
    const weiyuan = o.userIds.get('weiyuan');
    const weiyuanMember = o.members.find((m) => m.status === 'active' && m.sector === '教育界' && !m.isStandingMember && m.committee?.role === 'member');
    if (weiyuan && weiyuanMember) memberUser.set(weiyuanMember.id, weiyuan);
  }
  if (!staffUser || !approver) throw new Error(`demo: no office user in ${o.name}`);

  // Leave approvers per kind (chair for plenary / standing committee; the same for chairs' and party group).
  const approvers = { plenary: approver, standingCommittee: approver, chairs: approver, partyGroup: approver };
  await ctx.tx
    .update(orgs)
    .set({ settings: sql`${orgs.settings} || ${JSON.stringify({ leaveApprovers: approvers, minutesDueWorkingDays: DEFAULT_MINUTES_DUE_WORKING_DAYS })}::jsonb` })
    .where(eq(orgs.id, o.id));

  const meetingRows: Array<typeof meetings.$inferInsert> = [];
  const agendaRows: Array<typeof meetingAgendaItems.$inferInsert> = [];
  const inviteeRows: Array<typeof meetingInvitees.$inferInsert> = [];
  const leaveRows: Array<typeof meetingLeaveRequests.$inferInsert> = [];
  const speechRows: Array<typeof meetingSpeeches.$inferInsert> = [];
  const minutesRows: Array<typeof meetingMinutes.$inferInsert> = [];
  const voteRows: Array<typeof meetingVotes.$inferInsert> = [];
  const byTitle = new Map<string, string>();

  for (const p of planFor(o)) {
    const id = rng.uuid();
    const startsAt = at(p.start);
    const endsAt = new Date(startsAt.getTime() + p.hours * 3600_000);
    const day = p.start.slice(0, 10);
    const endDay = new Date(endsAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const due = addWorkingDays(endDay, DEFAULT_MINUTES_DUE_WORKING_DAYS);
    const noticeAt = new Date(startsAt.getTime() - rng.int(3, 7) * 86_400_000);
    byTitle.set(p.title, id);
    meetingRows.push({
      id,
      orgId: o.id,
      termId: o.term.id,
      kind: p.kind,
      number: p.number,
      plenarySessionId: p.plenarySession ? (o.plenarySessions.find((s) => s.number === p.plenarySession)?.id ?? null) : null,
      committeeId: p.committee ? (o.committeeIds.get(p.committee) ?? null) : null,
      title: p.title,
      startsAt,
      endsAt,
      venue: p.venue,
      host: p.committee ? (o.members.find((m) => m.committee?.name === p.committee && m.committee?.role === 'chair')?.name ?? '') : (chair?.name ?? ''),
      status: p.minutesPending ? 'held' : 'closed',
      checkInToken: rng.uuid().replace(/-/g, '') + rng.uuid().replace(/-/g, ''),
      noticeSentAt: noticeAt,
      heldAt: endsAt,
      minutesDueOn: due,
      createdBy: staffUser,
      createdAt: new Date(noticeAt.getTime() - 86_400_000),
      updatedAt: endsAt,
    });
    p.agenda.forEach(([title, isStudy, material, presenter], i) =>
      agendaRows.push({ orgId: o.id, meetingId: id, position: i + 1, title, isStudy: !!isStudy, studyMaterial: material ?? '', presenter: presenter ?? (isStudy ? (chair?.name ?? '') : '') }),
    );

    // Invitees and attendance: small leadership meetings almost always full; large ones ~90%.
    const people = inviteesFor(o, p, day);
    const big = people.length > 30;
    const present: string[] = [];
    for (const m of people) {
      const invId = rng.uuid();
      const r = rng.next();
      let attendance: 'present' | 'excused' | 'absent' = 'present';
      let leave: { status: 'approved' | 'refused'; reason: string } | null = null;
      if (big ? r < 0.07 : r < 0.06) leave = { status: 'approved', reason: rng.pick(LEAVE_REASONS) };
      else if (big && r < 0.08) leave = { status: 'refused', reason: rng.pick(LEAVE_REASONS) };
      else if (big && r < 0.1) attendance = 'absent';
      if (leave?.status === 'approved') attendance = 'excused';
      if (leave?.status === 'refused') attendance = rng.chance(0.5) ? 'present' : 'absent';
      const checkedIn = attendance === 'present';
      const method = checkedIn ? (big && rng.chance(0.7) ? 'qr' : 'staff') : null;
      const checkedInAt = checkedIn ? new Date(startsAt.getTime() - rng.int(2, 40) * 60_000) : null;
      if (checkedIn) present.push(invId);
      inviteeRows.push({
        id: invId,
        orgId: o.id,
        meetingId: id,
        memberId: m.id,
        name: m.name,
        affiliation: `${m.employer}${m.post}`,
        role: 'attendee',
        attendance,
        checkedInAt,
        checkedInBy: method === 'staff' ? staffUser : method === 'qr' ? (memberUser.get(m.id) ?? null) : null,
        checkInMethod: method,
        notifiedAt: noticeAt,
        createdAt: noticeAt,
        updatedAt: endsAt,
      });
      if (leave) {
        const asked = new Date(noticeAt.getTime() + rng.int(1, 40) * 3600_000);
        leaveRows.push({
          orgId: o.id,
          meetingId: id,
          inviteeId: invId,
          memberId: m.id,
          requestedBy: memberUser.get(m.id) ?? staffUser,
          reason: leave.reason,
          status: leave.status,
          approverId: approver,
          decidedAt: new Date(asked.getTime() + rng.int(1, 20) * 3600_000),
          decidedBy: approver,
          comment: leave.status === 'approved' ? '同意' : '会议重要，请克服困难按时参会',
          createdAt: asked,
          updatedAt: asked,
          version: 2,
        });
      }
    }
    if (big || p.kind === 'committee')
      inviteeRows.push({
        orgId: o.id,
        meetingId: id,
        userId: staffUser,
        name: '会务工作人员',
        affiliation: `${o.short}政协办公室`,
        role: 'staff',
        attendance: 'present',
        checkedInAt: new Date(startsAt.getTime() - 60 * 60_000),
        checkedInBy: staffUser,
        checkInMethod: 'staff',
        notifiedAt: noticeAt,
      });

    // Speeches by members who were there.
    const presentMembers = people.filter((m) => inviteeRows.some((r) => r.meetingId === id && r.memberId === m.id && r.attendance === 'present') && !m.cppccRole);
    const speakers = rng.sample(presentMembers, (p.oralSpeeches ?? 0) + (p.writtenSpeeches ?? 0));
    const topics = rng.shuffle(TOPICS);
    speakers.forEach((m, i) => {
      const mode = i < (p.oralSpeeches ?? 0) ? 'oral' : 'written';
      const title = topics[i % topics.length];
      speechRows.push({
        orgId: o.id,
        meetingId: id,
        memberId: m.id,
        speakerName: m.name,
        mode,
        title,
        text: `${m.name}委员（${m.employer}${m.post}）${mode === 'oral' ? '作大会发言' : '提交书面发言'}：${title.replace(/^关于/, '围绕').replace(/的建议$/, '')}，结合调研情况提出了意见建议。`,
        createdBy: staffUser,
        createdAt: endsAt,
        updatedAt: endsAt,
      });
    });

    // Votes: entered tallies, counted against 应到 / 实到.
    const entitled = people.length;
    for (const v of p.votes ?? []) {
      const rule: VoteRule = 'majorityOfAll';
      const abstain = rng.int(0, Math.min(2, present.length));
      const no = rng.chance(0.2) ? 1 : 0;
      const tally = { yes: present.length - abstain - no, no, abstain };
      const items: VoteItem[] = v.items.map((label) => ({ label, memberId: null, ...tally, result: decideItem(rule, tally, entitled, present.length) }));
      voteRows.push({
        orgId: o.id,
        meetingId: id,
        kind: v.kind,
        title: v.title,
        method: 'tally',
        rule,
        status: 'counted',
        items,
        entitled,
        present: present.length,
        quorum: present.length * 2 > entitled,
        countedAt: new Date(endsAt.getTime() - 30 * 60_000),
        countedBy: staffUser,
        version: 2,
        createdAt: startsAt,
        updatedAt: endsAt,
      });
    }

    // Minutes: approved a few working days after the meeting, before the due date.
    const lead = p.agenda.filter((a) => !a[1]).map((a) => a[0]);
    const studied = p.agenda.filter((a) => a[1]).map((a) => a[0]);
    const text = [
      `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日，${p.title}在${p.venue}召开。${chair && !p.committee ? `${chair.name}主持会议。` : ''}`,
      studied.length ? `会议${studied.join('、')}。会议强调，要把学习成果转化为推动政协工作高质量发展的实际行动。` : '',
      lead.length ? `会议议定事项：${lead.join('；')}。` : '',
      `应到${entitled}人，实到${present.length}人。`,
    ]
      .filter(Boolean)
      .join('\n');
    const approvedOn = addWorkingDays(endDay, rng.int(2, DEFAULT_MINUTES_DUE_WORKING_DAYS));
    minutesRows.push({
      orgId: o.id,
      meetingId: id,
      text,
      status: p.minutesPending ? 'draft' : 'approved',
      dueOn: due,
      approvedAt: p.minutesPending ? null : at(`${approvedOn}T17:00`),
      approvedBy: p.minutesPending ? null : staffUser,
      version: p.minutesPending ? 1 : 2,
      createdAt: endsAt,
      updatedAt: endsAt,
    });
  }

  await ctx.insertMany(meetings, meetingRows);
  await ctx.insertMany(meetingAgendaItems, agendaRows);
  await ctx.insertMany(meetingInvitees, inviteeRows);
  await ctx.insertMany(meetingLeaveRequests, leaveRows);
  await ctx.insertMany(meetingSpeeches, speechRows);
  await ctx.insertMany(meetingMinutes, minutesRows);
  await ctx.insertMany(meetingVotes, voteRows);

  // The membership changes of the members part name their approving meeting: link them.
  for (const [title, id] of byTitle) {
    if (title.includes('常委会'))
      await ctx.tx
        .update(membershipChanges)
        .set({ approvingMeetingId: id })
        .where(and(eq(membershipChanges.orgId, o.id), eq(membershipChanges.approvingMeetingLabel, title)));
  }
}
