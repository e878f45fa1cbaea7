import { sql } from 'drizzle-orm';
import { toSearchText } from '../../../core/search';
import { workPlans, workPlanTaskNotes, workPlanTasks } from '../../db/schema';
import type { DemoContext, DemoPart } from '../context';

/** Tasks of the city's 2023 work plan: section, title, owner (committee name or office department), due day. */
const TASKS: ReadonlyArray<readonly [section: string, title: string, owner: string, dueOn: string]> = [
  ['加强政治引领', '严格落实重大问题请示报告制度，党组工作要点、年度协商计划等报市委常委会审议', '办公室', '2023-03-31'],
  ['加强政治引领', '常态化开展“党建+学习”委员读书活动', '文化文史和学习委员会', '2023-12-31'],
  ['加强政治引领', '举办政协委员暨政协系统干部素能提升培训班', '办公室', '2023-06-30'],
  ['加强政治引领', '开展主题党日、红色观影等机关党建活动', '机关党支部', '2023-12-31'],
  ['精心组织协商议政', '召开专题议政性常委会会议', '办公室', '2023-06-30'],
  ['精心组织协商议政', '围绕养老服务体系建设开展双月协商', '社会和法制委员会', '2023-06-30'],
  ['精心组织协商议政', '推进“有事好商量”协商议事室乡镇（街道）全覆盖', '委员工作委员会', '2023-09-30'],
  ['扎实开展民主监督', '开展重点提案办理情况专项监督', '提案委员会', '2023-10-31'],
  ['深入开展调研视察', '开展装备制造和新材料产业发展情况调研', '经济委员会', '2023-06-30'],
  ['积极推进提案办理', '做好六届二次会议提案审查立案和交办工作', '提案委员会', '2023-03-31'],
  ['广泛反映社情民意', '编报社情民意信息，提高采用率', '研究室', '2023-12-31'],
  ['加强自身建设', '制定委员履职量化考核办法（试行）', '委员工作委员会', '2023-09-30'],
  ['加强自身建设', '完成“委员之家”升级改造', '办公室', '2023-05-31'],
];

/**
 * 市政协2023年工作要点 (RULES §9): tasks with owners and due days, progress notes through June,
 * done / in progress / not started as of mid-2023. The activities part finds its tasks by title.
 */
export const plansPart: DemoPart = {
  name: 'plans',
  async run(ctx: DemoContext) {
    const rng = ctx.random('plans/city');
    const city = ctx.orgs.city;
    const planId = rng.uuid();
    const title = '市政协2023年工作要点';
    await ctx.insertMany(workPlans, [
      { id: planId, orgId: city.id, year: 2023, title, status: 'active', description: '经市委常委会审议通过后印发实施', searchVector: sql`to_tsvector('simple', ${toSearchText(title, '2023年')})` as unknown as string },
    ]);
    const tasks = [];
    const notes = [];
    for (const [i, [section, taskTitle, owner, dueOn]] of TASKS.entries()) {
      const id = rng.uuid();
      const status = dueOn <= '2023-06-30' ? (rng.chance(0.85) ? 'done' : 'inProgress') : rng.chance(0.7) ? 'inProgress' : 'notStarted';
      const completedOn = status === 'done' ? rng.date('2023-02-01', dueOn < '2023-06-30' ? dueOn : '2023-06-30') : null;
      tasks.push({
        id,
        orgId: city.id,
        planId,
        sortOrder: (i + 1) * 10,
        section,
        title: taskTitle,
        ownerCommitteeId: city.committeeIds.get(owner) ?? null,
        ownerName: owner,
        dueOn,
        status,
        completedOn,
        searchVector: sql`to_tsvector('simple', ${toSearchText(taskTitle, section, owner)})` as unknown as string,
      });
      if (status !== 'notStarted')
        notes.push({ orgId: city.id, taskId: id, notedOn: completedOn ?? rng.date('2023-03-01', '2023-06-20'), body: status === 'done' ? `已完成：${taskTitle}。` : `正在推进：${taskTitle}，按计划进行。`, authorName: '办公室' });
    }
    await ctx.insertMany(workPlanTasks, tasks);
    await ctx.insertMany(workPlanTaskNotes, notes);
  },
};
