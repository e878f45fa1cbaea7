import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import type { Client } from './app';

/** A multipart/form-data body with text fields (sent first) and one file. */
export function multipartBody(fields: Record<string, string>, file: { name: string; filename: string; content: Buffer; type?: string }) {
  const boundary = `----lvzhi${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}\r\n\r\n`),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads `content` as an .xlsx file with the given form fields. */
export function upload(c: Client, url: string, content: Buffer, fields: Record<string, string> = {}, filename = '名单.xlsx'): Promise<LightMyRequestResponse> {
  const body = multipartBody(fields, { name: 'file', filename, content });
  return c.inject({ method: 'POST', url, headers: { 'content-type': body.contentType }, payload: body.payload });
}

/** An xlsx with one sheet: a header row and data rows (every cell as text). */
export async function sheetOf(name: string, headers: string[], rows: Array<Array<string | null>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads a downloaded xlsx: sheet names and the rows of the first sheet as text. */
export async function readXlsx(body: Buffer): Promise<{ sheets: string[]; rows: string[][]; workbook: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws.eachRow((row) => {
    const vals = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    rows.push(vals);
  });
  return { sheets: wb.worksheets.map((w) => w.name), rows, workbook: wb };
}
