import { randomUUID } from 'node:crypto';
import { readFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig, type AppConfig } from '../../src/server/config';
import { openDatabase, type Database } from '../../src/server/db/client';
import type { AppDeps } from '../../src/server/deps';
import { createDeps } from '../../src/server/runtime';
import { FIXTURE_PASSWORD, type AccountName, type FixtureIds } from './fixture';

export { FIXTURE_PASSWORD, ACCOUNTS } from './fixture';
export type { AccountName } from './fixture';

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  database: Database;
  ids: FixtureIds;
  /** A client logged in as a fixture account (session cookie + CSRF header). */
  as(user: AccountName): Promise<Client>;
  /** A client with no credentials. */
  anon: Client;
  close(): Promise<void>;
}

export interface Client {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  /** Raw inject with this client's credentials added. */
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>;
  headers: Record<string, string>;
}

/** Opens a private copy of the template database (PGlite or PostgreSQL, see global-setup). */
export async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const template = inject('template');
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const name = `lvzhi_t_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
    return {
      database,
      drop: async () => {
        await database.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const buf = await readFile(template);
  const database = await openDatabase({ loadDataDir: new Blob([buf]) });
  return { database, drop: () => database.close() };
}

export function makeClient(app: FastifyInstance, headers: Record<string, string> = {}): Client {
  const send = (method: string, url: string, body?: unknown) =>
    app.inject({ method: method as 'GET', url, headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, payload: body === undefined ? undefined : JSON.stringify(body) });
  return {
    headers,
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    delete: (url, body) => send('DELETE', url, body),
    inject: (opts) => app.inject({ ...opts, headers: { ...headers, ...((opts.headers as Record<string, string> | undefined) ?? {}) } }),
  };
}

/** Logs in through the API and returns a client carrying the cookie and CSRF token. */
export async function loginClient(app: FastifyInstance, username: string, password = FIXTURE_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'lvzhi_sid');
  return makeClient(app, { cookie: `lvzhi_sid=${cookie!.value}`, 'x-csrf-token': res.json().csrfToken });
}

export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const { database, drop } = await openTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lvzhi-test-'));
  const config: AppConfig = { ...loadConfig({}), dataDir, seedDemo: false, loginRateLimitPerMinute: 1000, logLevel: 'silent', ...overrides };
  const deps = createDeps(config, database);
  const app = await buildApp(deps, { logger: false });
  await app.ready();
  const clients = new Map<string, Client>();
  return {
    app,
    deps,
    database,
    ids: JSON.parse(inject('fixture')) as FixtureIds,
    anon: makeClient(app),
    async as(user) {
      if (!clients.has(user)) clients.set(user, await loginClient(app, user));
      return clients.get(user)!;
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}
