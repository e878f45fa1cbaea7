import type { DemoOrgKey } from '../accounts';

/** The three demo orgs: 云溪市政协 and its two district/county committees. */
export interface OrgSpec {
  key: DemoOrgKey;
  parentKey: DemoOrgKey | null;
  name: string;
  shortName: string;
  level: 'city' | 'district' | 'county';
  regionName: string;
  prefix: string;
  short: string;
  term: { number: number; name: string; label: string; startDate: string };
  plenarySessions: Array<{ number: number; name: string; startDate: string; endDate: string; proposalWindowStart: string; proposalWindowEnd: string }>;
  /** Towns/streets (乡镇/街道) of the org's area: orgs.settings.places. */
  places: string[];
  /** Sector → initial member count (the roster seated at the term's start). */
  sectors: ReadonlyArray<readonly [string, number]>;
  committees: ReadonlyArray<{ name: string; shortName: string; duties: string }>;
  /** How many standing members (常委), leadership included. */
  standingMembers: number;
}

const CITY_COMMITTEES = [
  { name: '提案委员会', shortName: '提案委', duties: '负责提案的审查立案、交办、督办和办理协商,组织重点提案遴选和优秀提案评选,承担提案工作的统计分析。' },
  { name: '经济委员会', shortName: '经济委', duties: '围绕全市经济社会发展、产业转型升级、优化营商环境等开展调研视察和协商议政。' },
  { name: '农业农村委员会', shortName: '农业农村委', duties: '围绕乡村振兴、农业现代化、农民增收等开展调研协商和民主监督。' },
  { name: '人口资源环境委员会', shortName: '人资环委', duties: '围绕生态文明建设、自然资源保护利用、人口发展等开展调研视察和专题协商。' },
  { name: '教科卫体委员会', shortName: '教科卫体委', duties: '联系教育、科技、卫生健康、体育界别委员,围绕相关领域开展协商议政。' },
  { name: '社会和法制委员会', shortName: '社法委', duties: '围绕社会治理、民生保障、法治建设等开展调研视察和民主监督。' },
  { name: '民族宗教委员会', shortName: '民宗委', duties: '联系少数民族界、宗教界委员,围绕民族团结进步和宗教工作开展调研协商。' },
  { name: '港澳台侨和外事委员会', shortName: '港澳台侨外事委', duties: '联系港澳台侨界、对外友好界委员,做好联谊交往和对外交流工作。' },
  { name: '文化文史和学习委员会', shortName: '文史学习委', duties: '组织委员学习,开展文史资料征集编研,围绕文化建设开展协商议政。' },
  { name: '委员工作委员会', shortName: '委员工作委', duties: '负责委员联络服务、履职档案管理和履职量化考核,指导委员小组和界别活动。' },
] as const;

export const ORG_SPECS: Record<DemoOrgKey, OrgSpec> = {
  city: {
    key: 'city',
    parentKey: null,
    name: '云溪市政协',
    shortName: '市政协',
    level: 'city',
    regionName: '云溪市',
    prefix: '云溪市',
    short: '市',
    term: { number: 6, name: '第六届', label: '六届', startDate: '2022-01-10' },
    plenarySessions: [
      { number: 1, name: '六届一次会议', startDate: '2022-01-10', endDate: '2022-01-13', proposalWindowStart: '2021-12-01', proposalWindowEnd: '2022-01-12' },
      { number: 2, name: '六届二次会议', startDate: '2023-01-12', endDate: '2023-01-15', proposalWindowStart: '2022-10-12', proposalWindowEnd: '2023-01-14' },
    ],
    places: ['城关街道', '东湖街道', '云溪街道', '凤凰街道', '南门街道', '西园街道', '白石镇', '桃源镇', '龙潭镇', '清河镇', '石桥镇', '梅林镇'],
    sectors: [
      ['中共', 52], ['民革', 10], ['民盟', 14], ['民建', 14], ['民进', 12], ['农工党', 11], ['致公党', 7], ['九三学社', 12],
      ['无党派人士', 10], ['共青团', 6], ['工会', 10], ['妇联', 10], ['青联', 8], ['工商联', 18], ['科协', 10], ['台联', 5],
      ['文化艺术界', 15], ['科学技术界', 15], ['社会科学界', 12], ['经济界', 44], ['农业界', 20], ['教育界', 24], ['体育界', 6],
      ['新闻出版界', 8], ['医药卫生界', 24], ['对外友好界', 6], ['社会福利和社会保障界', 10], ['少数民族界', 8], ['宗教界', 7],
      ['特邀人士', 30], ['港澳台侨界', 8],
    ],
    committees: CITY_COMMITTEES,
    standingMembers: 60,
  },
  donghu: {
    key: 'donghu',
    parentKey: 'city',
    name: '云溪市东湖区政协',
    shortName: '东湖区政协',
    level: 'district',
    regionName: '东湖区',
    prefix: '东湖区',
    short: '区',
    term: { number: 4, name: '第四届', label: '四届', startDate: '2021-12-28' },
    plenarySessions: [
      { number: 1, name: '四届一次会议', startDate: '2021-12-28', endDate: '2021-12-30', proposalWindowStart: '2021-11-20', proposalWindowEnd: '2021-12-29' },
      { number: 2, name: '四届二次会议', startDate: '2023-01-05', endDate: '2023-01-07', proposalWindowStart: '2022-10-05', proposalWindowEnd: '2023-01-06' },
    ],
    places: ['东湖街道', '湖滨街道', '新港街道', '望湖街道', '莲塘镇', '柳湾镇'],
    sectors: [
      ['中共', 16], ['民革', 4], ['民盟', 5], ['民建', 5], ['民进', 5], ['农工党', 4], ['九三学社', 4], ['无党派人士', 4],
      ['共青团', 3], ['工会', 4], ['妇联', 4], ['工商联', 8], ['科协', 4], ['经济界', 12], ['教育界', 8], ['文化艺术界', 5],
      ['医药卫生界', 8], ['社会福利和社会保障界', 4], ['特邀人士', 8], ['港澳台侨界', 3],
    ],
    committees: [
      { name: '提案和委员工作委员会', shortName: '提案委', duties: '负责提案审查、交办、督办和委员联络服务、履职考核。' },
      { name: '经济委员会', shortName: '经济委', duties: '围绕全区经济发展、招商引资和营商环境开展调研协商。' },
      { name: '社会法制和民族宗教委员会', shortName: '社法民宗委', duties: '围绕基层治理、法治建设和民族宗教工作开展调研协商。' },
      { name: '教科卫体委员会', shortName: '教科卫体委', duties: '围绕教育、科技、卫生健康、体育事业开展调研协商。' },
      { name: '文化文史和学习委员会', shortName: '文史学习委', duties: '组织委员学习,开展文史资料工作和文化建设调研。' },
    ],
    standingMembers: 25,
  },
  qingshan: {
    key: 'qingshan',
    parentKey: 'city',
    name: '青山县政协',
    shortName: '青山县政协',
    level: 'county',
    regionName: '青山县',
    prefix: '青山县',
    short: '县',
    term: { number: 10, name: '第十届', label: '十届', startDate: '2022-01-06' },
    plenarySessions: [
      { number: 1, name: '十届一次会议', startDate: '2022-01-06', endDate: '2022-01-09', proposalWindowStart: '2021-12-01', proposalWindowEnd: '2022-01-08' },
      { number: 2, name: '十届二次会议', startDate: '2023-01-08', endDate: '2023-01-10', proposalWindowStart: '2022-10-08', proposalWindowEnd: '2023-01-09' },
    ],
    places: ['青山镇', '杨柳镇', '竹溪镇', '石门镇', '茶山镇', '大坪乡', '云岭乡', '黄泥乡'],
    sectors: [
      ['中共', 14], ['民盟', 3], ['民建', 3], ['民进', 3], ['农工党', 3], ['无党派人士', 3], ['共青团', 3], ['工会', 3],
      ['妇联', 3], ['工商联', 6], ['科协', 3], ['经济界', 8], ['农业界', 10], ['教育界', 7], ['医药卫生界', 6],
      ['文化艺术界', 4], ['少数民族界', 4], ['特邀人士', 4],
    ],
    committees: [
      { name: '提案委员会', shortName: '提案委', duties: '负责提案审查、交办、督办和办理协商。' },
      { name: '经济和农业农村委员会', shortName: '经农委', duties: '围绕县域经济、乡村振兴和农业产业发展开展调研协商。' },
      { name: '教科卫体委员会', shortName: '教科卫体委', duties: '围绕教育、科技、卫生健康、体育事业开展调研协商。' },
      { name: '社会法制和民族宗教委员会', shortName: '社法民宗委', duties: '围绕社会治理、法治建设和民族宗教工作开展调研协商。' },
      { name: '文史和学习委员会', shortName: '文史学习委', duties: '组织委员学习,开展文史资料征集和文化建设调研。' },
    ],
    standingMembers: 20,
  },
};

export const DEMO_ORG_KEYS = ['city', 'donghu', 'qingshan'] as const satisfies readonly DemoOrgKey[];
