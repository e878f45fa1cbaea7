/**
 * Shared parts of the browser journeys: build and serve the web app with a fresh demo database on
 * a free port, drive Debian's chromium with playwright-core, log in, call the API from a page.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'Demo2026!';
export const VISIBLE = { timeout: 15_000 };

/** antd puts a space between two Chinese characters of a button; match either form. */
export const btn = (label: string) => new RegExp(`${[...label].join('\\s*')}\\s*$`);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Whether every /assets/ file that `dir`/index.html references exists in `dir`. */
export function completeBuild(dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const refs = [...readFileSync(index, 'utf8').matchAll(/\/assets\/[^"']+/g)].map((m) => m[0]);
  return refs.length > 0 && refs.every((r) => existsSync(path.join(dir, r)));
}

/**
 * Builds the web app when dist/web is stale, then serves a private copy of it: other work in the
 * same tree may rebuild dist/web while this test runs (new hashed file names the server never saw).
 */
export function prepareWeb(target: string): string {
  const script = path.join(ROOT, 'scripts', 'build-web-if-stale.mjs');
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const dist = path.join(ROOT, 'dist', 'web');
  const r = spawnSync(process.execPath, existsSync(script) ? [script] : [vite, 'build', '--config', 'vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`web build failed:\n${r.stdout}\n${r.stderr}`);
  if (completeBuild(dist)) {
    cpSync(dist, target, { recursive: true });
    if (completeBuild(target)) return target;
    rmSync(target, { recursive: true, force: true });
  }
  // dist/web was being rebuilt by someone else: build a private copy instead.
  const own = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.config.ts', '--outDir', target, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8' });
  if (own.status !== 0 || !completeBuild(target)) throw new Error(`web build failed:\n${own.stdout}\n${own.stderr}`);
  return target;
}

export interface E2EServer {
  base: string;
  dataDir: string;
  /** What the server printed so far. */
  log(): string;
  /** Stops the server and removes its data directory. */
  stop(): Promise<void>;
}

async function waitForHealth(server: ChildProcess, url: string, ms: number, log: () => string): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`server did not start in ${ms} ms:\n${log()}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Starts the real server on a free port with a fresh (demo-seeded) database and a private web build. */
export async function startServer(prefix: string, env: Record<string, string> = {}): Promise<E2EServer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `lvzhi-e2e-${prefix}-`));
  const webDist = prepareWeb(path.join(dataDir, 'web'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let out = '';
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      COOKIE_SECURE: 'false',
      LOGIN_RATE_LIMIT: '1000',
      LOG_LEVEL: 'warn',
      WEB_DIST: webDist,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const log = () => out;
  async function stop(): Promise<void> {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => {
        const timer = setTimeout(() => {
          server.kill('SIGKILL');
          r(undefined);
        }, 10_000);
        server.once('exit', () => {
          clearTimeout(timer);
          r(undefined);
        });
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  try {
    await waitForHealth(server, base, 120_000, log);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, dataDir, log, stop };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** Whether `username` / `password` can log in (checked from node, without a browser). */
export async function canLogin(base: string, username: string, password: string): Promise<boolean> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  return res.ok;
}

/** Logs in through the login page; handles the forced password change of a first login. */
export async function login(page: Page, base: string, username: string, password: string, newPassword?: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: btn('登录') }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), VISIBLE);
  const mustChange = page.getByText('为了账号安全，首次登录请先修改密码');
  if (await mustChange.isVisible({ timeout: 3_000 }).catch(() => false)) {
    if (!newPassword) throw new Error(`${username} must change the password`);
    await page.getByLabel('原密码').fill(password);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('确认新密码').fill(newPassword);
    await page.getByRole('button', { name: btn('保存') }).click();
    await mustChange.waitFor({ state: 'hidden', timeout: 15_000 });
  }
  await page.locator('.app-header').waitFor(VISIBLE);
}

/** JSON API call from inside the logged-in page (session cookie + CSRF token). */
export async function apiCall<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  const r = await page.evaluate(
    async ({ method, url, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, text: await res.text() };
    },
    { method, url, body },
  );
  if (r.status >= 400) throw new Error(`${method} ${url} → ${r.status} ${r.text}`);
  return JSON.parse(r.text) as T;
}
