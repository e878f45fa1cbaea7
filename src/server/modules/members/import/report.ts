import { z } from 'zod';
import { AppError } from '../../../../core/errors';

export const IMPORT_MODES = ['validate', 'importValid', 'importAll'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const importQuery = z.strictObject({ mode: z.enum(IMPORT_MODES).optional(), termId: z.uuid().optional() });

/** One problem in an uploaded sheet: Excel row number, Chinese column header, Chinese message. */
export interface ImportError {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  total: number;
  valid: number;
  errors: ImportError[];
  /** Rows written (0 for `validate`). */
  imported: number;
  mode: ImportMode;
}

export const MAX_IMPORT_ROWS = 5000;

/** The mode from the form field (sent before the file) or the query string; default `validate`. */
export function modeOf(field: string | undefined, query: ImportMode | undefined): ImportMode {
  const v = field ?? query ?? 'validate';
  if (!(IMPORT_MODES as readonly string[]).includes(v)) throw new AppError('VALIDATION_FAILED', 'mode 只能是 validate、importValid 或 importAll');
  return v as ImportMode;
}

/** Rows checked one by one: the good ones carry their parsed value. */
export interface CheckedRows<T> {
  total: number;
  good: Array<{ row: number; value: T }>;
  errors: ImportError[];
}

/**
 * Applies the mode: validate writes nothing; importAll writes nothing when any row is bad
 * (IMPORT_INVALID with the report as details); importValid writes the good rows only.
 */
export async function applyImport<T>(mode: ImportMode, checked: CheckedRows<T>, write: (rows: T[]) => Promise<number>): Promise<ImportReport> {
  const errors = [...checked.errors].sort((a, b) => a.row - b.row);
  const badRows = new Set(errors.map((e) => e.row));
  const good = checked.good.filter((g) => !badRows.has(g.row));
  const report: ImportReport = { total: checked.total, valid: good.length, errors, imported: 0, mode };
  if (mode === 'validate') return report;
  if (mode === 'importAll' && errors.length) throw new AppError('IMPORT_INVALID', undefined, report);
  if (good.length) report.imported = await write(good.map((g) => g.value));
  return report;
}

/** Helper collecting the errors of one row. */
export class RowErrors {
  readonly list: ImportError[] = [];
  constructor(readonly row: number) {}
  add(column: string, message: string): void {
    this.list.push({ row: this.row, column, message });
  }
  get ok(): boolean {
    return this.list.length === 0;
  }
}

/** Errors for columns missing from the header row. */
export function missingHeaders(headers: string[], required: string[]): ImportError[] {
  return required.filter((h) => !headers.includes(h)).map((h) => ({ row: 1, column: h, message: `缺少“${h}”列，请使用导入模板` }));
}

export function tooLong(e: RowErrors, column: string, value: string, max: number): void {
  if (value.length > max) e.add(column, `${column}不能超过${max}个字`);
}
