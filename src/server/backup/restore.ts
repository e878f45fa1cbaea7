import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database, type Tx } from '../db/client';
import { fileBlobs } from '../db/schema';
import { LocalFolderStorage } from '../storage/storage';
import { ident, literal, readForeignKeys, readMigrationState, readTables, STABLE_TEXT_SETTINGS, type ForeignKey, type TableInfo } from './catalog';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDone, type BackupHeader, type FileEntry, type TableEnd, type TableStart } from './format';

export interface RestoreOptions {
  /** Where the app keeps local files (DATA_DIR/files). */
  filesDir?: string;
  /** The target's storage: 'database' puts backed-up local files into file_blobs; 'local' writes file_blobs out to filesDir. */
  storage?: 'local' | 'database';
}

export interface RestoreSummary {
  tables: Record<string, number>;
  files: number;
  ms: number;
}

/** Rows per INSERT, and a byte cap so a batch of large blobs stays small. */
const BATCH_ROWS = 500;
const BATCH_BYTES = 8 * 1024 * 1024;

export class BackupFormatError extends Error {}

async function* readLines(file: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) if (line) yield line;
}

function parseObject(line: string, where: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(line);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new BackupFormatError(`备份文件格式错误（${where}）`);
}

/** One table being loaded: the INSERT built once for the backup's columns, rows sent in batches. */
class TableLoader {
  private batch: string[] = [];
  private bytes = 0;
  rows = 0;
  private readonly head: string;
  private readonly select: string;

  constructor(
    private readonly tx: Tx,
    readonly start: TableStart,
    target: TableInfo,
  ) {
    const byName = new Map(target.columns.map((c) => [c.name, c]));
    const cols: string[] = [];
    const exprs: string[] = [];
    start.columns.forEach((c, i) => {
      const t = byName.get(c.name);
      if (!t) throw new BackupFormatError(`备份中的列 ${start.table}.${c.name} 在当前数据库中不存在（版本不匹配）`);
      cols.push(ident(c.name));
      exprs.push(`(r->>${i})::${t.type}`);
    });
    // OVERRIDING SYSTEM VALUE: identity columns (audit_events.id) keep their backed-up values.
    this.head = `INSERT INTO ${ident(start.table)} (${cols.join(', ')}) OVERRIDING SYSTEM VALUE SELECT ${exprs.join(', ')} FROM json_array_elements(`;
    this.select = `::text::json) AS e(r)`;
  }

  async add(line: string): Promise<void> {
    this.batch.push(line);
    this.bytes += line.length;
    this.rows++;
    if (this.batch.length >= BATCH_ROWS || this.bytes >= BATCH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.batch.length) return;
    const json = `[${this.batch.join(',')}]`;
    this.batch = [];
    this.bytes = 0;
    await this.tx.execute(sql`${sql.raw(this.head)}${json}${sql.raw(this.select)}`);
  }
}

/**
 * Restores a backup into this database, replacing its data: in one transaction, every
 * application table is truncated, the rows are inserted in the backup's foreign-key order,
 * identity/serial sequences are moved past the restored ids. Either all of it lands or nothing.
 * The schema must be migrated first (the target's code owns the schema; the backup only data).
 */
export async function restoreDatabase(database: Database, file: string, opts: RestoreOptions = {}): Promise<RestoreSummary> {
  const started = Date.now();
  if (!existsSync(file)) throw new BackupFormatError(`备份文件不存在: ${file}`);
  const lines = readLines(file);
  const first = await lines.next();
  if (first.done) throw new BackupFormatError('备份文件为空');
  const header = parseObject(first.value, 'header') as unknown as BackupHeader;
  if (header.format !== BACKUP_FORMAT) throw new BackupFormatError('不是履职平台的备份文件');
  if (header.version > BACKUP_VERSION) throw new BackupFormatError(`备份格式版本 ${header.version} 高于本程序支持的 ${BACKUP_VERSION}，请先升级程序`);
  const mine = await readMigrationState(database.db);
  if (header.migrations.last > mine.last) throw new BackupFormatError('备份来自更新版本的数据库结构，请先升级程序再恢复');

  const staging = opts.filesDir && opts.storage !== 'database' ? `${opts.filesDir}.restore-${process.pid}` : undefined;
  if (staging) await rm(staging, { recursive: true, force: true });
  let files = 0;
  let done: BackupDone | undefined;
  const counts: Record<string, number> = {};

  try {
    await database.db.transaction(async (tx) => {
      for (const s of STABLE_TEXT_SETTINGS) await tx.execute(sql.raw(s));
      const tables = await readTables(tx);
      const byName = new Map(tables.map((t) => [t.name, t]));
      const fks = await readForeignKeys(tx);
      const deferred = deferredKeys(fks, header.tables ?? []);
      for (const fk of deferred) await tx.execute(sql.raw(`ALTER TABLE ${ident(fk.table)} DROP CONSTRAINT ${ident(fk.name)}`));
      // Rows come back exactly as saved: no user trigger (timestamps, search vectors) rewrites them.
      for (const t of tables) await tx.execute(sql.raw(`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`));
      // TRUNCATE fires no row trigger: the append-only guard on audit_events does not apply.
      if (tables.length) await tx.execute(sql.raw(`TRUNCATE ${tables.map((t) => ident(t.name)).join(', ')} RESTART IDENTITY`));

      let loader: TableLoader | undefined;
      for await (const line of lines) {
        if (done) throw new BackupFormatError('备份文件在结束标记之后还有内容');
        if (line.startsWith('[')) {
          if (!loader) throw new BackupFormatError('数据行不属于任何表');
          await loader.add(line);
          continue;
        }
        const obj = parseObject(line, loader?.start.table ?? 'body');
        if ('table' in obj) {
          const start = obj as unknown as TableStart;
          const target = byName.get(start.table);
          if (!target) throw new BackupFormatError(`备份中的表 ${start.table} 在当前数据库中不存在（版本不匹配）`);
          loader = new TableLoader(tx, start, target);
        } else if ('end' in obj) {
          const end = obj as unknown as TableEnd;
          if (!loader || loader.start.table !== end.end) throw new BackupFormatError('表结束标记不匹配');
          await loader.flush();
          if (loader.rows !== end.rows) throw new BackupFormatError(`表 ${end.end} 行数不符: ${loader.rows} ≠ ${end.rows}`);
          counts[end.end] = loader.rows;
          loader = undefined;
        } else if ('file' in obj) {
          const f = obj as unknown as FileEntry;
          const data = Buffer.from(f.data, 'base64');
          if (data.length !== f.size) throw new BackupFormatError(`文件 ${f.file} 大小不符`);
          if (opts.storage === 'database') {
            await tx.insert(fileBlobs).values({ key: f.file, data }).onConflictDoNothing();
          } else if (staging) {
            const target = path.join(staging, f.file);
            if (!target.startsWith(staging + path.sep)) throw new BackupFormatError(`文件路径非法: ${f.file}`);
            await mkdir(path.dirname(target), { recursive: true });
            await writeFile(target, data);
          }
          files++;
        } else if ('done' in obj) {
          done = obj as unknown as BackupDone;
        } else {
          throw new BackupFormatError('无法识别的备份行');
        }
      }
      if (!done) throw new BackupFormatError('备份文件不完整（缺少结束标记），未做任何更改');
      if (loader) throw new BackupFormatError(`表 ${loader.start.table} 不完整`);

      for (const t of tables) {
        for (const c of t.columns) {
          if (!c.sequence) continue;
          await tx.execute(
            sql.raw(`SELECT setval(${literal(c.sequence)}, COALESCE((SELECT max(${ident(c.name)}) FROM ${ident(t.name)}), 0) + 1, false)`),
          );
        }
      }
      // Re-created constraints are checked again over the loaded rows.
      for (const fk of deferred) await tx.execute(sql.raw(`ALTER TABLE ${ident(fk.table)} ADD CONSTRAINT ${ident(fk.name)} ${fk.definition}`));
      for (const t of tables) await tx.execute(sql.raw(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`));
    });
  } catch (e) {
    if (staging) await rm(staging, { recursive: true, force: true });
    throw e;
  }

  if (opts.filesDir && staging) {
    await swapFolder(staging, opts.filesDir);
    // Bodies kept in the database by the source (storage=database) become local files here.
    if (opts.storage === 'local') await writeBlobsToFolder(database, opts.filesDir);
  }
  return { tables: counts, files, ms: Date.now() - started };
}

/** Constraints that the backup's table order cannot satisfy: self-references and forward references. */
function deferredKeys(fks: ForeignKey[], order: string[]): ForeignKey[] {
  const pos = new Map(order.map((t, i) => [t, i]));
  return fks.filter((fk) => {
    if (fk.table === fk.refTable) return true;
    const a = pos.get(fk.table);
    const b = pos.get(fk.refTable);
    return a === undefined || b === undefined || b > a;
  });
}

async function swapFolder(staging: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  await mkdir(staging, { recursive: true });
  await mkdir(path.dirname(target), { recursive: true });
  if (existsSync(target)) await rename(target, old);
  await rename(staging, target);
  await rm(old, { recursive: true, force: true });
}

async function writeBlobsToFolder(database: Database, filesDir: string): Promise<void> {
  const local = new LocalFolderStorage(filesDir);
  const keys = rowsOf<{ key: string }>(await database.db.execute(sql`SELECT key FROM file_blobs ORDER BY key`));
  for (const { key } of keys) {
    if (existsSync(path.join(filesDir, key))) continue;
    const [row] = rowsOf<{ data: unknown }>(await database.db.execute(sql`SELECT encode(data, 'base64') AS data FROM file_blobs WHERE key = ${key}`));
    try {
      await local.put(key, Buffer.from(String(row.data).replace(/\s/g, ''), 'base64'));
    } catch {
      // a key the folder cannot hold stays in file_blobs only
    }
  }
}
