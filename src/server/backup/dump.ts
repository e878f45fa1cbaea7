import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database, type Tx } from '../db/client';
import { ident, loadOrder, readForeignKeys, readMigrationState, readTables, STABLE_TEXT_SETTINGS } from './catalog';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDone, type BackupHeader, type BackupSummary } from './format';

export interface BackupOptions {
  /** DATA_DIR/files when storage is local: its files are added after the tables. */
  filesDir?: string;
  storage?: string;
}

/** Writes lines to a gzip file with back-pressure. */
class LineWriter {
  private readonly gz = createGzip({ level: 6 });
  private readonly out;
  constructor(file: string) {
    this.out = createWriteStream(file);
    this.gz.pipe(this.out);
  }
  async line(text: string): Promise<void> {
    if (!this.gz.write(text + '\n')) await once(this.gz, 'drain');
  }
  async json(value: unknown): Promise<void> {
    await this.line(JSON.stringify(value));
  }
  async close(): Promise<void> {
    this.gz.end();
    await finished(this.out);
  }
}

/** Every regular file under `dir`, as paths relative to it with '/' separators. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/**
 * A logical backup of every application table, read in one repeatable-read transaction (one
 * consistent snapshot while the app keeps running on PostgreSQL), then the local files folder.
 * Written to `file + '.partial'` and renamed at the end, so a file with the final name is complete.
 */
export async function backupDatabase(database: Database, file: string, opts: BackupOptions = {}): Promise<BackupSummary> {
  const started = Date.now();
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  const w = new LineWriter(partial);
  const counts: Record<string, number> = {};
  let files = 0;
  try {
    await database.db.transaction(
      async (tx: Tx) => {
        for (const s of STABLE_TEXT_SETTINGS) await tx.execute(sql.raw(s));
        const all = await readTables(tx);
        // Written in foreign-key order, so a restore can insert as it reads.
        const { order } = loadOrder(all.map((t) => t.name), await readForeignKeys(tx));
        const tables = order.map((name) => all.find((t) => t.name === name)!);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          source: { kind: database.kind, storage: opts.storage ?? 'unknown' },
          migrations: await readMigrationState(tx),
          tables: order,
        };
        await w.json(header);
        for (const [i, t] of tables.entries()) {
          await w.json({ table: t.name, columns: t.columns.map((c) => ({ name: c.name, type: c.type })) });
          // An array constructor, not json_build_array: no 100-argument limit on wide tables.
          const values = t.columns.map((c) => `${ident(c.name)}::text`).join(', ');
          const cursor = `lvzhi_backup_${i}`;
          await tx.execute(sql.raw(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT to_json(ARRAY[${values}]::text[])::text AS j FROM ${ident(t.name)}`));
          const batch = t.hasBinary ? 20 : 2000;
          let n = 0;
          for (;;) {
            const rows = rowsOf<{ j: string }>(await tx.execute(sql.raw(`FETCH ${batch} FROM ${cursor}`)));
            for (const r of rows) await w.line(r.j);
            n += rows.length;
            if (rows.length < batch) break;
          }
          await tx.execute(sql.raw(`CLOSE ${cursor}`));
          counts[t.name] = n;
          await w.json({ end: t.name, rows: n });
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    // Files are never changed in place (keys are unique per upload): reading them after the
    // snapshot can only add a file no row points to yet, never lose one a row points to.
    if (opts.filesDir && existsSync(opts.filesDir)) {
      for (const rel of await listFiles(opts.filesDir)) {
        const data = await readFile(path.join(opts.filesDir, rel));
        await w.json({ file: rel, size: data.length, data: data.toString('base64') });
        files++;
      }
    }
    const done: BackupDone = { done: true, tables: counts, files };
    await w.json(done);
    await w.close();
  } catch (e) {
    await w.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw e;
  }
  await rename(partial, file);
  return { file, tables: counts, files, bytes: (await stat(file)).size, ms: Date.now() - started };
}
