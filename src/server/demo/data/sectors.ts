import type { Random } from '../random';

/**
 * What members of each sector (界别) look like: political affiliation, share of women, birth
 * years, and the employers and posts that fit the sector. Employer templates:
 * {P} org prefix (云溪市 / 东湖区 / 青山县), {N} bare place name (云溪 / 东湖 / 青山),
 * {B} bank branch suffix (云溪分行 / 东湖区支行), {T} a town/street of the org,
 * {V} a village or community, {C} or {C:kind} a generated company, {LAW} a law firm,
 * {W} a two-character word, {TEMPLE} a temple.
 */
export type EduKind = 'academic' | 'professional' | 'business' | 'grassroots' | 'official' | 'religion';

export interface JobSpec {
  employer: string;
  posts: readonly string[];
  edu: EduKind;
}

export interface SectorProfile {
  /** Political affiliation for a regular member of the sector. */
  affiliation(rng: Random): string;
  female: number;
  birthYears?: readonly [number, number];
  /** All members are ethnic minorities (少数民族界). */
  minority?: boolean;
  /** The sector's head: a standing member (主委, 主席 …). City / district employer and post. */
  head?: (level: 'city' | 'district' | 'county', prefix: string) => { employer: string; post: string };
  jobs: readonly JobSpec[];
}

const j = (employer: string, posts: readonly string[], edu: EduKind): JobSpec => ({ employer, posts, edu });

const DEMOCRATIC_PARTIES = ['民革党员', '民盟盟员', '民建会员', '民进会员', '农工党党员', '致公党党员', '九三学社社员'] as const;

/** 中共党员 with probability pCcp, a democratic party with pDem, else 群众. */
const mixed = (pCcp: number, pDem = 0.06) => (rng: Random) => {
  const r = rng.next();
  if (r < pCcp) return '中共党员';
  if (r < pCcp + pDem) return rng.pick(DEMOCRATIC_PARTIES);
  return '群众';
};
const fixed = (value: string) => () => value;

const partyHead = (party: string) => (level: 'city' | 'district' | 'county', prefix: string) =>
  level === 'city' ? { employer: `${party}${prefix}委员会`, post: '主委' } : { employer: `${party}${prefix}总支部`, post: '主委' };
const orgHead = (employer: string, post: string) => (_level: 'city' | 'district' | 'county', prefix: string) => ({ employer: employer.replace('{P}', prefix), post });

const SCHOOLS: readonly JobSpec[] = [
  j('{P}第一中学', ['校长', '副校长', '高级教师', '教研室主任'], 'professional'),
  j('{P}第二中学', ['校长', '党委书记', '高级教师', '教务处主任'], 'professional'),
  j('{P}实验小学', ['校长', '副校长', '高级教师'], 'professional'),
  j('{P}职业技术学校', ['校长', '副校长', '高级讲师'], 'professional'),
  j('{T}中心小学', ['校长', '高级教师'], 'professional'),
  j('{P}实验幼儿园', ['园长'], 'professional'),
  j('{P}特殊教育学校', ['校长'], 'professional'),
  j('云溪学院{DEPT}', ['教授', '副教授'], 'academic'),
  j('云溪学院', ['副院长', '教务处处长'], 'academic'),
  j('云溪职业技术学院', ['副院长', '教授', '机电工程学院院长'], 'academic'),
];
const HOSPITALS: readonly JobSpec[] = [
  j('{P}人民医院', ['院长', '副院长', '主任医师', '心血管内科主任', '普外科主任', '护理部主任', '副主任医师', '儿科主任'], 'professional'),
  j('{P}中医院', ['院长', '副院长', '主任中医师', '针灸推拿科主任'], 'professional'),
  j('{P}妇幼保健院', ['院长', '主任医师', '产科主任'], 'professional'),
  j('{P}疾病预防控制中心', ['主任', '副主任', '主任医师'], 'professional'),
  j('{P}第二人民医院', ['院长', '神经内科主任', '主任医师'], 'professional'),
  j('{CLINIC}', ['院长'], 'grassroots'),
  j('{C:pharma}', ['董事长', '总经理'], 'business'),
];
const BUSINESS: readonly JobSpec[] = [
  j('{C}', ['董事长', '总经理', '董事长兼总经理', '副总经理'], 'business'),
  j('{C}', ['董事长', '总经理', '执行董事'], 'business'),
  j('{C:tech}', ['董事长', '总经理'], 'business'),
];
const BANKS: readonly JobSpec[] = [
  j('中国工商银行{B}', ['行长', '副行长'], 'business'),
  j('中国农业银行{B}', ['行长', '副行长'], 'business'),
  j('中国银行{B}', ['行长'], 'business'),
  j('中国建设银行{B}', ['行长', '副行长'], 'business'),
  j('{N}农村商业银行', ['董事长', '行长'], 'business'),
];
const COLLEGE: readonly JobSpec[] = [
  j('云溪学院{DEPT}', ['院长', '教授', '副教授'], 'academic'),
  j('云溪学院', ['科研处处长', '副院长'], 'academic'),
  j('中共{P}委党校', ['副校长', '教授'], 'academic'),
];
const LAW: readonly JobSpec[] = [j('{LAW}', ['主任、律师', '合伙人、律师', '律师'], 'professional')];
const TECH: readonly JobSpec[] = [
  j('{C:tech}', ['总工程师', '研发中心主任', '董事长', '技术总监'], 'business'),
  j('{P}农业科学研究所', ['研究员', '所长', '副研究员'], 'academic'),
  j('{P}气象局', ['高级工程师', '副局长'], 'professional'),
  j('{P}生产力促进中心', ['主任'], 'professional'),
];
const CULTURE: readonly JobSpec[] = [
  j('{P}文化馆', ['馆长', '副研究馆员'], 'professional'),
  j('{P}图书馆', ['馆长', '副研究馆员'], 'professional'),
  j('{P}博物馆', ['馆长', '文博副研究馆员'], 'professional'),
  j('{P}美术家协会', ['主席', '副主席'], 'professional'),
  j('{P}书法家协会', ['主席', '副主席'], 'professional'),
  j('{P}音乐家协会', ['主席'], 'professional'),
  j('{P}戏曲剧团', ['团长', '国家一级演员', '国家二级演员'], 'professional'),
  j('{C:culture}', ['董事长', '总经理'], 'business'),
];
const OFFICIALS: readonly JobSpec[] = [
  j('中共{P}委办公室', ['副主任'], 'official'),
  j('中共{P}委组织部', ['副部长'], 'official'),
  j('中共{P}委统战部', ['常务副部长', '副部长'], 'official'),
  j('中共{P}委宣传部', ['副部长'], 'official'),
  j('{P}人民政府办公室', ['副主任'], 'official'),
  j('{P}财政局', ['局长', '副局长'], 'official'),
  j('{P}人力资源和社会保障局', ['局长'], 'official'),
  j('{P}统计局', ['局长'], 'official'),
  j('{P}退役军人事务局', ['局长'], 'official'),
  j('{P}政协办公室', ['主任', '副主任'], 'official'),
  j('中共{P}委政法委员会', ['常务副书记'], 'official'),
  j('中共{P}委政策研究室', ['主任'], 'official'),
  j('中共{P}委机构编制委员会办公室', ['主任'], 'official'),
  j('中共{P}直属机关工作委员会', ['书记'], 'official'),
  j('{P}教育局', ['局长', '副局长'], 'official'),
  j('{P}民政局', ['局长', '副局长'], 'official'),
  j('{P}住房和城乡建设局', ['局长', '副局长'], 'official'),
  j('{P}农业农村局', ['局长', '副局长'], 'official'),
  j('{P}商务局', ['局长', '副局长'], 'official'),
  j('{P}卫生健康委员会', ['主任', '副主任'], 'official'),
  j('{P}应急管理局', ['局长', '副局长'], 'official'),
  j('{P}审计局', ['局长', '副局长'], 'official'),
  j('{P}市场监督管理局', ['局长', '副局长'], 'official'),
  j('{P}医疗保障局', ['局长', '副局长'], 'official'),
  j('{P}城市管理局', ['局长', '副局长'], 'official'),
  j('{P}城市建设投资集团有限公司', ['党委书记、董事长'], 'business'),
  j('{P}水务集团有限公司', ['党委书记、董事长'], 'business'),
  j('{P}交通投资集团有限公司', ['党委书记、董事长'], 'business'),
  j('{P}人民医院', ['党委书记'], 'professional'),
  j('{P}第一中学', ['党委书记'], 'professional'),
  j('{TOWNPARTY}', ['党委书记'], 'official'),
  j('{TOWNPARTY}', ['党委书记'], 'official'),
];
const VILLAGE: readonly JobSpec[] = [j('{VR}', ['党支部书记、村委会主任'], 'grassroots')];

export const SECTOR_PROFILES: Record<string, SectorProfile> = {
  中共: { affiliation: fixed('中共党员'), female: 0.2, birthYears: [1962, 1982], jobs: OFFICIALS },
  民革: { affiliation: fixed('民革党员'), female: 0.3, head: partyHead('民革'), jobs: [...LAW, ...HOSPITALS.slice(0, 2), ...BUSINESS.slice(0, 1), j('{P}司法局', ['副局长'], 'official')] },
  民盟: { affiliation: fixed('民盟盟员'), female: 0.4, head: partyHead('民盟'), jobs: [...SCHOOLS, ...COLLEGE, ...CULTURE.slice(0, 2), j('{P}教育局', ['副局长'], 'official')] },
  民建: { affiliation: fixed('民建会员'), female: 0.25, head: partyHead('民建'), jobs: [...BUSINESS, ...BANKS, j('{N}{W}会计师事务所有限公司', ['主任会计师'], 'professional'), j('{P}商务局', ['副局长'], 'official')] },
  民进: { affiliation: fixed('民进会员'), female: 0.45, head: partyHead('民进'), jobs: [...SCHOOLS, j('{P}新华书店', ['经理'], 'business'), j('{P}融媒体中心', ['副主任'], 'professional'), ...CULTURE.slice(0, 3)] },
  农工党: { affiliation: fixed('农工党党员'), female: 0.4, head: partyHead('农工党'), jobs: [...HOSPITALS, j('{P}卫生健康委员会', ['副主任'], 'official')] },
  致公党: { affiliation: fixed('致公党党员'), female: 0.3, head: partyHead('致公党'), jobs: [j('{C:trade}', ['董事长', '总经理'], 'business'), ...BUSINESS.slice(2), j('云溪学院外国语学院', ['院长', '教授'], 'academic'), j('{P}人民政府外事办公室', ['副主任'], 'official')] },
  九三学社: { affiliation: fixed('九三学社社员'), female: 0.3, head: partyHead('九三学社'), jobs: [...TECH, ...COLLEGE.slice(0, 1), ...HOSPITALS.slice(0, 2), j('{P}自然资源和规划局', ['总工程师'], 'official')] },
  无党派人士: { affiliation: fixed('无党派人士'), female: 0.3, jobs: [...COLLEGE, ...HOSPITALS.slice(0, 3), ...LAW, ...TECH.slice(0, 1), j('{P}审计局', ['副局长'], 'official'), j('{P}统计局', ['副局长'], 'official')] },
  共青团: {
    affiliation: mixed(0.85, 0),
    female: 0.4,
    birthYears: [1985, 1992],
    head: orgHead('共青团{P}委员会', '书记'),
    jobs: [j('共青团{P}委员会', ['副书记'], 'official'), j('{C}', ['总经理'], 'business'), j('{P}第二中学', ['团委书记'], 'professional'), j('{P}人民医院', ['团委书记'], 'professional'), j('{V}', ['党支部副书记'], 'grassroots')],
  },
  工会: {
    affiliation: mixed(0.6),
    female: 0.35,
    head: orgHead('{P}总工会', '常务副主席'),
    jobs: [j('{P}总工会', ['副主席'], 'official'), j('{C}', ['工会主席', '高级技师', '车间主任'], 'grassroots'), j('国网{N}供电公司', ['工会主席', '输电运检班班长'], 'professional'), j('{P}公共交通有限公司', ['驾驶员'], 'grassroots'), j('{P}人民医院', ['工会主席'], 'professional')],
  },
  妇联: {
    affiliation: mixed(0.6),
    female: 0.85,
    head: orgHead('{P}妇女联合会', '主席'),
    jobs: [j('{P}妇女联合会', ['副主席'], 'official'), j('{V}', ['党支部书记、村委会主任'], 'grassroots'), j('{P}女企业家协会', ['会长'], 'business'), j('{C}', ['董事长', '总经理'], 'business'), j('{P}实验幼儿园', ['园长'], 'professional'), j('{P}家庭教育指导服务中心', ['主任'], 'professional')],
  },
  青联: {
    affiliation: mixed(0.5, 0.1),
    female: 0.4,
    birthYears: [1983, 1992],
    head: orgHead('{P}青年联合会', '主席'),
    jobs: [j('{P}青年联合会', ['副主席'], 'official'), j('{C:tech}', ['董事长', '总经理'], 'business'), j('{P}人民医院', ['副主任医师'], 'professional'), j('{P}融媒体中心', ['主持人'], 'professional'), j('云溪学院{DEPT}', ['副教授'], 'academic')],
  },
  工商联: {
    affiliation: mixed(0.3, 0.12),
    female: 0.2,
    head: orgHead('{P}工商业联合会', '主席'),
    jobs: [j('{P}工商业联合会', ['副主席'], 'official'), ...BUSINESS, j('{P}{INDUSTRY}商会', ['会长'], 'business')],
  },
  科协: {
    affiliation: mixed(0.45, 0.1),
    female: 0.3,
    head: orgHead('{P}科学技术协会', '主席'),
    jobs: [j('{P}科学技术协会', ['副主席'], 'official'), j('{P}农业技术推广中心', ['推广研究员', '主任'], 'professional'), ...TECH.slice(0, 1), ...COLLEGE.slice(0, 1)],
  },
  台联: {
    affiliation: mixed(0.3, 0.2),
    female: 0.35,
    head: orgHead('{P}台湾同胞联谊会', '会长'),
    jobs: [j('{P}台湾同胞联谊会', ['副会长'], 'professional'), j('{P}人民政府台湾事务办公室', ['主任'], 'official'), j('{C}', ['总经理'], 'business')],
  },
  文化艺术界: { affiliation: mixed(0.3), female: 0.4, head: orgHead('{P}文学艺术界联合会', '主席'), jobs: [j('{P}文学艺术界联合会', ['副主席'], 'professional'), ...CULTURE] },
  科学技术界: { affiliation: mixed(0.35), female: 0.3, jobs: [...TECH, ...COLLEGE.slice(0, 1), j('{P}科学技术局', ['副局长'], 'official')] },
  社会科学界: {
    affiliation: mixed(0.4),
    female: 0.35,
    head: orgHead('{P}社会科学界联合会', '主席'),
    jobs: [...COLLEGE, j('云溪学院马克思主义学院', ['院长', '教授'], 'academic'), ...LAW, j('{P}地方志研究室', ['主任'], 'official'), j('{P}档案馆', ['馆长'], 'professional')],
  },
  经济界: { affiliation: mixed(0.3), female: 0.2, jobs: [...BUSINESS, ...BUSINESS, ...BANKS, j('国网{N}供电公司', ['总经理', '副总经理'], 'business'), j('{P}城市建设投资集团有限公司', ['总经理'], 'business'), j('中国移动{N}分公司', ['总经理'], 'business')] },
  农业界: {
    affiliation: mixed(0.35),
    female: 0.2,
    jobs: [j('{P}农业农村局', ['副局长'], 'official'), j('{P}农业技术推广中心', ['主任', '高级农艺师'], 'professional'), j('{C:agri}', ['董事长', '总经理'], 'business'), j('{N}{W}{CROP}专业合作社', ['理事长'], 'grassroots'), ...VILLAGE, ...VILLAGE, j('{P}林业局', ['副局长'], 'official')],
  },
  教育界: { affiliation: mixed(0.35), female: 0.45, jobs: [...SCHOOLS, j('{P}教育局', ['副局长'], 'official'), j('{P}教育科学研究所', ['所长'], 'professional')] },
  体育界: {
    affiliation: mixed(0.3),
    female: 0.35,
    jobs: [j('{P}体育运动学校', ['校长', '教练员'], 'professional'), j('{P}体育中心', ['主任'], 'professional'), j('{P}武术协会', ['会长'], 'professional'), j('{P}第一中学', ['体育教研组长'], 'professional'), j('{C}', ['总经理'], 'business')],
  },
  新闻出版界: {
    affiliation: mixed(0.4),
    female: 0.4,
    jobs: [j('{P}融媒体中心', ['主任', '副主任', '主任记者', '首席编辑'], 'professional'), j('云溪日报社', ['总编辑', '副总编辑', '主任记者'], 'professional'), j('云溪广播电视台', ['副台长', '主持人'], 'professional'), j('{P}新华书店', ['经理'], 'business')],
  },
  医药卫生界: { affiliation: mixed(0.3), female: 0.4, jobs: [...HOSPITALS, ...HOSPITALS.slice(0, 2), j('{P}卫生健康委员会', ['副主任'], 'official')] },
  对外友好界: {
    affiliation: mixed(0.3),
    female: 0.35,
    jobs: [j('{P}人民政府外事办公室', ['主任', '副主任'], 'official'), j('{C:trade}', ['总经理', '董事长'], 'business'), j('{P}人民对外友好协会', ['副会长'], 'professional'), j('云溪学院外国语学院', ['院长', '教授'], 'academic')],
  },
  社会福利和社会保障界: {
    affiliation: mixed(0.4),
    female: 0.45,
    jobs: [j('{P}民政局', ['副局长'], 'official'), j('{P}残疾人联合会', ['理事长'], 'official'), j('{P}社会福利院', ['院长'], 'professional'), j('{P}慈善总会', ['会长', '秘书长'], 'professional'), j('{P}{W}养老服务中心', ['主任'], 'grassroots'), j('{P}医疗保障局', ['副局长'], 'official'), j('{P}红十字会', ['常务副会长'], 'official')],
  },
  少数民族界: {
    affiliation: mixed(0.4),
    female: 0.35,
    minority: true,
    jobs: [j('{P}民族宗教事务局', ['局长', '副局长'], 'official'), ...VILLAGE, j('{P}民族中学', ['校长'], 'professional'), j('{C}', ['总经理'], 'business'), j('{P}人民医院', ['副主任医师'], 'professional')],
  },
  宗教界: {
    affiliation: fixed('群众'),
    female: 0.15,
    birthYears: [1960, 1985],
    jobs: [j('{P}佛教协会', ['会长', '副会长'], 'religion'), j('{N}{TEMPLE}寺', ['住持', '监院'], 'religion'), j('{P}道教协会', ['会长'], 'religion'), j('{P}基督教三自爱国运动委员会', ['主席'], 'religion'), j('{P}基督教协会', ['会长'], 'religion'), j('{P}伊斯兰教协会', ['会长'], 'religion'), j('{P}天主教爱国会', ['主任'], 'religion')],
  },
  特邀人士: {
    affiliation: mixed(0.6),
    female: 0.2,
    birthYears: [1960, 1978],
    jobs: [
      j('{COURT}', ['副院长', '审判委员会专职委员'], 'official'),
      j('{P}人民检察院', ['副检察长', '检察委员会专职委员'], 'official'),
      j('{P}公安局', ['副局长'], 'official'),
      j('{P}人大常委会', ['副秘书长', '办公室主任'], 'official'),
      j('{P}信访局', ['局长'], 'official'),
      j('{P}退役军人事务局', ['副局长'], 'official'),
      j('{P}政协', ['副秘书长'], 'official'),
      j('{P}关心下一代工作委员会', ['常务副主任'], 'official'),
      j('{P}老年大学', ['校长'], 'professional'),
      j('{P}老科技工作者协会', ['会长'], 'professional'),
      j('{P}计划生育协会', ['常务副会长'], 'official'),
      j('{P}律师协会', ['会长', '副会长'], 'professional'),
      j('{P}仲裁委员会', ['副主任'], 'official'),
      j('{P}审计局', ['副局长'], 'official'),
      j('{P}消防救援{FIRE}', ['政治委员'], 'official'),
      j('{P}人民武装部', ['政治委员'], 'official'),
      j('{P}人民政府参事室', ['参事'], 'official'),
      j('{P}文史研究馆', ['馆员'], 'professional'),
      j('{P}人民政府', ['副秘书长'], 'official'),
      j('{P}法学会', ['常务副会长'], 'official'),
      j('{P}住房公积金管理中心', ['主任'], 'official'),
      j('{P}机关事务管理局', ['局长'], 'official'),
      j('{P}人民政府研究室', ['主任'], 'official'),
    ],
  },
  港澳台侨界: {
    affiliation: mixed(0.2, 0.15),
    female: 0.3,
    head: orgHead('{P}归国华侨联合会', '主席'),
    jobs: [j('{P}归国华侨联合会', ['副主席'], 'official'), j('{C}', ['董事长'], 'business'), j('香港{N}同乡会', ['会长', '副会长'], 'business'), j('澳门{N}商会', ['副会长'], 'business'), j('{P}台商投资企业协会', ['会长'], 'business')],
  },
};

/** Which sectors a committee draws its members from, by a keyword of its name. */
export const COMMITTEE_AFFINITY: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['提案', ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '无党派人士']],
  ['经济', ['经济界', '工商联', '民建']],
  ['农业', ['农业界', '科协']],
  ['人口资源环境', ['科学技术界', '九三学社', '科协']],
  ['教科卫体', ['教育界', '医药卫生界', '体育界', '民进', '农工党', '科学技术界']],
  ['社会', ['社会科学界', '社会福利和社会保障界', '特邀人士', '工会', '妇联', '民革']],
  ['民族宗教', ['少数民族界', '宗教界']],
  ['港澳台侨', ['港澳台侨界', '对外友好界', '台联', '致公党']],
  ['文史', ['文化艺术界', '新闻出版界', '社会科学界']],
  ['委员工作', ['共青团', '青联', '妇联', '无党派人士']],
];

export const MINORITIES: ReadonlyArray<readonly [string, number]> = [
  ['回族', 3], ['满族', 2], ['土家族', 3], ['苗族', 3], ['壮族', 2], ['畲族', 3], ['瑶族', 2], ['蒙古族', 1], ['侗族', 1], ['彝族', 1],
];

export const EDUCATION: Record<EduKind, ReadonlyArray<readonly [string, number]>> = {
  academic: [['博士研究生', 45], ['硕士研究生', 45], ['大学本科', 10]],
  professional: [['硕士研究生', 35], ['大学本科', 55], ['博士研究生', 5], ['大专', 5]],
  business: [['大学本科', 45], ['硕士研究生', 30], ['大专', 20], ['高中', 5]],
  grassroots: [['大专', 45], ['大学本科', 30], ['高中', 20], ['中专', 5]],
  official: [['大学本科', 45], ['硕士研究生', 50], ['博士研究生', 5]],
  religion: [['大专', 45], ['大学本科', 35], ['高中', 20]],
};

const WORDS = ['恒信', '华联', '金源', '瑞丰', '宏达', '天成', '鑫源', '新锐', '盛达', '博远', '永安', '嘉禾', '中天', '绿源', '安康', '众诚', '汇通', '凯达', '荣盛', '明辉', '长青', '德润', '正和', '广益', '同创', '万家', '聚力', '兴旺', '方圆', '润泽'];
const INDUSTRIES: Record<string, readonly string[]> = {
  general: ['建设集团有限公司', '实业有限公司', '置业有限公司', '物流有限公司', '商贸有限公司', '机械制造有限公司', '纺织有限公司', '食品有限公司', '新能源有限公司', '汽车销售服务有限公司', '建材股份有限公司', '装备制造有限公司', '新材料股份有限公司'],
  tech: ['科技有限公司', '电子科技有限公司', '智能装备股份有限公司', '新材料科技有限公司', '生物科技有限公司', '信息技术有限公司', '软件有限公司'],
  agri: ['茶业有限公司', '农业开发有限公司', '生态农业有限公司', '果蔬专业合作联社', '水产养殖有限公司', '粮油有限公司'],
  pharma: ['医药有限公司', '药业股份有限公司', '生物医药有限公司'],
  trade: ['进出口贸易有限公司', '国际贸易有限公司'],
  culture: ['文化传媒有限公司', '文化旅游发展有限公司'],
};
const COLLEGE_SCHOOLS = ['机电工程学院', '化学与材料学院', '经济管理学院', '文学与新闻传播学院', '教育科学学院', '医学院', '信息工程学院', '农学院', '体育学院', '美术与设计学院'];
const LAW_FIRMS = ['正言', '明理', '衡平', '信达', '公正', '致远', '天平', '守正'];
const TEMPLES = ['广福', '龙泉', '白云', '灵岩', '崇福', '报恩'];
const CROPS = ['茶叶', '蔬菜', '水稻', '油茶', '果业', '中药材'];
const CHAMBERS = ['建筑业', '餐饮行业', '汽车行业', '物流行业', '温州', '福建'];
const VILLAGES = ['石坪', '河口', '杨家', '新塘', '上湾', '枫林', '桥头', '大兴', '和平', '长岭', '荷塘', '柏树', '高峰', '联合', '永丰', '红星', '下坊', '中洲', '竹山', '樟树'];

export interface PlaceEnv {
  level: 'city' | 'district' | 'county';
  prefix: string;
  bare: string;
  places: readonly string[];
}

/** Fills an employer template for one org. */
export function fillEmployer(rng: Random, template: string, env: PlaceEnv): string {
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (_m, key: string, kind?: string) => {
    switch (key) {
      case 'P':
        return env.prefix;
      case 'N':
        return env.bare;
      case 'B':
        return env.level === 'city' ? `${env.bare}分行` : `${env.prefix}支行`;
      case 'T':
        return rng.pick(env.places);
      case 'TOWNPARTY': {
        const place = rng.pick(env.places);
        return place.endsWith('街道') ? `中共${env.prefix}${place}工作委员会` : `中共${env.prefix}${place}委员会`;
      }
      case 'CLINIC': {
        const place = rng.pick(env.places);
        return place.endsWith('街道') ? `${place}社区卫生服务中心` : `${place}卫生院`;
      }
      case 'COURT':
        return env.level === 'city' ? `${env.prefix}中级人民法院` : `${env.prefix}人民法院`;
      case 'FIRE':
        return env.level === 'city' ? '支队' : '大队';
      case 'VR': {
        const rural = env.places.filter((p) => !p.endsWith('街道'));
        return `${rng.pick(rural.length ? rural : env.places)}${rng.pick(VILLAGES)}村`;
      }
      case 'V': {
        const place = rng.pick(env.places);
        return place.endsWith('街道') ? `${place}${rng.pick(VILLAGES)}社区` : `${place}${rng.pick(VILLAGES)}村`;
      }
      case 'C':
        return `${env.bare}${rng.pick(WORDS)}${rng.pick(INDUSTRIES[kind ?? 'general'] ?? INDUSTRIES.general)}`;
      case 'LAW':
        return `${rng.pick(['云溪', env.bare])}${rng.pick(LAW_FIRMS)}律师事务所`;
      case 'W':
        return rng.pick(WORDS);
      case 'DEPT':
        return rng.pick(COLLEGE_SCHOOLS);
      case 'TEMPLE':
        return rng.pick(TEMPLES);
      case 'CROP':
        return rng.pick(CROPS);
      case 'INDUSTRY':
        return rng.pick(CHAMBERS);
      default:
        return '';
    }
  });
}

/** Adjusts a post to its employer where the template cannot (a street clinic has a 主任, not a 院长). */
export function fitPost(employer: string, post: string): string {
  if (employer.endsWith('社区卫生服务中心') && post === '院长') return '主任';
  if (employer.endsWith('社区')) return post.replace('党支部书记', '党委书记').replace('村委会主任', '居委会主任');
  return post;
}

export const ROADS = ['人民路', '解放路', '建设路', '中山路', '文化路', '滨江路', '湖滨路', '青年路', '新华路', '府前路', '迎宾大道', '东湖大道', '云溪大道', '凤凰路', '学府路', '健康路', '胜利路', '五一路'];
