import { and, eq, inArray, isNull } from 'drizzle-orm';
import { birthDateOfIdNumber, genderOfIdNumber, idNumberProblem, normalizeIdNumber, normalizePhone, phoneProblem } from '../../../../core/idNumber';
import { COMMITTEE_ROLE_LABELS, GENDERS, POLITICAL_AFFILIATIONS, type CommitteeRole } from '../../../../core/members';
import { committees, members, sectors } from '../../../db/schema';
import type { DbOrTx } from '../../../db/client';
import { parseDateCell, type SheetRow, type TemplateColumn } from '../../../export/xlsx';
import type { NewMember } from '../commands/insert';
import { missingHeaders, RowErrors, tooLong, type CheckedRows } from './report';

export const MEMBER_SHEET = '委员名单';

/** Template columns; the options of 界别 / 专委会 are the org's own. */
export function memberTemplateColumns(sectorNames: string[], committeeNames: string[]): TemplateColumn[] {
  return [
    { header: '姓名', required: true, width: 12, note: '委员姓名' },
    { header: '性别', required: true, width: 8, options: GENDERS, note: '男 或 女；填写身份证号时可留空，按身份证号识别' },
    { header: '民族', width: 10, note: '如：汉族；留空按汉族' },
    { header: '出生日期', width: 14, text: true, note: '格式 1975-03-08；须与身份证号一致，留空时按身份证号填写' },
    { header: '政治面貌', width: 14, options: POLITICAL_AFFILIATIONS, note: '如：中共党员、民盟盟员、无党派人士' },
    { header: '界别', width: 16, options: sectorNames, note: '须为系统中已有的界别名称' },
    { header: '专委会', width: 30, note: `多个用顿号“、”分隔；职务写在括号内，如：提案委员会（副主任）。可选：${committeeNames.join('、') || '（尚未设置专委会）'}` },
    { header: '是否常委', width: 10, options: ['是', '否'], note: '是 或 否；留空为否' },
    { header: '工作单位', width: 30, note: '工作单位全称' },
    { header: '职务', width: 24, note: '单位职务' },
    { header: '手机号码', width: 15, text: true, note: '11位手机号码' },
    { header: '身份证号', width: 22, text: true, note: '18位居民身份证号码，请以文本格式填写' },
    { header: '学历', width: 10, note: '如：大学本科、研究生' },
    { header: '电子邮箱', width: 24 },
    { header: '通讯地址', width: 30 },
    { header: '备注', width: 30 },
  ];
}

export const MEMBER_INSTRUCTIONS = [
  '1. 请在“委员名单”工作表中从第2行开始逐行填写，每行一名委员，不要修改表头。',
  '2. 红色表头为必填列；界别、专委会须与系统中的名称一致（可在下拉列表中选择）。',
  '3. 身份证号、手机号码请以文本格式填写，避免被 Excel 转换为科学计数法。',
  '4. 同一届内身份证号不能重复；文件中重复或系统中已存在的身份证号会被标为错误。',
  '5. 导入前可先“校验”，系统会返回错误报告（行号、列名、原因）；按报告修改后再导入。',
  '6. 导入的委员记为本届“换届产生”的委员；届中增补请在委员页面办理“增补”。',
];

const ROLE_BY_LABEL: Record<string, CommitteeRole> = Object.fromEntries(Object.entries(COMMITTEE_ROLE_LABELS).map(([k, v]) => [v, k as CommitteeRole]));

/** The org's sectors and committees by name (committees also by short name). */
export async function memberLookups(db: DbOrTx, orgId: string) {
  const s = await db.select({ id: sectors.id, name: sectors.name }).from(sectors).where(and(eq(sectors.orgId, orgId), isNull(sectors.archivedAt))).orderBy(sectors.sortOrder, sectors.name);
  const c = await db
    .select({ id: committees.id, name: committees.name, shortName: committees.shortName })
    .from(committees)
    .where(and(eq(committees.orgId, orgId), isNull(committees.archivedAt)))
    .orderBy(committees.sortOrder, committees.name);
  const committeeByName = new Map<string, string>();
  for (const x of c) {
    committeeByName.set(x.name, x.id);
    if (x.shortName && !committeeByName.has(x.shortName)) committeeByName.set(x.shortName, x.id);
  }
  return { sectorNames: s.map((x) => x.name), committeeNames: c.map((x) => x.name), sectorByName: new Map(s.map((x) => [x.name, x.id])), committeeByName };
}

/** Checks every row of a member sheet; nothing is written. */
export async function checkMemberRows(
  db: DbOrTx,
  orgId: string,
  term: { id: string; startDate: string },
  headers: string[],
  rows: SheetRow[],
): Promise<CheckedRows<NewMember>> {
  const headerErrors = missingHeaders(headers, ['姓名', '性别']);
  if (headerErrors.length) return { total: rows.length, good: [], errors: headerErrors };
  const { sectorByName, committeeByName } = await memberLookups(db, orgId);

  const ids = rows.map((r) => normalizeIdNumber(r.cells['身份证号'] ?? '')).filter(Boolean);
  const taken = new Set(
    ids.length
      ? (
          await db
            .select({ idNumber: members.idNumber })
            .from(members)
            .where(and(eq(members.orgId, orgId), eq(members.termId, term.id), isNull(members.archivedAt), inArray(members.idNumber, [...new Set(ids)])))
        ).map((x) => x.idNumber)
      : [],
  );
  const firstRowOfId = new Map<string, number>();
  const checked: CheckedRows<NewMember> = { total: rows.length, good: [], errors: [] };

  for (const { row, cells } of rows) {
    const e = new RowErrors(row);
    const get = (h: string) => (cells[h] ?? '').trim();
    const name = get('姓名');
    if (!name) e.add('姓名', '姓名不能为空');
    tooLong(e, '姓名', name, 30);

    const idNumber = normalizeIdNumber(get('身份证号'));
    if (idNumber) {
      if (/e\+?\d+$/i.test(idNumber)) e.add('身份证号', '身份证号被 Excel 转成了科学计数法，请将该列设为文本格式后重新填写');
      else {
        const p = idNumberProblem(idNumber);
        if (p) e.add('身份证号', p);
        else if (firstRowOfId.has(idNumber)) e.add('身份证号', `身份证号与第${firstRowOfId.get(idNumber)}行重复`);
        else if (taken.has(idNumber)) e.add('身份证号', '系统中本届已有相同身份证号的委员');
        if (!firstRowOfId.has(idNumber)) firstRowOfId.set(idNumber, row);
      }
    }
    const idOk = !!idNumber && !idNumberProblem(idNumber);

    let gender = get('性别');
    if (!gender && idOk) gender = genderOfIdNumber(idNumber) ?? '';
    if (!gender) e.add('性别', '性别不能为空');
    else if (!(GENDERS as readonly string[]).includes(gender)) e.add('性别', '性别只能填写“男”或“女”');

    let birthDate: string | null = null;
    const birthText = get('出生日期');
    if (birthText) {
      birthDate = parseDateCell(birthText);
      if (!birthDate) e.add('出生日期', '出生日期格式不正确，应为 1975-03-08');
    }
    if (idOk) {
      const born = birthDateOfIdNumber(idNumber);
      if (birthDate && born && birthDate !== born) e.add('出生日期', `出生日期与身份证号不一致（身份证号为${born}）`);
      if (!birthDate) birthDate = born;
    }

    const sectorName = get('界别');
    const sectorId = sectorName ? sectorByName.get(sectorName) : undefined;
    if (sectorName && !sectorId) e.add('界别', `界别“${sectorName}”不存在`);

    const seats: Array<{ committeeId: string; role: string }> = [];
    for (const part of get('专委会').split(/[、，,；;]/).map((s) => s.trim()).filter(Boolean)) {
      const m = /^(.+?)\s*[（(]\s*(.+?)\s*[）)]$/.exec(part);
      const cname = m ? m[1] : part;
      const role = m ? ROLE_BY_LABEL[m[2]] : 'member';
      const committeeId = committeeByName.get(cname);
      if (!committeeId) e.add('专委会', `专委会“${cname}”不存在`);
      else if (!role) e.add('专委会', `专委会职务“${m?.[2]}”无效，应为主任、副主任或委员`);
      else if (seats.some((s) => s.committeeId === committeeId)) e.add('专委会', `专委会“${cname}”重复`);
      else seats.push({ committeeId, role });
    }

    const standing = get('是否常委');
    if (standing && !['是', '否'].includes(standing)) e.add('是否常委', '是否常委只能填写“是”或“否”');

    let phone = get('手机号码');
    if (phone) {
      phone = normalizePhone(phone);
      const p = phoneProblem(phone);
      if (p) e.add('手机号码', p);
    }
    const email = get('电子邮箱');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) e.add('电子邮箱', '电子邮箱格式不正确');
    const limits: Array<[string, number]> = [['民族', 20], ['政治面貌', 30], ['工作单位', 100], ['职务', 100], ['学历', 30], ['电子邮箱', 100], ['通讯地址', 200], ['备注', 2000]];
    for (const [h, max] of limits) tooLong(e, h, get(h), max);

    if (!e.ok) {
      checked.errors.push(...e.list);
      continue;
    }
    checked.good.push({
      row,
      value: {
        values: {
          termId: term.id,
          name,
          gender,
          ethnicity: get('民族') || '汉族',
          birthDate,
          politicalAffiliation: get('政治面貌'),
          sectorId: sectorId ?? null,
          isStandingMember: standing === '是',
          employer: get('工作单位'),
          post: get('职务'),
          phone,
          idNumber,
          email,
          address: get('通讯地址'),
          education: get('学历'),
          notes: get('备注'),
          joinedOn: term.startDate,
        },
        committees: seats,
        joining: { kind: 'initial', effectiveOn: term.startDate },
      },
    });
  }
  return checked;
}
