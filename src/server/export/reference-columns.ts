import type { XlsxColumn } from './xlsx';

type Rec = Record<string, unknown>;
const str = (k: string) => (r: Rec) => (r[k] === null || r[k] === undefined ? '' : String(r[k]));
const num = (k: string) => (r: Rec) => (r[k] === null || r[k] === undefined ? null : Number(r[k]));
const yes = (k: string) => (r: Rec) => (r[k] ? '是' : '否');
const label = (k: string, labels: Record<string, string>) => (r: Rec) => labels[String(r[k])] ?? str(k)(r);

export const UNIT_CATEGORY_LABELS = {
  party: '党委部门',
  government: '政府部门',
  court: '法院',
  procuratorate: '检察院',
  people: '人民团体',
  enterprise: '企业',
  other: '其他',
} as const;
export type UnitCategory = keyof typeof UNIT_CATEGORY_LABELS;

const LEADER_LEVELS: Record<string, string> = { county: '县级', city: '市级', province: '省级', national: '全国' };
const LEADER_BODIES: Record<string, string> = { party: '党委', government: '政府', cppcc: '政协', npc: '人大', other: '其他' };
const GROUP_KINDS: Record<string, string> = { group: '委员小组', sectorGroup: '界别活动组', studyGroup: '学习小组', other: '其他' };

/** Chinese export columns of each reference resource (by its URL path), used by crud's export.xlsx. */
export const REFERENCE_EXPORT_COLUMNS: Record<string, XlsxColumn<Rec>[]> = {
  terms: [
    { header: '届次', value: num('number'), width: 8 },
    { header: '名称', value: str('name'), width: 12 },
    { header: '开始日期', value: str('startDate'), width: 12 },
    { header: '结束日期', value: str('endDate'), width: 12 },
    { header: '是否当前届', value: yes('isCurrent'), width: 12 },
  ],
  'plenary-sessions': [
    { header: '会次', value: num('number'), width: 8 },
    { header: '名称', value: str('name'), width: 20 },
    { header: '开始日期', value: str('startDate'), width: 12 },
    { header: '结束日期', value: str('endDate'), width: 12 },
    { header: '大会提案征集开始', value: str('proposalWindowStart'), width: 18 },
    { header: '大会提案截止', value: str('proposalWindowEnd'), width: 14 },
  ],
  sectors: [
    { header: '界别名称', value: str('name'), width: 20 },
    { header: '排序', value: num('sortOrder'), width: 8 },
  ],
  committees: [
    { header: '专委会名称', value: str('name'), width: 24 },
    { header: '简称', value: str('shortName'), width: 12 },
    { header: '职责', value: str('duties'), width: 50 },
    { header: '排序', value: num('sortOrder'), width: 8 },
  ],
  units: [
    { header: '单位名称', value: str('name'), width: 30 },
    { header: '简称', value: str('shortName'), width: 14 },
    { header: '类别', value: label('category', UNIT_CATEGORY_LABELS), width: 12 },
    { header: '联系人', value: str('contactName'), width: 12 },
    { header: '联系电话', value: str('contactPhone'), width: 16, text: true },
    { header: '地址', value: str('address'), width: 30 },
    { header: '排序', value: num('sortOrder'), width: 8 },
  ],
  leaders: [
    { header: '姓名', value: str('name'), width: 12 },
    { header: '职务', value: str('post'), width: 30 },
    { header: '层级', value: label('level', LEADER_LEVELS), width: 8 },
    { header: '所属', value: label('body', LEADER_BODIES), width: 8 },
    { header: '排序', value: num('sortOrder'), width: 8 },
  ],
  'member-groups': [
    { header: '小组名称', value: str('name'), width: 24 },
    { header: '类型', value: label('kind', GROUP_KINDS), width: 12 },
    { header: '说明', value: str('description'), width: 50 },
  ],
};
