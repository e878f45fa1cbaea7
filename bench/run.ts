/**
 * `npm run bench [-- filter]`: the app in-process over a generated org (10,000 members), each case
 * measured through HTTP and as the equivalent reads straight on the database, on PGlite and on
 * PostgreSQL (BENCH_DATABASE_URL, or a throw-away local cluster when PostgreSQL is installed).
 *
 * Bounded: BENCH_REQUESTS per measurement (default 1000) and BENCH_MAX_SECONDS (default 20).
 * Other knobs: BENCH_MEMBERS (10000), BENCH_CONNECTIONS (1), BENCH_DATABASES (pglite,postgres).
 * The load generator is autocannon, in a worker thread, against 127.0.0.1 only.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { findPostgresBin, startTempCluster, type TempCluster } from '../scripts/pg-cluster.mjs';
import { buildApp } from '../src/server/app';
import { loadConfig, type AppConfig } from '../src/server/config';
import { openDatabase, type Database } from '../src/server/db/client';
import { createDeps } from '../src/server/runtime';
import { BENCH_PASSWORD, BENCH_USER, generateOrg } from './generate';
import type { BenchCase, BenchEnv } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
const num = (name: string, dflt: number) => (process.env[name] ? Number(process.env[name]) : dflt);
const MEMBERS = num('BENCH_MEMBERS', 10_000);
const REQUESTS = num('BENCH_REQUESTS', 1000);
// One client by default: p50/p95 are then service times, not queueing behind other requests
// (PGlite answers one query at a time). BENCH_CONNECTIONS=8 measures behaviour under concurrency.
const CONNECTIONS = num('BENCH_CONNECTIONS', 1);
const MAX_SECONDS = num('BENCH_MAX_SECONDS', 20);
const DATABASES = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').map((s) => s.trim());
const filter = process.argv[2];

interface Stats {
  n: number;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

interface Row {
  database: string;
  case: string;
  api?: Stats;
  db?: Stats;
  note?: string;
}

function stats(latencies: number[], seconds: number, errors = 0): Stats {
  const s = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN);
  return { n: s.length, p50: at(0.5), p95: at(0.95), rps: s.length / seconds, errors };
}

/** Every case file in bench/cases/ (each exports `cases`). */
async function loadCases(): Promise<BenchCase[]> {
  const out: BenchCase[] = [];
  for (const f of (await readdir(path.join(here, 'cases'))).sort()) {
    if (!/\.ts$/.test(f) || f.endsWith('.d.ts')) continue;
    const mod = (await import(path.join(here, 'cases', f))) as { cases?: BenchCase[] };
    out.push(...(mod.cases ?? []));
  }
  return filter ? out.filter((c) => c.name.includes(filter)) : out;
}

function loadHttp(url: string, headers: Record<string, string>, paths: string[], amount: number): Promise<Stats> {
  return new Promise((resolve, reject) => {
    const w = new Worker(path.join(here, 'load-worker.mjs'), { workerData: { url, connections: CONNECTIONS, amount, maxSeconds: MAX_SECONDS, headers, paths } });
    w.once('message', (m: { latencies: number[]; non2xx: number; errors: number; seconds: number }) => {
      resolve(stats(m.latencies, m.seconds, m.non2xx + m.errors));
      void w.terminate();
    });
    w.once('error', reject);
  });
}

/** The database side: the same number of reads with the same concurrency, bounded in time. */
async function loadDb(c: BenchCase, env: BenchEnv, amount: number): Promise<Stats> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + MAX_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < amount && performance.now() < deadline) {
        const i = next++;
        const t0 = performance.now();
        try {
          await c.query(env, i);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return stats(latencies, (performance.now() - started) / 1000, errors);
}

async function login(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }) });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const body = (await res.json()) as { csrfToken?: string };
  return { cookie, 'x-csrf-token': body.csrfToken ?? '' };
}

async function benchDatabase(label: string, database: Database, cases: BenchCase[], storage: AppConfig['storage']): Promise<Row[]> {
  const rows: Row[] = [];
  await database.migrate();
  console.log(`\n[${label}] generating ${MEMBERS} members …`);
  const data = await generateOrg(database, { members: MEMBERS });
  console.log(`[${label}] generated in ${(data.ms / 1000).toFixed(1)} s`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lvzhi-bench-app-'));
  const config: AppConfig = { ...loadConfig({}), dataDir, storage, seedDemo: false, logLevel: 'silent', loginRateLimitPerMinute: 1000 };
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp(createDeps(config, database), { logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const headers = await login(base);
    const env: BenchEnv = { database, data };
    for (const c of cases) {
      await c.setup?.(env);
      const paths = c.paths(env);
      const probe = await fetch(base + paths[0], { headers });
      if (probe.status !== 200) {
        rows.push({ database: label, case: c.name, note: `skipped: ${paths[0].split('?')[0]} answered HTTP ${probe.status}` });
        continue;
      }
      const problem = c.check?.(await probe.json());
      if (problem) {
        rows.push({ database: label, case: c.name, note: `skipped: unexpected answer (${problem})` });
        continue;
      }
      process.stdout.write(`[${label}] ${c.name}: warm-up, API, database … `);
      await loadDb(c, env, 30);
      await loadHttp(base, headers, paths, 100);
      const api = await loadHttp(base, headers, paths, REQUESTS);
      const db = await loadDb(c, env, REQUESTS);
      console.log('done');
      rows.push({ database: label, case: c.name, api, db });
    }
  } finally {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return rows;
}

async function withPostgres<T>(fn: (url: string) => Promise<T>): Promise<T | null> {
  const given = process.env.BENCH_DATABASE_URL;
  let cluster: TempCluster | undefined;
  let serverUrl = given;
  if (!serverUrl) {
    if (!findPostgresBin()) {
      console.warn('\nPostgreSQL: not installed and BENCH_DATABASE_URL not set — skipped.');
      return null;
    }
    cluster = await startTempCluster({ log: (m) => console.log(m) });
    serverUrl = cluster.url;
  }
  // A database of its own, dropped at the end, so a given server keeps nothing of the run.
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const name = `lvzhi_bench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    cluster?.stop();
  }
}

function fmt(n: number | undefined, digits = 1): string {
  return n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits);
}

function printTable(rows: Row[]): void {
  const head = ['database', 'case', 'API p50 ms', 'API p95 ms', 'API req/s', 'DB p50 ms', 'DB p95 ms', 'DB req/s', 'API/DB p50', 'errors'];
  const lines = rows.map((r) =>
    r.note
      ? [r.database, r.case, r.note]
      : [
          r.database,
          r.case,
          fmt(r.api?.p50, 2),
          fmt(r.api?.p95, 2),
          fmt(r.api?.rps, 0),
          fmt(r.db?.p50, 2),
          fmt(r.db?.p95, 2),
          fmt(r.db?.rps, 0),
          r.api && r.db ? `${(r.api.p50 / r.db.p50).toFixed(1)}×` : '-',
          String((r.api?.errors ?? 0) + (r.db?.errors ?? 0)),
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...lines.filter((l) => l.length === head.length).map((l) => l[i].length)));
  const row = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${MEMBERS} members, ${REQUESTS} requests per measurement, ${CONNECTIONS} concurrent, ≤ ${MAX_SECONDS} s each`);
  console.log(row(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(l.length === head.length ? row(l) : `${l[0].padEnd(widths[0])}  ${l[1].padEnd(widths[1])}  ${l[2]}`);
  console.log('\nAPI = HTTP through the app (session check, validation, presenter, JSON) on 127.0.0.1; DB = the same reads as SQL on the database.');
}

async function main(): Promise<number> {
  const cases = await loadCases();
  if (!cases.length) {
    console.error(`no benchmark case matches "${filter}"`);
    return 2;
  }
  const rows: Row[] = [];
  if (DATABASES.includes('pglite')) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lvzhi-bench-pglite-'));
    const database = await openDatabase({ dataDir: path.join(dir, 'pgdata') });
    try {
      rows.push(...(await benchDatabase('PGlite', database, cases, 'local')));
    } finally {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  if (DATABASES.includes('postgres')) {
    const pgRows = await withPostgres(async (url) => {
      const database = await openDatabase({ databaseUrl: url, poolSize: CONNECTIONS + 2 });
      try {
        return await benchDatabase('PostgreSQL', database, cases, 'database');
      } finally {
        await database.close();
      }
    });
    if (pgRows) rows.push(...pgRows);
    else rows.push({ database: 'PostgreSQL', case: '*', note: 'skipped: no PostgreSQL' });
  }
  printTable(rows);
  return rows.some((r) => (r.api?.errors ?? 0) + (r.db?.errors ?? 0) > 0) ? 1 : 0;
}

process.exitCode = await main();
