import { sql } from 'drizzle-orm';
import { INSTITUTION_KIND_LABELS, type InstitutionKind } from '../../../core/institutions';
import { toSearchText } from '../../../core/search';
import { institutions, institutionVersions } from '../../db/schema';
import type { DemoContext, DemoPart } from '../context';

interface Spec {
  title: string;
  kind: InstitutionKind;
  body: 'party' | 'office';
  effectiveOn: string | null;
  status: 'draft' | 'inForce' | 'repealed';
  summary: string;
  /** The articles of the current text. */
  articles: string[];
  repealedOn?: string;
  /** An earlier version (修订前) with its note. */
  earlier?: { articles: string[]; changeNote: string };
}

const PARTY_BODY = '中共云溪市政协党组';
const OFFICE_BODY = '云溪市政协办公室';

/**
 * 制度 of the city (seed part 一, "三是强化制度服务保障"): thirteen party-group and office rules put
 * in force in 2023-H1 — 《…学习座谈会制度》, 《市政协党组会议制度》, 《党委(党组)履行全面从严治党主体
 * 责任清单》 and ten more ("十多项党组、机关重要工作制度", statistic `institutions.issued`); the 2019
 * party group meeting rules they replaced (repealed); and the member assessment method still a
 * draft ("稳步推进《……履职量化考核办法(试行)》的制定").
 */
const SPECS: Spec[] = [
  {
    title: '新时代中国特色社会主义思想学习座谈会制度',
    kind: 'partyGroup',
    body: 'party',
    effectiveOn: '2023-02-10',
    status: 'inForce',
    summary: '规定学习座谈会的组织、频次、议程和成果运用。',
    articles: ['为持续深化理论武装，推动学习贯彻往深里走、往心里走、往实里走，制定本制度。', '学习座谈会由市政协党组组织，原则上每季度召开一次，主席会议成员、各专委会主任和部分委员参加。', '座谈会采取集中学习、交流发言、专题辅导相结合的方式，交流发言应联系履职实际。', '座谈会成果以简报形式报送市委，并作为年度履职考核的重要内容。'],
  },
  {
    title: '市政协党组会议制度',
    kind: 'partyGroup',
    body: 'party',
    effectiveOn: '2023-02-10',
    status: 'inForce',
    summary: '党组会议的议事范围、议事规则和决策程序。',
    articles: ['党组会议由党组书记召集和主持，一般每月召开一次，遇有重要情况可随时召开。', '党组会议第一议题为学习习近平总书记重要讲话和重要指示批示精神。', '党组会议须有半数以上党组成员到会方能召开；讨论干部任免事项须有三分之二以上成员到会。', '党组会议决定的事项由分管领导牵头落实，办公室负责督办并报告落实情况。'],
    earlier: { articles: ['党组会议由党组书记召集和主持，一般每月召开一次。', '党组会议第一议题为集体学习。'], changeNote: '征求意见稿' },
  },
  {
    title: '党委(党组)履行全面从严治党主体责任清单',
    kind: 'partyGroup',
    body: 'party',
    effectiveOn: '2023-03-01',
    status: 'inForce',
    summary: '明确党组、党组书记、班子成员和机关党支部的主体责任事项。',
    articles: ['党组对全面从严治党负主体责任，党组书记履行第一责任人职责，班子成员履行“一岗双责”。', '每年至少两次专题研究全面从严治党工作，听取机关党支部和纪检组织工作汇报。', '落实党建、意识形态、党风廉政建设“三个责任制”，年底向市委报告履行主体责任情况。'],
  },
  {
    title: '市政协党组理论学习中心组学习制度',
    kind: 'partyGroup',
    body: 'party',
    effectiveOn: '2023-02-20',
    status: 'inForce',
    summary: '中心组学习的计划、形式、考勤和督查。',
    articles: ['中心组学习每年制定学习计划，每季度集中学习不少于一次，每次围绕一个专题。', '中心组成员每年至少作一次重点发言，撰写一篇理论文章或调研报告。', '中心组学习情况纳入党组年度工作考核。'],
  },
  {
    title: '市政协党组意识形态工作责任制实施细则',
    kind: 'partyGroup',
    body: 'party',
    effectiveOn: '2023-03-15',
    status: 'inForce',
    summary: '意识形态工作的责任分工、阵地管理和考核追责。',
    articles: ['党组书记是意识形态工作第一责任人，分管领导负直接领导责任。', '加强政协各类会议、活动、刊物、网站和新媒体阵地管理，落实“三审三校”。', '每半年专题分析研判一次意识形态领域情况。'],
  },
  {
    title: '市政协党组重大事项请示报告办法',
    kind: 'partyGroup',
    body: 'party',
    effectiveOn: '2023-01-05',
    status: 'inForce',
    summary: '落实重大问题请示报告制度，做到事前有请示、事后有报告。',
    articles: ['党组工作要点、年度协商计划、常委会工作报告、全会筹备情况等重大事项，报请市委常委会审议通过后实施。', '重要会议、重要活动、重要工作做到事前有请示、事后有报告。', '请示报告由办公室统一登记、编号、跟踪办理结果。'],
  },
  {
    title: '市政协党组联系党外委员制度',
    kind: 'partyGroup',
    body: 'party',
    effectiveOn: '2023-04-10',
    status: 'inForce',
    summary: '党组成员联系党外委员的对象、方式和频次。',
    articles: ['党组成员每人联系五至八名党外委员，每年走访或谈心谈话不少于两次。', '联系中了解的意见建议及时梳理，交有关专委会或部门研究办理。'],
  },
  {
    title: '市政协机关工作规则',
    kind: 'office',
    body: 'office',
    effectiveOn: '2023-02-28',
    status: 'inForce',
    summary: '机关职责分工、议事决策、公文处理和工作纪律。',
    articles: ['机关实行秘书长负责制，副秘书长协助秘书长分管有关工作。', '机关重要事项由秘书长办公会议研究决定，秘书长办公会议一般每月召开一次。', '公文办理坚持“急事急办、特事特办”，一般公文三个工作日内办结。'],
  },
  {
    title: '市政协机关公务接待管理办法',
    kind: 'office',
    body: 'office',
    effectiveOn: '2023-03-20',
    status: 'inForce',
    summary: '公务接待的审批、标准和清单管理。',
    articles: ['公务接待实行审批制度，无公函的公务活动一律不予接待。', '接待标准严格执行市级党政机关国内公务接待管理规定，不得超标准接待。', '接待费用凭接待清单、公函和发票报销。'],
  },
  {
    title: '市政协机关财务管理制度',
    kind: 'finance',
    body: 'office',
    effectiveOn: '2023-03-20',
    status: 'inForce',
    summary: '预算、支出审批、报销和资产管理。',
    articles: ['机关经费实行预算管理，年度预算经秘书长办公会议审议后报市财政局。', '单笔五千元以上支出须经分管副秘书长审核、秘书长审批。', '固定资产实行专人管理，每年盘点一次。'],
  },
  {
    title: '市政协机关干部考勤和请休假管理办法',
    kind: 'office',
    body: 'office',
    effectiveOn: '2023-04-01',
    status: 'inForce',
    summary: '考勤方式、请假审批权限和年休假安排。',
    articles: ['机关干部实行工作日考勤，因公外出须在办公室登记。', '请假一天以内由科室负责人审批，三天以内由分管副秘书长审批，三天以上由秘书长审批。'],
  },
  {
    title: '市政协“委员之家”使用管理办法',
    kind: 'work',
    body: 'office',
    effectiveOn: '2023-05-08',
    status: 'inForce',
    summary: '委员之家的开放对象、预约方式和使用要求。',
    articles: ['“委员之家”向各专委会、功能型党支部、界别委员和协商议事室开放。', '使用“委员之家”须提前三个工作日在履职平台预约，同一时段不得重复预约。', '使用结束后由预约单位做好活动记录并交办公室存档。'],
  },
  {
    title: '市政协委员履职档案管理办法',
    kind: 'member',
    body: 'office',
    effectiveOn: '2023-06-15',
    status: 'inForce',
    summary: '委员履职信息的记录、审核和运用。',
    articles: ['委员履职档案记录委员参加会议、活动，提交提案、社情民意信息等情况。', '履职信息由各专委会按季度审核，年底向委员本人反馈。', '履职档案作为评选优秀政协委员的重要依据。'],
  },
  {
    title: '市政协党组会议制度（2019年修订）',
    kind: 'partyGroup',
    body: 'party',
    effectiveOn: '2019-03-01',
    status: 'repealed',
    repealedOn: '2023-02-10',
    summary: '已被2023年《市政协党组会议制度》取代。',
    articles: ['党组会议由党组书记召集和主持，一般每月召开一次。'],
  },
  {
    title: '政协云溪市委员会关于政协委员履职量化考核办法(试行)',
    kind: 'member',
    body: 'office',
    effectiveOn: null,
    status: 'draft',
    summary: '委员履职量化考核的指标、计分和结果运用（征求意见中）。',
    articles: ['委员履职考核实行年度计分制，基础分一百分。', '参加全体会议、常委会议每次计若干分，无故缺席扣分。', '考核结果作为委员评先评优和换届推荐的重要依据。'],
  },
];

const text = (articles: string[]) => articles.map((a, i) => `第${'一二三四五六七八九十'[i] ?? i + 1}条　${a}`).join('\n');

export const institutionsPart: DemoPart = {
  name: 'institutions',
  async run(ctx: DemoContext) {
    const rng = ctx.random('institutions/city');
    const city = ctx.orgs.city;
    const author = city.userIds.get('bangongshi') ?? null;
    let partyNo = 1;
    let officeNo = 1;
    const rows: Array<typeof institutions.$inferInsert> = [];
    const versions: Array<typeof institutionVersions.$inferInsert> = [];
    for (const s of SPECS) {
      const id = rng.uuid();
      const year = (s.effectiveOn ?? '2023').slice(0, 4);
      const docNumber = s.status === 'draft' ? '' : s.body === 'party' ? `云政协党发〔${year}〕${year === '2023' ? partyNo++ : 2}号` : `云政协办发〔${year}〕${officeNo++}号`;
      const issuingBody = s.body === 'party' ? PARTY_BODY : OFFICE_BODY;
      const current = text(s.articles);
      const texts = s.earlier ? [{ body: text(s.earlier.articles), note: s.earlier.changeNote }, { body: current, note: '党组会议审议通过' }] : [{ body: current, note: s.status === 'draft' ? '征求意见稿' : '印发施行' }];
      rows.push({
        id,
        orgId: city.id,
        title: s.title,
        docNumber,
        issuingBody,
        kind: s.kind,
        effectiveOn: s.effectiveOn,
        status: s.status,
        repealedOn: s.repealedOn ?? null,
        currentVersionNo: texts.length,
        summary: s.summary,
        version: s.status === 'draft' ? 1 : 2,
        searchVector: sql`to_tsvector('simple', ${toSearchText(s.title, docNumber, issuingBody, s.summary, INSTITUTION_KIND_LABELS[s.kind], current)})` as unknown as string,
      });
      texts.forEach((v, i) =>
        versions.push({ id: rng.uuid(), orgId: city.id, institutionId: id, versionNo: i + 1, bodyText: v.body, changeNote: v.note, effectiveOn: s.effectiveOn, createdBy: author, createdAt: new Date(`${s.effectiveOn ?? '2023-06-20'}T10:00:00+08:00`) }),
      );
    }
    await ctx.insertMany(institutions, rows);
    await ctx.insertMany(institutionVersions, versions);
  },
};
