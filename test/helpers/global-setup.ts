import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client';
import { buildFixture } from './fixture';

/**
 * Builds the template database once per run: migrated, with the base fixture. Each test file then
 * starts from a copy (PGlite: loadDataDir of a dump; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    const tmpl = `lvzhi_tmpl_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${tmpl}`);
    await admin.query(`CREATE DATABASE ${tmpl}`);
    const url = new URL(pgUrl);
    url.pathname = `/${tmpl}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
    await database.migrate();
    const ids = await buildFixture(database);
    await database.close();
    project.provide('fixture', JSON.stringify(ids));
    project.provide('template', tmpl);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${tmpl} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    };
  }
  const database = await openDatabase({});
  await database.migrate();
  const ids = await buildFixture(database);
  const dump = await database.pglite!.dumpDataDir('none');
  const file = path.join(os.tmpdir(), `lvzhi-template-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('fixture', JSON.stringify(ids));
  project.provide('template', file);
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixture: string;
    template: string;
  }
}
