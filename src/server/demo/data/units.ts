/** Handling units (承办单位) by org: [name, shortName, category]. */
export type UnitCategory = 'party' | 'government' | 'court' | 'procuratorate' | 'people' | 'enterprise' | 'other';
export type UnitSpec = readonly [name: string, shortName: string, category: UnitCategory];

export const CITY_UNITS: readonly UnitSpec[] = [
  ['中共云溪市委组织部', '市委组织部', 'party'],
  ['中共云溪市委宣传部', '市委宣传部', 'party'],
  ['中共云溪市委统战部', '市委统战部', 'party'],
  ['中共云溪市委政法委员会', '市委政法委', 'party'],
  ['中共云溪市委网络安全和信息化委员会办公室', '市委网信办', 'party'],
  ['中共云溪市委机构编制委员会办公室', '市委编办', 'party'],
  ['中共云溪市委社会工作部', '市委社会工作部', 'party'],
  ['云溪市人民政府办公室', '市政府办', 'government'],
  ['云溪市发展和改革委员会', '市发展改革委', 'government'],
  ['云溪市教育局', '市教育局', 'government'],
  ['云溪市科学技术局', '市科技局', 'government'],
  ['云溪市工业和信息化局', '市工信局', 'government'],
  ['云溪市民族宗教事务局', '市民宗局', 'government'],
  ['云溪市公安局', '市公安局', 'government'],
  ['云溪市民政局', '市民政局', 'government'],
  ['云溪市司法局', '市司法局', 'government'],
  ['云溪市财政局', '市财政局', 'government'],
  ['云溪市人力资源和社会保障局', '市人社局', 'government'],
  ['云溪市自然资源和规划局', '市自然资源规划局', 'government'],
  ['云溪市生态环境局', '市生态环境局', 'government'],
  ['云溪市住房和城乡建设局', '市住建局', 'government'],
  ['云溪市交通运输局', '市交通运输局', 'government'],
  ['云溪市水利局', '市水利局', 'government'],
  ['云溪市农业农村局', '市农业农村局', 'government'],
  ['云溪市商务局', '市商务局', 'government'],
  ['云溪市文化广电和旅游局', '市文广旅局', 'government'],
  ['云溪市卫生健康委员会', '市卫健委', 'government'],
  ['云溪市退役军人事务局', '市退役军人局', 'government'],
  ['云溪市应急管理局', '市应急局', 'government'],
  ['云溪市审计局', '市审计局', 'government'],
  ['云溪市人民政府国有资产监督管理委员会', '市国资委', 'government'],
  ['云溪市市场监督管理局', '市市场监管局', 'government'],
  ['云溪市体育局', '市体育局', 'government'],
  ['云溪市统计局', '市统计局', 'government'],
  ['云溪市医疗保障局', '市医保局', 'government'],
  ['云溪市城市管理局', '市城管局', 'government'],
  ['云溪市数据局', '市数据局', 'government'],
  ['云溪市林业局', '市林业局', 'government'],
  ['云溪市人民政府外事办公室', '市外办', 'government'],
  ['云溪市信访局', '市信访局', 'government'],
  ['云溪市行政审批局', '市行政审批局', 'government'],
  ['云溪市粮食和物资储备局', '市粮食和储备局', 'government'],
  ['云溪市住房公积金管理中心', '市公积金中心', 'government'],
  ['云溪经济技术开发区管理委员会', '经开区管委会', 'government'],
  ['东湖区人民政府', '东湖区政府', 'government'],
  ['青山县人民政府', '青山县政府', 'government'],
  ['云溪市中级人民法院', '市中级法院', 'court'],
  ['云溪市人民检察院', '市检察院', 'procuratorate'],
  ['云溪市总工会', '市总工会', 'people'],
  ['共青团云溪市委员会', '团市委', 'people'],
  ['云溪市妇女联合会', '市妇联', 'people'],
  ['云溪市科学技术协会', '市科协', 'people'],
  ['云溪市残疾人联合会', '市残联', 'people'],
  ['国网云溪供电公司', '供电公司', 'enterprise'],
  ['云溪市水务集团有限公司', '市水务集团', 'enterprise'],
  ['云溪市城市建设投资集团有限公司', '市城投集团', 'enterprise'],
  ['云溪市公共交通有限公司', '市公交公司', 'enterprise'],
  ['中国移动云溪分公司', '移动云溪分公司', 'enterprise'],
  ['国家税务总局云溪市税务局', '市税务局', 'other'],
  ['云溪市气象局', '市气象局', 'other'],
];

const DISTRICT_DEPARTMENTS = [
  '发展和改革局', '教育局', '科学技术和工业信息化局', '民政局', '司法局', '财政局', '人力资源和社会保障局', '住房和城乡建设局',
  '城市管理局', '农业农村和水利局', '商务局', '文化广电旅游体育局', '卫生健康委员会', '退役军人事务局', '应急管理局',
  '市场监督管理局', '医疗保障局', '数据局',
] as const;

const COUNTY_DEPARTMENTS = [
  '发展和改革委员会', '教育体育局', '科学技术和工业信息化局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局',
  '自然资源局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '林业局', '商务局', '文化广电新闻出版旅游局',
  '卫生健康委员会', '应急管理局', '市场监督管理局', '医疗保障局', '民族宗教事务局',
] as const;

/** Short form: 东湖区教育局 → 区教育局. */
const shortOf = (short: string, dept: string) => `${short}${dept}`;

export const DONGHU_UNITS: readonly UnitSpec[] = [
  ...DISTRICT_DEPARTMENTS.map((d): UnitSpec => [`东湖区${d}`, shortOf('区', d), 'government']),
  ['云溪市公安局东湖分局', '东湖公安分局', 'government'],
  ['云溪市生态环境局东湖分局', '东湖生态环境分局', 'government'],
  ['云溪市自然资源和规划局东湖分局', '东湖自然资源分局', 'government'],
  ['东湖区东湖街道办事处', '东湖街道', 'government'],
  ['东湖区湖滨街道办事处', '湖滨街道', 'government'],
  ['东湖区新港街道办事处', '新港街道', 'government'],
  ['东湖区望湖街道办事处', '望湖街道', 'government'],
  ['东湖区莲塘镇人民政府', '莲塘镇', 'government'],
  ['东湖区柳湾镇人民政府', '柳湾镇', 'government'],
];

export const QINGSHAN_UNITS: readonly UnitSpec[] = [
  ...COUNTY_DEPARTMENTS.map((d): UnitSpec => [`青山县${d}`, shortOf('县', d), 'government']),
  ['国网青山县供电公司', '县供电公司', 'enterprise'],
  ...['青山镇', '杨柳镇', '竹溪镇', '石门镇', '茶山镇', '大坪乡', '云岭乡', '黄泥乡'].map((t): UnitSpec => [`青山县${t}人民政府`, t, 'government']),
];
