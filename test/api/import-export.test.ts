import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/core/idNumber';
import { auditEvents, members, membershipChanges, units } from '../../src/server/db/schema';
import { createTestApp, type TestApp } from '../helpers/app';
import { readXlsx, sheetOf, upload } from '../helpers/multipart';

let t: TestApp;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const idFor = (ymd: string, seq: string) => {
  const f = `320106${ymd}${seq}`;
  return f + idNumberCheckChar(f);
};
const HEADERS = ['姓名', '性别', '民族', '出生日期', '政治面貌', '界别', '专委会', '是否常委', '工作单位', '职务', '手机号码', '身份证号'];
const memberCount = async () => (await t.database.db.select({ n: count() }).from(members).where(eq(members.orgId, t.ids.orgs.A)))[0].n;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('import templates', () => {
  it('member template: Chinese headers, instructions, drop-downs with the org sectors', async () => {
    const res = await (await t.as('staff')).get('/api/members/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('委员导入模板.xlsx'));
    const { sheets, rows, workbook } = await readXlsx(res.rawPayload);
    expect(sheets).toEqual(['委员名单', '选项', '填写说明']);
    expect(rows[0]).toEqual(expect.arrayContaining(HEADERS));
    const ws = workbook.getWorksheet('委员名单')!;
    const sectorCol = rows[0].indexOf('界别') + 1;
    expect(ws.getCell(2, sectorCol).dataValidation?.type).toBe('list');
    const options = workbook.getWorksheet('选项')!;
    const values: string[] = [];
    options.eachRow((r) => (r.values as unknown[]).forEach((v) => typeof v === 'string' && values.push(v)));
    expect(values).toContain('经济界');
  });

  it('unit template', async () => {
    const res = await (await t.as('admin')).get('/api/units/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    const { sheets, rows } = await readXlsx(res.rawPayload);
    expect(sheets).toContain('填写说明');
    expect(rows[0].slice(0, 3)).toEqual(['单位名称', '简称', '类别']);
  });

  it.each(['/api/members/import-template.xlsx', '/api/units/import-template.xlsx'])('%s: 401 / 403', async (url) => {
    expect((await t.anon.get(url)).statusCode).toBe(401);
    expect((await (await t.as('leader')).get(url)).statusCode).toBe(403);
    expect((await (await t.as('unitadmin')).get(url)).statusCode).toBe(403);
  });
});

describe('member import', () => {
  const good1 = ['张建国', '男', '汉族', '1975-11-08', '中共党员', '经济界', '提案委员会（副主任）', '是', '甲市建设集团', '董事长', '13811112222', idFor('19751108', '003')];
  const good2 = ['李秀英', '', '回族', '', '无党派人士', '', '', '否', '甲市图书馆', '馆长', '', idFor('19800202', '004')];
  let file: Buffer;
  let dbDupId: string;

  beforeAll(async () => {
    dbDupId = idFor('19660101', '015');
    const created = await (await t.as('staff')).post('/api/members', { name: '已在库', gender: '男', idNumber: dbDupId });
    expect(created.statusCode).toBe(201);
    file = await sheetOf('委员名单', HEADERS, [
      good1,
      good2,
      ['王五', '男', '', '', '', '不存在界', '', '', '', '', '', ''], // row 4: unknown sector
      ['赵六', '男', '', '', '', '', '不存在委、提案委', '', '', '', '', '110101198001011234'], // row 5: unknown committee + bad ID
      ['', '女', '', '', '', '', '', '', '', '', '', ''], // row 6: missing name
      ['孙七', '男', '', '', '', '', '', '', '', '', '', idFor('19751108', '003')], // row 7: duplicate of row 2
      ['周八', '男', '', '', '', '', '', '', '', '', '', dbDupId], // row 8: already in the database
      ['吴九', '男', '', '1990-01-01', '', '', '', '也许', '', '', '12345', idFor('19800303', '005')], // row 9: bad standing, phone, birth date
    ]);
  });

  it('validate: reports every bad cell with row, column and a Chinese message; writes nothing', async () => {
    const before = await memberCount();
    const res = await upload(await t.as('staff'), '/api/members/import', file, { mode: 'validate' });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ total: 8, valid: 2, imported: 0, mode: 'validate' });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { row: 4, column: '界别', message: '界别“不存在界”不存在' },
        { row: 5, column: '专委会', message: '专委会“不存在委”不存在' },
        { row: 5, column: '身份证号', message: '身份证号校验位不正确' },
        { row: 6, column: '姓名', message: '姓名不能为空' },
        { row: 7, column: '身份证号', message: '身份证号与第2行重复' },
        { row: 8, column: '身份证号', message: '系统中本届已有相同身份证号的委员' },
        { row: 9, column: '是否常委', message: '是否常委只能填写“是”或“否”' },
        { row: 9, column: '出生日期', message: '出生日期与身份证号不一致（身份证号为1980-03-03）' },
      ]),
    );
    expect(report.errors.find((e: { row: number; column: string }) => e.row === 9 && e.column === '手机号码')).toBeTruthy();
    // 提案委 (short name) resolves: row 5 has no error for it
    expect(report.errors.filter((e: { row: number; column: string }) => e.row === 5 && e.column === '专委会')).toHaveLength(1);
    expect(await memberCount()).toBe(before);
  });

  it('importAll with a bad row writes nothing and answers IMPORT_INVALID with the report', async () => {
    const before = await memberCount();
    const res = await upload(await t.as('staff'), '/api/members/import', file, { mode: 'importAll' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'IMPORT_INVALID', details: { total: 8, valid: 2 } });
    expect(res.json().details.errors.length).toBeGreaterThan(5);
    expect(await memberCount()).toBe(before);
  });

  it('importValid writes the valid rows in one go: members, committees, initial history, one audit row', async () => {
    const before = await memberCount();
    const res = await upload(await t.as('staff'), '/api/members/import?mode=importValid', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 8, valid: 2, imported: 2, mode: 'importValid' });
    expect(await memberCount()).toBe(before + 2);
    const staff = await t.as('staff');
    const zhang = (await staff.get(`/api/members?q=${encodeURIComponent('建国')}`)).json().items[0];
    expect(zhang).toMatchObject({ name: '张建国', sectorName: '经济界', isStandingMember: true, birthDate: '1975-11-08', phone: '13811112222', politicalAffiliation: '中共党员' });
    expect(zhang.committees).toEqual([{ committeeId: t.ids.committeeA, name: '提案委员会', role: 'viceChair' }]);
    const li = (await staff.get(`/api/members/${(await staff.get(`/api/members?q=${encodeURIComponent('图书馆')}`)).json().items[0].id}`)).json();
    expect(li).toMatchObject({ name: '李秀英', gender: '女', birthDate: '1980-02-02', ethnicity: '回族' });
    expect(li.history).toEqual([expect.objectContaining({ kind: 'initial', effectiveOn: '2022-01-10' })]);
    const rows = await t.database.db.select().from(membershipChanges).where(and(eq(membershipChanges.memberId, li.id)));
    expect(rows).toHaveLength(1);
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'member.import'));
    expect(audits).toHaveLength(1);
    expect(audits[0].changes).toMatchObject({ count: 2, total: 8 });
  });

  it('importAll of a clean file writes every row', async () => {
    const clean = await sheetOf('委员名单', HEADERS, [
      ['钱一', '男', '', '', '', '经济界', '', '', '甲市银行', '行长', '', idFor('19700707', '007')],
      ['钱二', '女', '', '', '', '', '', '', '', '', '', ''],
    ]);
    const before = await memberCount();
    const res = await upload(await t.as('admin'), '/api/members/import', clean, { mode: 'importAll' });
    expect(res.json()).toMatchObject({ total: 2, valid: 2, imported: 2, errors: [] });
    expect(await memberCount()).toBe(before + 2);
  });

  it('refuses a file without the required columns and a non-xlsx upload', async () => {
    const noName = await sheetOf('委员名单', ['性别'], [['男']]);
    const res = await upload(await t.as('staff'), '/api/members/import', noName, { mode: 'validate' });
    expect(res.json().errors).toEqual([{ row: 1, column: '姓名', message: '缺少“姓名”列，请使用导入模板' }]);
    const txt = await upload(await t.as('staff'), '/api/members/import', Buffer.from('hello'), { mode: 'validate' }, 'a.txt');
    expect(txt.json().code).toBe('UNSUPPORTED_FILE');
    const broken = await upload(await t.as('staff'), '/api/members/import', Buffer.from('not a zip'), { mode: 'validate' }, 'a.xlsx');
    expect(broken.json().code).toBe('UNSUPPORTED_FILE');
    const badMode = await upload(await t.as('staff'), '/api/members/import', noName, { mode: 'everything' });
    expect(badMode.statusCode).toBe(400);
  });

  it('401 / 403 on import; another org never sees the rows (checks run against its own roster)', async () => {
    expect((await upload(t.anon, '/api/members/import', file, { mode: 'validate' })).statusCode).toBe(401);
    expect((await upload(await t.as('leader'), '/api/members/import', file, { mode: 'validate' })).statusCode).toBe(403);
    expect((await upload(await t.as('unitadmin'), '/api/units/import', file, { mode: 'validate' })).statusCode).toBe(403);
    const b = await upload(await t.as('b_staff'), '/api/members/import', file, { mode: 'validate' });
    // org B has no 提案委员会: its own lookups are used, and org A's members are not duplicates there
    expect(b.json().errors.some((e: { row: number }) => e.row === 8)).toBe(false);
    expect(b.json().errors).toEqual(expect.arrayContaining([{ row: 2, column: '专委会', message: '专委会“提案委员会”不存在' }]));
  });
});

describe('unit import', () => {
  const H = ['单位名称', '简称', '类别', '联系人', '联系电话', '地址', '排序'];
  it('validates, then imports the valid rows with one audit row; search works on imported units', async () => {
    const file = await sheetOf('承办单位', H, [
      ['甲市卫生健康委员会', '卫健委', '政府部门', '刘洋', '0571-88886666', '', '3'],
      ['甲市教育局', '', '', '', '', '', ''], // exists
      ['甲市总工会', '', '群团', '', '', '', ''], // bad category
      ['甲市卫生健康委员会', '', '', '', '', '', ''], // duplicate in file
      ['甲市妇联', '', '人民团体', '', '123', '', 'x'], // bad phone + sort
    ]);
    const staff = await t.as('staff');
    const report = (await upload(staff, '/api/units/import', file, { mode: 'validate' })).json();
    expect(report).toMatchObject({ total: 5, valid: 1, imported: 0 });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { row: 3, column: '单位名称', message: '系统中已有同名承办单位' },
        expect.objectContaining({ row: 4, column: '类别' }),
        { row: 5, column: '单位名称', message: '单位名称与第2行重复' },
        expect.objectContaining({ row: 6, column: '联系电话' }),
        { row: 6, column: '排序', message: '排序应为0～9999的整数' },
      ]),
    );
    expect((await upload(staff, '/api/units/import', file, { mode: 'importAll' })).json().code).toBe('IMPORT_INVALID');
    const done = (await upload(staff, '/api/units/import', file, { mode: 'importValid' })).json();
    expect(done.imported).toBe(1);
    const [u] = await t.database.db.select().from(units).where(eq(units.name, '甲市卫生健康委员会'));
    expect(u).toMatchObject({ shortName: '卫健委', category: 'government', contactPhone: '0571-88886666', sortOrder: 3, orgId: t.ids.orgs.A });
    const found = (await staff.get(`/api/units?q=${encodeURIComponent('健康')}`)).json();
    expect(found.items.map((x: { name: string }) => x.name)).toEqual(['甲市卫生健康委员会']);
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'unit.import'));
    expect(audits).toHaveLength(1);
  });
});

describe('exports', () => {
  it('roster export: same filters as the list, Chinese headers, full values for staff', async () => {
    const res = await (await t.as('staff')).get(`/api/members/export.xlsx?sectorId=${t.ids.sectorA}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const { rows } = await readXlsx(res.rawPayload);
    expect(rows[0].slice(0, 6)).toEqual(['姓名', '性别', '民族', '出生日期', '政治面貌', '界别']);
    const names = rows.slice(1).map((r) => r[0]);
    expect(names).toEqual(expect.arrayContaining(['林晓峰', '张建国', '钱一']));
    expect(names).not.toContain('李秀英');
    const lin = rows.find((r) => r[0] === '林晓峰')!;
    expect(lin[rows[0].indexOf('手机号码')]).toBe('13800001111');
    const zhang = rows.find((r) => r[0] === '张建国')!;
    expect(zhang[rows[0].indexOf('专委会')]).toBe('提案委员会（副主任）');
  });

  it('roster export is scoped to the caller org', async () => {
    const res = await (await t.as('b_admin')).get('/api/members/export.xlsx');
    const { rows } = await readXlsx(res.rawPayload);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['周雨桐']);
  });

  it.each([
    ['sectors', '界别名称', '经济界'],
    ['committees', '专委会名称', '提案委员会'],
    ['units', '单位名称', '甲市教育局'],
    ['terms', '届次', '6'],
  ])('reference resource %s exports with Chinese headers', async (path, header, value) => {
    const res = await (await t.as('staff')).get(`/api/${path}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    const { rows } = await readXlsx(res.rawPayload);
    expect(rows[0][0]).toBe(header);
    expect(rows.slice(1).map((r) => r[0])).toContain(value);
  });

  it('reference export: filters, 401, own org only', async () => {
    expect((await t.anon.get('/api/sectors/export.xlsx')).statusCode).toBe(401);
    // the unit imported above (search vector written by the import)
    const b = await (await t.as('b_staff')).get(`/api/units/export.xlsx?q=${encodeURIComponent('健康')}`);
    expect((await readXlsx(b.rawPayload)).rows).toHaveLength(1);
    const a = await (await t.as('staff')).get(`/api/units/export.xlsx?q=${encodeURIComponent('健康')}&category=government`);
    const rows = (await readXlsx(a.rawPayload)).rows;
    expect(rows.slice(1).map((r) => r[0])).toEqual(['甲市卫生健康委员会']);
    expect(rows[1][2]).toBe('政府部门');
    expect(rows[1][4]).toBe('0571-88886666');
  });
});
