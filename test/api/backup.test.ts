import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSearchText } from '../../src/core/search';
import { backupDatabase, BackupFormatError, restoreDatabase } from '../../src/server/backup';
import { openDatabase, type Database } from '../../src/server/db/client';
import { auditEvents, members, orgs, users } from '../../src/server/db/schema';
import { DatabaseStorage, LocalFolderStorage } from '../../src/server/storage/storage';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let dir: string;
let backupFile: string;
const cleanups: Array<() => Promise<void>> = [];
const BINARY = Buffer.from([0, 1, 2, 255, 254, 0x5c, 0x78, 10, 13, 0]);

/** Every application table's rows, as sorted JSON text (independent of the backup code). */
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const tables = await database.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await database.query<{ j: string }>(`select row_to_json(t)::text as j from "${name}" t`);
    out[name] = rows.map((r) => r.j).sort();
  }
  return out;
}

function isDatabase(x: Database | Record<string, string[]>): x is Database {
  return typeof (x as Database).query === 'function';
}

/**
 * The target holds the source's rows. A target migrated later may have tables the source's
 * schema lacked (a backup restores into a newer schema): those must be empty.
 */
async function expectSameData(target: Database, source: Database | Record<string, string[]>): Promise<void> {
  const expected: Record<string, string[]> = isDatabase(source) ? await snapshot(source) : source;
  const got = await snapshot(target);
  for (const [table, rows] of Object.entries(got)) if (!(table in expected)) expect(rows, table).toEqual([]);
  expect(Object.fromEntries(Object.keys(expected).map((k) => [k, got[k]]))).toEqual(expected);
}

/** An empty, migrated database of the same engine as the tests run on, or PGlite. */
async function freshDatabase(kind: 'pglite' | 'postgres'): Promise<Database> {
  if (kind === 'pglite') {
    const database = await openDatabase({});
    await database.migrate();
    cleanups.push(() => database.close());
    return database;
  }
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  const name = `lvzhi_bk_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
  await database.migrate();
  cleanups.push(async () => {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
  return database;
}

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(path.join(os.tmpdir(), 'lvzhi-backup-'));
  const db = t.database.db;
  // Records of every awkward type: jsonb, arrays, tsvector, bytea, identity ids, Chinese text.
  await (await t.as('staff')).get('/api/auth/me'); // a session row and a login event
  await db.update(orgs).set({ settings: { places: ['机关三楼会议室', "O'Brien \"quoted\""], minutesDueWorkingDays: 5, nested: { a: [1, null, 2.5] } } }).where(eq(orgs.id, t.ids.orgs.A));
  await db.update(users).set({ roles: ['officeStaff', 'auditor'] }).where(eq(users.username, 'staff'));
  for (const [name, employer] of [
    ['欧阳明轩', '甲市人民医院'],
    ['王芳', '甲市师范大学'],
  ]) {
    await db.insert(members).values({
      orgId: t.ids.orgs.A,
      termId: t.ids.termA,
      name,
      gender: '女',
      sectorId: t.ids.sectorA,
      employer,
      birthDate: '1975-02-28',
      notes: '多行\n备注\t"引号"\\反斜杠',
      searchVector: sql`to_tsvector('simple', ${toSearchText(name, employer)})`,
    });
  }
  for (let i = 0; i < 3; i++) {
    await db.insert(auditEvents).values({ orgId: t.ids.orgs.A, actorName: '测试', action: 'member.create', targetType: 'member', changes: { i, at: new Date('2026-03-01T08:00:00.123456Z').toISOString() } });
  }
  await new DatabaseStorage(db).put('blob/one', BINARY);
  await new LocalFolderStorage(path.join(dir, 'src-files')).put('ab/cd/file-1', Buffer.from('本地文件内容'));
  backupFile = path.join(dir, 'backup.jsonl.gz');
  const s = await backupDatabase(t.database, backupFile, { filesDir: path.join(dir, 'src-files'), storage: 'local' });
  expect(s.tables.members).toBe(4);
  expect(s.files).toBe(1);
});

afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores into a fresh embedded database with every row identical', async () => {
    const target = await freshDatabase('pglite');
    const filesDir = path.join(dir, 'restored-files');
    const r = await restoreDatabase(target, backupFile, { filesDir, storage: 'local' });
    expect(r.files).toBe(1);
    await expectSameData(target, t.database);
    expect(await readFile(path.join(filesDir, 'ab/cd/file-1'), 'utf8')).toBe('本地文件内容');
    // file_blobs bodies are written out for the local storage too
    expect(await new LocalFolderStorage(filesDir).get('blob/one')).toEqual(BINARY);
    expect(await new DatabaseStorage(target.db).get('blob/one')).toEqual(BINARY);
    // The identity sequence continues after the restored ids.
    const [{ max }] = await target.query<{ max: string }>('select max(id)::text as max from audit_events');
    const [row] = await target.db.insert(auditEvents).values({ action: 'x', targetType: 'x' }).returning();
    expect(row.id).toBe(Number(max) + 1);
    // Search still works on the restored vectors.
    const hits = await target.query<{ name: string }>(`select name from members where search_vector @@ to_tsquery('simple', $1)`, ["'欧阳' & '阳明'"]);
    expect(hits.map((h) => h.name)).toEqual(['欧阳明轩']);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('restores into a fresh PostgreSQL database, and PGlite → PostgreSQL', async () => {
    const target = await freshDatabase('postgres');
    await restoreDatabase(target, backupFile, { storage: 'database' });
    const expected = await snapshot(t.database);
    // the local file became a file_blobs row: compare the rest, then that row
    const got = await snapshot(target);
    expect(got.file_blobs.length).toBe(expected.file_blobs.length + 1);
    await expectSameData(target, { ...expected, file_blobs: got.file_blobs });
    expect(got.file_blobs).toEqual(expect.arrayContaining(expected.file_blobs));
    expect((await new DatabaseStorage(target.db).get('ab/cd/file-1'))?.toString()).toBe('本地文件内容');

    // the other direction of engines: a PGlite copy backed up and restored on PostgreSQL
    const lite = await freshDatabase('pglite');
    await restoreDatabase(lite, backupFile, {});
    const liteFile = path.join(dir, 'from-pglite.jsonl.gz');
    await backupDatabase(lite, liteFile);
    const target2 = await freshDatabase('postgres');
    await restoreDatabase(target2, liteFile, {});
    await expectSameData(target2, expected);
  });

  it('restores into an existing database, replacing what changed since', async () => {
    const before = await snapshot(t.database);
    const db = t.database.db;
    await db.insert(orgs).values({ name: '新加的政协', shortName: '新', level: 'district' });
    await db.insert(auditEvents).values({ action: 'later', targetType: 'x' });
    await db.update(members).set({ name: '改过的名字' }).where(eq(members.id, t.ids.memberA));
    await restoreDatabase(t.database, backupFile, {});
    await expectSameData(t.database, before);
  });

  it('refuses a truncated backup and leaves the database untouched', async () => {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').trimEnd().split('\n');
    const cut = path.join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, -1).join('\n') + '\n'));
    const target = await freshDatabase('pglite');
    await restoreDatabase(target, backupFile, {});
    const before = await snapshot(target);
    await expect(restoreDatabase(target, cut, {})).rejects.toBeInstanceOf(BackupFormatError);
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses a file that is not a backup', async () => {
    const bogus = path.join(dir, 'bogus.gz');
    writeFileSync(bogus, gzipSync('{"hello":1}\n'));
    await expect(restoreDatabase(t.database, bogus, {})).rejects.toThrow(/不是履职平台的备份文件/);
  });
});
