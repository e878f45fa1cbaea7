import { eq } from 'drizzle-orm';
import { phoneProblem } from '../../../../core/idNumber';
import { units } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';
import { UNIT_CATEGORY_LABELS, type UnitCategory } from '../../../export/reference-columns';
import type { SheetRow, TemplateColumn } from '../../../export/xlsx';
import { missingHeaders, RowErrors, tooLong, type CheckedRows } from './report';

export const UNIT_SHEET = '承办单位';

const CATEGORY_BY_LABEL = new Map<string, UnitCategory>(Object.entries(UNIT_CATEGORY_LABELS).map(([k, v]) => [v, k as UnitCategory]));

export const UNIT_TEMPLATE_COLUMNS: TemplateColumn[] = [
  { header: '单位名称', required: true, width: 30, note: '承办单位全称，不能与已有单位重复' },
  { header: '简称', width: 14 },
  { header: '类别', width: 12, options: Object.values(UNIT_CATEGORY_LABELS), note: `可选：${Object.values(UNIT_CATEGORY_LABELS).join('、')}；留空为政府部门` },
  { header: '联系人', width: 12 },
  { header: '联系电话', width: 16, text: true, note: '手机号码或带区号的固定电话' },
  { header: '地址', width: 30 },
  { header: '排序', width: 8, note: '数字，越小越靠前' },
];

export const UNIT_INSTRUCTIONS = [
  '1. 请在“承办单位”工作表中从第2行开始逐行填写，每行一个单位，不要修改表头。',
  '2. 单位名称为必填，且不能与文件中其他行或系统中已有单位重复。',
  '3. 导入前可先“校验”，系统会返回错误报告（行号、列名、原因）。',
];

export type NewUnit = Omit<typeof units.$inferInsert, 'id' | 'orgId' | 'searchVector'>;

export async function checkUnitRows(db: DbOrTx, orgId: string, headers: string[], rows: SheetRow[]): Promise<CheckedRows<NewUnit>> {
  const headerErrors = missingHeaders(headers, ['单位名称']);
  if (headerErrors.length) return { total: rows.length, good: [], errors: headerErrors };
  // the unique index covers archived units too
  const existing = new Set((await db.select({ name: units.name }).from(units).where(eq(units.orgId, orgId))).map((u) => u.name));
  const firstRow = new Map<string, number>();
  const checked: CheckedRows<NewUnit> = { total: rows.length, good: [], errors: [] };
  for (const { row, cells } of rows) {
    const e = new RowErrors(row);
    const get = (h: string) => (cells[h] ?? '').trim();
    const name = get('单位名称');
    if (!name) e.add('单位名称', '单位名称不能为空');
    else if (firstRow.has(name)) e.add('单位名称', `单位名称与第${firstRow.get(name)}行重复`);
    else if (existing.has(name)) e.add('单位名称', '系统中已有同名承办单位');
    if (name && !firstRow.has(name)) firstRow.set(name, row);
    tooLong(e, '单位名称', name, 80);
    tooLong(e, '简称', get('简称'), 30);
    tooLong(e, '联系人', get('联系人'), 30);
    tooLong(e, '地址', get('地址'), 200);
    const catText = get('类别');
    const category = catText ? (CATEGORY_BY_LABEL.get(catText) ?? (catText in UNIT_CATEGORY_LABELS ? (catText as UnitCategory) : undefined)) : 'government';
    if (!category) e.add('类别', `类别“${catText}”无效，可选：${Object.values(UNIT_CATEGORY_LABELS).join('、')}`);
    const phone = get('联系电话');
    if (phone) {
      const p = phoneProblem(phone);
      if (p) e.add('联系电话', p.replace('手机号码', '联系电话'));
    }
    const sortText = get('排序');
    const sortOrder = sortText ? Number(sortText) : 0;
    if (sortText && (!Number.isInteger(sortOrder) || sortOrder < 0 || sortOrder > 9999)) e.add('排序', '排序应为0～9999的整数');
    if (!e.ok) {
      checked.errors.push(...e.list);
      continue;
    }
    checked.good.push({
      row,
      value: { name, shortName: get('简称'), category: category!, contactName: get('联系人'), contactPhone: phone, address: get('地址'), sortOrder },
    });
  }
  return checked;
}
