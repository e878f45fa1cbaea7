import { and, asc, eq, sql } from 'drizzle-orm';
import { activityKindLabel, type ActivityKind } from '../../../core/activities/kinds';
import { toSearchText } from '../../../core/search';
import { activities, activityParticipants, users, workPlans, workPlanTasks } from '../../db/schema';
import type { DemoContext, DemoMember, DemoPart } from '../context';
import type { Random } from '../random';

/** The committee-based functional party branches (专委会功能型党支部) that run the reading activities. */
const BRANCH_COMMITTEES = ['提案委员会', '经济委员会', '教科卫体委员会', '社会和法制委员会', '文化文史和学习委员会'] as const;
const BOOKS = ['《习近平谈治国理政》第四卷', '《中国共产党政治协商工作条例》', '《习近平关于加强和改进人民政协工作的重要思想学习纲要》', '《之江新语》', '《论中国共产党历史》', '《人民政协理论与实践》', '《摆脱贫困》'];
const FILMS = ['《长津湖之水门桥》', '《革命者》', '《万里归途》', '《守岛人》'];

interface Spec {
  kind: ActivityKind;
  title: string;
  startsOn: string;
  endsOn?: string;
  place: string;
  organizerName: string;
  organizerCommittee?: string;
  partyBranch?: string;
  description: string;
  outcome: string;
  isMajor?: boolean;
  task?: string;
  training?: Record<string, unknown>;
  members: DemoMember[];
  staff: string[];
}

function attendance(rng: Random): 'present' | 'excused' | 'absent' {
  return rng.weighted([
    ['present', 88],
    ['excused', 9],
    ['absent', 3],
  ] as const);
}

/**
 * Activities of the city's first half of 2023 (RULES §8): reading activities of the committee-based
 * party branches, the training course at 云溪干部培训学院, and the office's party-building
 * activities (theme party days, a study visit, a contest, visits, the retired members' branch,
 * red-film screenings). Reading, training and party building are linked to their work-plan tasks.
 */
export const activitiesPart: DemoPart = {
  name: 'activities',
  async run(ctx: DemoContext) {
    const rng = ctx.random('activities/city');
    const city = ctx.orgs.city;
    const active = city.members.filter((m) => m.status === 'active');
    const [weiyuan] = await ctx.tx.select({ memberId: users.memberId }).from(users).where(eq(users.username, 'weiyuan'));
    const tasks = await ctx.tx
      .select({ id: workPlanTasks.id, title: workPlanTasks.title })
      .from(workPlanTasks)
      .innerJoin(workPlans, eq(workPlans.id, workPlanTasks.planId))
      .where(and(eq(workPlans.orgId, city.id), eq(workPlans.year, 2023)))
      .orderBy(asc(workPlanTasks.sortOrder));
    const taskId = (needle: string) => tasks.find((t) => t.title.includes(needle))?.id ?? null;
    const withWeiyuan = (list: DemoMember[]) => {
      const m = weiyuan?.memberId ? active.find((x) => x.id === weiyuan.memberId) : undefined;
      return m && !list.includes(m) ? [...list, m] : list;
    };
    const specs: Spec[] = [];

    // 委员读书活动: each branch 2–3 times, with the members of its committee.
    for (const committee of BRANCH_COMMITTEES) {
      const seats = active.filter((m) => m.committee?.name === committee);
      const n = rng.int(2, 3);
      for (let i = 0; i < n; i++) {
        const book = rng.pick(BOOKS);
        const short = committee.replace('委员会', '委');
        specs.push({
          kind: 'reading',
          title: `${short}功能型党支部“党建+学习”委员读书活动：共读${book}`,
          startsOn: rng.date(['2023-02-10', '2023-04-01', '2023-05-20'][i], ['2023-03-31', '2023-05-15', '2023-06-28'][i]),
          place: rng.pick(['委员之家', '市政协机关三楼会议室', '云溪市图书馆']),
          organizerName: committee,
          organizerCommittee: committee,
          partyBranch: `${short}功能型党支部`,
          description: `组织委员共读${book}，交流学习体会。`,
          outcome: `${rng.int(4, 9)}名委员作交流发言。`,
          task: '读书',
          members: committee === '教科卫体委员会' && i === 0 ? withWeiyuan(rng.sample(seats, rng.int(8, 14))) : rng.sample(seats, rng.int(8, 14)),
          staff: [],
        });
      }
    }

    // 培训班
    specs.push({
      kind: 'training',
      title: '市政协2023年政协委员暨政协系统干部素能提升培训班',
      startsOn: '2023-05-23',
      endsOn: '2023-05-25',
      place: '云溪干部培训学院',
      organizerName: '市政协办公室',
      description: '围绕学习贯彻党的二十大精神、提案及社情民意撰写等方面进行专题授课和现场教学。',
      outcome: '全面提升委员和机关干部的整体素质和履职能力。',
      isMajor: true,
      task: '培训班',
      training: {
        topics: ['学习贯彻党的二十大精神', '提案撰写', '社情民意信息撰写', '人民政协协商民主'],
        sessions: [
          { date: '2023-05-23', topic: '深入学习贯彻党的二十大精神', lecturer: '市委党校教授', place: '云溪干部培训学院', form: '专题授课' },
          { date: '2023-05-24', topic: '如何撰写高质量提案', lecturer: '市政协提案委员会主任', place: '云溪干部培训学院', form: '专题授课' },
          { date: '2023-05-24', topic: '社情民意信息的采集与撰写', lecturer: '市政协研究室主任', place: '云溪干部培训学院', form: '专题授课' },
          { date: '2023-05-25', topic: '“有事好商量”协商议事室现场教学', lecturer: '', place: '桃源镇协商议事室', form: '现场教学' },
        ],
        lecturers: [
          { name: '市委党校教授', title: '教授' },
          { name: '市政协提案委员会主任', title: '' },
          { name: '市政协研究室主任', title: '' },
        ],
        traineeCount: 80,
      },
      members: withWeiyuan(rng.sample(active, 70)),
      staff: ['bangongshi', 'jiguan'],
    });

    // 机关党建活动
    const partyBranch = '市政协机关党支部';
    const party = (kind: ActivityKind, title: string, startsOn: string, place: string, description: string, extra: Partial<Spec> = {}): Spec => ({
      kind,
      title,
      startsOn,
      place,
      organizerName: partyBranch,
      partyBranch,
      description,
      outcome: '',
      task: '机关党建',
      members: [],
      staff: ['bangongshi', 'jiguan'],
      ...extra,
    });
    specs.push(
      party('visitMembersInDifficulty', '春节前走访慰问困难党员和困难群众', '2023-01-16', '白石镇、梅林镇', '深入基层慰问困难党员和困难群众，送去慰问金和慰问品。'),
      party('themePartyDay', '“学习二十大 奋进新征程”主题党日活动', '2023-02-24', '市政协机关', '集中学习党的二十大报告，重温入党誓词。'),
      party('themePartyDay', '“学雷锋 志愿服务”主题党日活动', '2023-03-05', '东湖街道', '机关党员到社区开展志愿服务。'),
      party('studyVisit', '参观省政协文史馆纪念“五一口号”发布75周年《大道同行》回顾展', '2023-04-28', '省政协文史馆', '组织党员委员、机关党员干部参观学习。', { members: rng.sample(active.filter((m) => m.politicalAffiliation === '中共党员'), 20) }),
      party('retiredBranch', '离退休党支部“银龄话发展”座谈活动', '2023-04-12', '委员之家', '组织离退休干部党员座谈，通报机关工作情况。'),
      party('retiredBranch', '离退休党支部庆“七一”学习交流活动', '2023-06-29', '委员之家', '组织离退休党员学习交流。'),
      party('themePartyDay', '“七一”主题党日暨重温入党誓词活动', '2023-06-30', '市政协机关', '重温入党誓词，讲授专题党课。'),
      party('contest', '市政协“学习贯彻党的二十大精神、庆祝建党102周年”书法摄影比赛', '2023-06-20', '委员之家', '征集委员和机关干部书法、摄影作品，评选优秀作品并展览。', {
        isMajor: true,
        outcome: '征集作品120余件，评出优秀作品30件。',
        members: rng.sample(active, 30),
      }),
    );
    for (const [i, film] of FILMS.entries())
      specs.push(party('redFilm', `组织观看红色电影${film}`, ['2023-02-17', '2023-03-24', '2023-05-12', '2023-06-16'][i], '云溪市影剧院', `组织机关党员干部观看红色电影${film}，接受红色教育。`));

    const rows = [];
    const people = [];
    for (const s of specs.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.title.localeCompare(b.title))) {
      const id = rng.uuid();
      rows.push({
        id,
        orgId: city.id,
        kind: s.kind,
        title: s.title,
        organizerCommitteeId: s.organizerCommittee ? (city.committeeIds.get(s.organizerCommittee) ?? null) : null,
        organizerName: s.organizerName,
        partyBranch: s.partyBranch ?? '',
        startsOn: s.startsOn,
        endsOn: s.endsOn ?? null,
        place: s.place,
        description: s.description,
        outcome: s.outcome,
        training: s.training ?? null,
        status: 'held',
        isMajor: s.isMajor ?? false,
        workPlanTaskId: s.task ? taskId(s.task) : null,
        searchVector: sql`to_tsvector('simple', ${toSearchText(s.title, activityKindLabel(s.kind), s.organizerName, s.partyBranch, s.place, s.description, s.outcome)})` as unknown as string,
      });
      for (const m of s.members) people.push({ orgId: city.id, activityId: id, memberId: m.id, userId: null, role: s.kind === 'training' ? 'trainee' : 'participant', attendance: attendance(rng) });
      for (const u of s.staff) {
        const userId = city.userIds.get(u);
        if (userId) people.push({ orgId: city.id, activityId: id, memberId: null, userId, role: 'organizer', attendance: 'present' as const });
      }
    }
    await ctx.insertMany(activities, rows);
    await ctx.insertMany(activityParticipants, people);
    for (const key of ['donghu', 'qingshan'] as const) await seedCountyActivities(ctx, key);
  },
};

/** A few reading activities and red-film screenings in the district and the county, for the roll-up. */
async function seedCountyActivities(ctx: DemoContext, key: 'donghu' | 'qingshan'): Promise<void> {
  const rng = ctx.random(`activities/${key}`);
  const o = ctx.orgs[key];
  const active = o.members.filter((m) => m.status === 'active');
  const rows: Array<typeof activities.$inferInsert> = [];
  const people: Array<typeof activityParticipants.$inferInsert> = [];
  const add = (kind: ActivityKind, title: string, startsOn: string, organizerName: string, partyBranch: string, committee: string | null, members: DemoMember[]) => {
    const id = rng.uuid();
    rows.push({
      id,
      orgId: o.id,
      kind,
      title,
      organizerCommitteeId: committee ? (o.committeeIds.get(committee) ?? null) : null,
      organizerName,
      partyBranch,
      startsOn,
      place: rng.pick(['委员之家', `${o.short}政协机关会议室`]),
      status: 'held',
      searchVector: sql`to_tsvector('simple', ${toSearchText(title, activityKindLabel(kind), organizerName, partyBranch)})` as unknown as string,
    });
    for (const m of members) people.push({ orgId: o.id, activityId: id, memberId: m.id, role: 'participant', attendance: attendance(rng) });
  };
  for (const committee of [...o.committeeIds.keys()].slice(0, 2)) {
    const branch = `${committee.replace('委员会', '委')}功能型党支部`;
    const seats = active.filter((m) => m.committee?.name === committee);
    add('reading', `${branch}委员读书活动：共读${rng.pick(BOOKS)}`, rng.date('2023-03-01', '2023-04-15'), committee, branch, committee, rng.sample(seats, rng.int(5, 9)));
    add('reading', `${branch}委员读书活动：共读${rng.pick(BOOKS)}`, rng.date('2023-05-01', '2023-06-25'), committee, branch, committee, rng.sample(seats, rng.int(5, 9)));
  }
  const branch = `${o.short}政协机关党支部`;
  for (const [i, film] of rng.sample(FILMS, 2).entries()) add('redFilm', `组织观看红色电影${film}`, ['2023-03-17', '2023-06-09'][i], branch, branch, null, []);
  await ctx.insertMany(activities, rows);
  await ctx.insertMany(activityParticipants, people);
}
