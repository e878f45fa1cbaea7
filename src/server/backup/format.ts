/**
 * The backup file: gzip of JSON lines, the same for PGlite and PostgreSQL (decision 0002).
 *
 *   {"format":"lvzhi-backup","version":1,...}          header
 *   {"table":"orgs","columns":[{"name","type"},…]}      a table starts
 *   ["uuid-text","1","2026-…",null,…]                    one row: every value in PostgreSQL text form
 *   {"end":"orgs","rows":12}                            the table ends
 *   {"file":"ab/cd…","size":123,"data":"<base64>"}      a file of DATA_DIR/files (local storage)
 *   {"done":true,"tables":{"orgs":12,…},"files":3}      last line: a file without it is truncated
 *
 * Values travel as text (`col::text`) and come back through a cast to the column type, which is
 * how PostgreSQL's own COPY keeps every type exact (timestamps to the microsecond, bytea, arrays,
 * jsonb, tsvector, bigint beyond 2^53).
 */
export const BACKUP_FORMAT = 'lvzhi-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: { kind: 'pglite' | 'postgres'; storage: string };
  migrations: { count: number; last: number };
  /** Table names in the order they follow (referenced tables first). */
  tables: string[];
}

export interface TableStart {
  table: string;
  columns: Array<{ name: string; type: string }>;
}

export interface TableEnd {
  end: string;
  rows: number;
}

export interface FileEntry {
  file: string;
  size: number;
  data: string;
}

export interface BackupDone {
  done: true;
  tables: Record<string, number>;
  files: number;
}

export interface BackupSummary {
  file: string;
  tables: Record<string, number>;
  files: number;
  bytes: number;
  ms: number;
}
