import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig, type AppConfig } from '../../src/server/config';
import { openDatabase, type Database } from '../../src/server/db/client';
import { createDeps } from '../../src/server/runtime';
import { DatabaseStorage } from '../../src/server/storage/storage';
import { loginClient, makeClient } from '../helpers/app';
import type { FixtureIds } from '../helpers/fixture';

/**
 * Two app instances over one PostgreSQL database, as behind a load balancer: each has its own
 * pool and keeps files in the database, so sessions and files work whichever instance answers.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  const apps: FastifyInstance[] = [];
  const databases: Database[] = [];
  let admin: pg.Client;
  let name = '';
  let dataDir = '';
  const ids = () => JSON.parse(inject('fixture')) as FixtureIds;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    name = `lvzhi_mi_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('template')}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'lvzhi-mi-'));
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 3 });
      // both start as a deployment would: migrations are idempotent and serialized by a lock
      await database.migrate();
      const config: AppConfig = {
        ...loadConfig({}),
        databaseUrl: url.toString(),
        dataDir: path.join(dataDir, `instance-${i + 1}`),
        storage: 'database',
        seedDemo: false,
        loginRateLimitPerMinute: 1000,
        logLevel: 'silent',
      };
      const app = await buildApp(createDeps(config, database), { logger: false });
      await app.ready();
      databases.push(database);
      apps.push(app);
    }
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const d of databases) await d.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('shares sessions: log in on instance 1, continue on instance 2, log out on 2 ends it on 1', async () => {
    const [one, two] = apps;
    const onOne = await loginClient(one, 'staff');
    const onTwo = makeClient(two, onOne.headers);
    const me = await onTwo.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(JSON.stringify(me.json())).toContain('staff');
    // the CSRF token issued by instance 1 is accepted by instance 2 (it lives in the session row)
    const out = await onTwo.post('/api/auth/logout');
    expect(out.statusCode).toBeLessThan(300);
    expect((await onOne.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('serves a file uploaded through instance 1 from instance 2', async () => {
    const [one, two] = apps;
    const staff1 = await loginClient(one, 'staff');
    const staff2 = makeClient(two, staff1.headers);
    const data = Buffer.from('%PDF-1.4\n% 两个实例共享的文件\n%%EOF\n');
    const boundary = `----lvzhi${randomUUID()}`;
    const part = (k: string, v: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
    const payload = Buffer.concat([
      Buffer.from(part('ownerType', 'member') + part('ownerId', ids().memberA)),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="共享.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await staff1.inject({ method: 'POST', url: '/api/attachments', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    expect(up.statusCode, up.body).toBe(201);
    const down = await staff2.get(`/api/attachments/${up.json().id}/download`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload).toEqual(data);
  });

  it('shares the storage layer itself (put on 1, get on 2)', async () => {
    const key = `test/${randomUUID()}`;
    const bytes = Buffer.from([0, 1, 2, 3, 255]);
    await new DatabaseStorage(databases[0].db).put(key, bytes);
    expect(await new DatabaseStorage(databases[1].db).get(key)).toEqual(bytes);
  });
});
