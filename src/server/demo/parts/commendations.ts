import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { COMMENDATION_CATEGORY_LABELS, type CommendationCategory } from '../../../core/commendations';
import { toSearchText } from '../../../core/search';
import { commendations, meetings } from '../../db/schema';
import type { DemoContext, DemoPart } from '../context';

const MEMBER_CITATIONS = ['积极参政议政，提交的提案被评为重点提案', '围绕乡村振兴深入调研，建言成果转化为政策措施', '认真履行委员职责，积极参加视察调研和协商活动', '热心社会公益，在界别群众中发挥示范作用', '积极反映社情民意信息，多篇被上级采用'];

/**
 * 表彰 of the city, decided at the 六届二次会议 (2023-01): twelve 2022年度优秀政协委员 (the
 * `weiyuan` member among them), five 优秀政协工作者 of the office and the committees, four
 * 政协工作先进单位 (handling units) and three 先进集体 (committees) — "高质量完成……优秀政协委员、优秀
 * 政协工作者、政协工作先进单位(集体)表彰工作" (statistic `commendations.awarded`).
 */
export const commendationsPart: DemoPart = {
  name: 'commendations',
  async run(ctx: DemoContext) {
    const rng = ctx.random('commendations/city');
    const city = ctx.orgs.city;
    const session = city.plenarySessions.find((p) => p.number === 2);
    if (!session) return;
    const [meeting] = await ctx.tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.orgId, city.id), eq(meetings.kind, 'plenary'), gte(meetings.startsAt, new Date(`${session.startDate}T00:00:00+08:00`)), lte(meetings.startsAt, new Date(`${session.endDate}T23:59:59+08:00`))));
    const base = {
      orgId: city.id,
      year: 2022,
      decisionMeetingLabel: `市政协${session.name}`,
      meetingId: meeting?.id ?? null,
      decidedOn: session.endDate,
      decisionDocNumber: '云政协发〔2023〕3号',
    };
    const rows: Array<typeof commendations.$inferInsert> = [];
    const add = (category: CommendationCategory, r: { memberId?: string; nomineeName: string; nomineeDetail: string; citation: string }) =>
      rows.push({
        id: rng.uuid(),
        ...base,
        category,
        memberId: r.memberId ?? null,
        nomineeName: r.nomineeName,
        nomineeDetail: r.nomineeDetail,
        citation: r.citation,
        searchVector: sql`to_tsvector('simple', ${toSearchText(r.nomineeName, r.nomineeDetail, COMMENDATION_CATEGORY_LABELS[category], base.decisionMeetingLabel, base.decisionDocNumber, r.citation, '2022年度')})` as unknown as string,
      });

    // The weiyuan account's member (same choice as the users part), then ordinary active members.
    const active = city.members.filter((m) => m.status === 'active' && !m.cppccRole && !m.orgHead && m.joinedOn <= '2022-12-31');
    const weiyuan = active.find((m) => m.sector === '教育界' && !m.isStandingMember && m.committee?.role === 'member');
    const chosen = [...(weiyuan ? [weiyuan] : []), ...rng.sample(active.filter((m) => m !== weiyuan), weiyuan ? 11 : 12)];
    for (const m of chosen) add('excellentMember', { memberId: m.id, nomineeName: m.name, nomineeDetail: `${m.employer}${m.post}`, citation: rng.pick(MEMBER_CITATIONS) });

    const posts = ['市政协办公室综合科科长', '市政协研究室副主任', '提案委员会办公室主任', '市政协机关党支部专职副书记', '经济委员会办公室四级主任科员'];
    for (const post of posts) {
      const name = ctx.names.next(rng, rng.chance(0.5) ? '男' : '女');
      add('excellentStaff', { nomineeName: name, nomineeDetail: post, citation: '服务保障全会和常委会议成绩突出' });
    }
    const units = rng.sample([...city.unitIds.keys()], 4);
    for (const u of units) add('advancedUnit', { nomineeName: u, nomineeDetail: '提案办理工作', citation: '提案办理质量高、答复满意率高' });
    for (const c of ['提案委员会', '社会和法制委员会', '教科卫体委员会'].filter((n) => city.committeeIds.has(n)))
      add('advancedCollective', { nomineeName: `市政协${c}`, nomineeDetail: '', citation: '专题协商和调研视察工作成效显著' });
    await ctx.insertMany(commendations, rows);
  },
};
