import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../core/errors';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One column of an exported sheet: Chinese header and how to read the value from a row. */
export interface XlsxColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | Date | null | undefined;
  width?: number;
  /** Store as text (ID numbers, phones) so Excel keeps leading zeros and all digits. */
  text?: boolean;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center' };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = { bottom: { style: 'thin' } };
  });
}

/** Adds a sheet with a bold header row, frozen below the header. */
export function addSheet<T>(wb: ExcelJS.Workbook, name: string, columns: XlsxColumn<T>[], rows: T[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length * 2 + 4), style: c.text ? { numFmt: '@' } : {} }));
  styleHeader(ws.getRow(1));
  for (const r of rows) {
    ws.addRow(
      columns.map((c) => {
        const v = c.value(r);
        if (v === null || v === undefined) return null;
        if (c.text) return String(v);
        if (typeof v === 'boolean') return v ? '是' : '否';
        return v;
      }),
    );
  }
  return ws;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '履职平台';
  wb.created = new Date();
  return wb;
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A one-sheet workbook of `rows`. */
export async function buildWorkbook<T>(sheetName: string, columns: XlsxColumn<T>[], rows: T[]): Promise<Buffer> {
  const wb = newWorkbook();
  addSheet(wb, sheetName, columns, rows);
  return toBuffer(wb);
}

/** Sends an xlsx download with a UTF-8 (Chinese) file name. */
export function sendXlsx(reply: FastifyReply, buf: Buffer, filename: string): FastifyReply {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(buf);
}

/** Today's date in China as YYYYMMDD, for file names. */
export function stamp(d = new Date()): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
}

// ---------- templates ----------

export interface TemplateColumn {
  header: string;
  required?: boolean;
  width?: number;
  text?: boolean;
  /** Cell comment / instruction line. */
  note?: string;
  /** Drop-down values: a literal list, or a range on the hidden options sheet (set by buildTemplate). */
  options?: readonly string[];
}

const TEMPLATE_ROWS = 1000;

/**
 * An import template: the data sheet (headers; required ones marked with *, in red), an instructions
 * sheet, and drop-down lists backed by a hidden options sheet.
 */
export async function buildTemplate(dataSheet: string, columns: TemplateColumn[], instructions: string[]): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(dataSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length * 2 + 6), style: c.text ? { numFmt: '@' } : {} }));
  styleHeader(ws.getRow(1));
  columns.forEach((c, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    if (c.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    if (c.note) cell.note = c.note;
  });

  const opts = wb.addWorksheet('选项');
  opts.state = 'veryHidden';
  let optCol = 0;
  columns.forEach((c, i) => {
    if (!c.options?.length) return;
    optCol++;
    const letter = opts.getColumn(optCol).letter;
    opts.getCell(1, optCol).value = c.header;
    c.options.forEach((v, j) => (opts.getCell(j + 2, optCol).value = v));
    const formula = `'选项'!$${letter}$2:$${letter}$${c.options.length + 1}`;
    const target = ws.getColumn(i + 1).letter;
    addListValidation(ws, `${target}2:${target}${TEMPLATE_ROWS + 1}`, formula, c.header);
  });

  const help = wb.addWorksheet('填写说明');
  help.getColumn(1).width = 100;
  help.addRow(['填写说明']).font = { bold: true, size: 14 };
  for (const line of instructions) help.addRow([line]);
  help.addRow([]);
  help.addRow(['各列说明']).font = { bold: true };
  for (const c of columns) help.addRow([`${c.header}${c.required ? '（必填）' : ''}：${c.note ?? ''}`]);
  return toBuffer(wb);
}

/** A list validation over a range (exceljs keeps range validations on the sheet model). */
function addListValidation(ws: ExcelJS.Worksheet, range: string, formula: string, header: string): void {
  const validation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: false,
    promptTitle: header,
  };
  const dv = (ws as unknown as { dataValidations?: { add: (range: string, v: ExcelJS.DataValidation) => void } }).dataValidations;
  if (dv && typeof dv.add === 'function') dv.add(range, validation);
  else {
    const [from, to] = range.split(':');
    const col = from.replace(/\d+/g, '');
    const start = Number(from.replace(/\D+/g, ''));
    const end = Number(to.replace(/\D+/g, ''));
    for (let r = start; r <= end; r++) ws.getCell(`${col}${r}`).dataValidation = validation;
  }
}

// ---------- reading ----------

export interface SheetRow {
  /** Excel row number (1 = header). */
  row: number;
  cells: Record<string, string>;
}

/** Plain text of a cell value (rich text, hyperlinks, formulas, dates as YYYY-MM-DD). */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((p) => p.text).join('').trim();
    if ('result' in o) return cellText(o.result as ExcelJS.CellValue);
    if (typeof o.text === 'string') return o.text.trim();
    if ('error' in o) return '';
  }
  return String(v).trim();
}

/**
 * Reads the first visible sheet (or `preferred`): the header row → column names (a trailing * or
 * （必填） is dropped), then every non-blank row as header → text.
 */
export async function readSheet(buf: Buffer, preferred?: string): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new AppError('UNSUPPORTED_FILE', '无法读取文件，请上传 .xlsx 格式的 Excel 文件');
  }
  const ws = (preferred ? wb.getWorksheet(preferred) : undefined) ?? wb.worksheets.find((w) => w.state === 'visible') ?? wb.worksheets[0];
  if (!ws) throw new AppError('UNSUPPORTED_FILE', 'Excel 文件中没有工作表');
  const headerRow = ws.getRow(1);
  const headers: string[] = [];
  headerRow.eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value).replace(/[*＊]|（必填）|\(必填\)/g, '').trim();
  });
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    let any = false;
    headers.forEach((h, i) => {
      if (!h) return;
      const text = cellText(row.getCell(i + 1).value);
      cells[h] = text;
      if (text) any = true;
    });
    if (any) rows.push({ row: rowNumber, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}

/** Reads the uploaded file of a multipart request; `mode` comes from a form field or the query string. */
export async function readUpload(
  req: { file: () => Promise<{ filename: string; fields: Record<string, unknown>; toBuffer: () => Promise<Buffer> } | undefined>; isMultipart: () => boolean },
): Promise<{ buffer: Buffer; filename: string; fields: Record<string, string> }> {
  if (!req.isMultipart()) throw new AppError('BAD_REQUEST', '请以 multipart/form-data 上传文件');
  const data = await req.file();
  if (!data) throw new AppError('BAD_REQUEST', '请选择要导入的 Excel 文件');
  if (!/\.xlsx$/i.test(data.filename)) throw new AppError('UNSUPPORTED_FILE', '仅支持 .xlsx 格式的 Excel 文件');
  const buffer = await data.toBuffer();
  const fields: Record<string, string> = {};
  for (const [k, f] of Object.entries(data.fields)) {
    const v = (f as { type?: string; value?: unknown } | undefined) ?? undefined;
    if (v && v.type === 'field' && typeof v.value === 'string') fields[k] = v.value;
  }
  return { buffer, filename: data.filename, fields };
}

/** Parses a date cell: 2020-01-02, 2020/1/2, 2020.1.2, 20200102, 2020年1月2日. */
export function parseDateCell(text: string): string | null {
  const s = text.trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
