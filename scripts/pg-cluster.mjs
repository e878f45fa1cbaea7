// A throw-away PostgreSQL cluster for tests and benchmarks: initdb in a temp folder, a free
// loopback port, the unix socket inside the same folder, fsync off. Stopped and deleted by stop().
// Plain JavaScript so scripts/test-all.mjs can use it without a TypeScript loader.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The newest `/usr/lib/postgresql/<v>/bin` holding initdb and pg_ctl, or null. */
export function findPostgresBin() {
  const candidates = [];
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const v of readdirSync(root)) {
      const bin = path.join(root, v, 'bin');
      if (existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl'))) candidates.push({ v: Number(v) || 0, bin });
    }
  }
  candidates.sort((a, b) => b.v - a.v);
  if (candidates.length) return candidates[0].bin;
  // A PATH install (Homebrew, other distributions)
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const initdb = which.stdout.trim();
  return initdb ? path.dirname(initdb) : null;
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function postgresUser() {
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

/**
 * Starts a private cluster. As root the server runs as the `postgres` user (PostgreSQL refuses
 * root); otherwise as the current user. Returns { url, dir, stop }.
 * @param {{ log?: (msg: string) => void }} [opts]
 */
export async function startTempCluster(opts = {}) {
  const log = opts.log ?? (() => {});
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL binaries not found (apt-get install postgresql)');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pgUser = isRoot ? postgresUser() : null;
  if (isRoot && !pgUser) throw new Error('running as root but there is no `postgres` user to run the server');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lvzhi-pg-'));
  const data = path.join(dir, 'data');
  if (pgUser) chownSync(dir, pgUser.uid, pgUser.gid);
  const run = (cmd, args) => {
    const full = path.join(bin, cmd);
    const [c, a] = pgUser ? ['runuser', ['-u', 'postgres', '--', full, ...args]] : [full, args];
    execFileSync(c, a, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  const port = await freePort();
  const started = Date.now();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const serverOpts = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', '-o', serverOpts, 'start']);
  } catch (e) {
    const logFile = path.join(dir, 'server.log');
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
    const stderr = e && typeof e === 'object' && 'stderr' in e ? String(e.stderr) : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a temporary PostgreSQL: ${e instanceof Error ? e.message : e}\n${stderr}\n${tail}`);
  }
  log(`temporary PostgreSQL (${bin}) on 127.0.0.1:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
    process.off('exit', stop);
  };
  // Also on a crash: 'exit' runs for uncaught exceptions, and stop() is synchronous.
  process.on('exit', stop);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, port, stop };
}
