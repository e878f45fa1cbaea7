import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTemplate, buildWorkbook, cellText, parseDateCell, readSheet } from '../../src/server/export/xlsx';

describe('xlsx helpers', () => {
  it.each([
    ['1975-03-08', '1975-03-08'],
    ['1975/3/8', '1975-03-08'],
    ['1975.03.08', '1975-03-08'],
    ['19750308', '1975-03-08'],
    ['1975年3月8日', '1975-03-08'],
    ['1975-02-30', null],
    ['三月', null],
  ])('parses date %s', (text, out) => expect(parseDateCell(text)).toBe(out));

  it('reads rich text, formulas and dates as text', () => {
    expect(cellText({ richText: [{ text: '林' }, { text: '晓峰' }] })).toBe('林晓峰');
    expect(cellText({ formula: 'A1', result: 42 } as ExcelJS.CellValue)).toBe('42');
    expect(cellText(new Date(Date.UTC(1980, 0, 2)))).toBe('1980-01-02');
    expect(cellText(null)).toBe('');
  });

  it('round-trips an export through readSheet', async () => {
    const buf = await buildWorkbook('名单', [{ header: '姓名', value: (r: { n: string }) => r.n }, { header: '身份证号', value: () => '110101198001011232', text: true }], [{ n: '甲' }, { n: '乙' }]);
    const sheet = await readSheet(buf);
    expect(sheet.headers).toEqual(['姓名', '身份证号']);
    expect(sheet.rows.map((r) => [r.row, r.cells['姓名'], r.cells['身份证号']])).toEqual([
      [2, '甲', '110101198001011232'],
      [3, '乙', '110101198001011232'],
    ]);
  });

  it('builds a template with an instructions sheet and drop-down lists', async () => {
    const buf = await buildTemplate('名单', [{ header: '姓名', required: true }, { header: '性别', options: ['男', '女'] }], ['说明一']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['名单', '选项', '填写说明']);
    const ws = wb.getWorksheet('名单')!;
    expect(ws.getCell('B2').dataValidation?.type).toBe('list');
    expect(ws.getCell('B2').dataValidation?.formulae?.[0]).toContain("'选项'!");
    expect((await readSheet(buf)).headers).toEqual(['姓名', '性别']);
  });
});
