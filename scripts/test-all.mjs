// `npm test`: every test pass in order, one summary at the end.
//   1. unit            vitest project `unit`
//   2. api (PGlite)    vitest project `api` on the embedded database
//   3. api (PostgreSQL) the same project on a real server: TEST_DATABASE_URL / DATABASE_URL if set,
//                      else a throw-away local cluster; skipped with a warning when PostgreSQL is
//                      not installed (a failure when CI=true)
//   4. e2e             browser journeys with /usr/bin/chromium; skipped with a warning when it is
//                      missing (a failure when CI=true)
// Exit code 0 only when every pass that ran passed. The last line reads `N passed, M failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPostgresBin, startTempCluster } from './pg-cluster.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitestBin = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const CI = ['true', '1'].includes(String(process.env.CI).toLowerCase());
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const reportDir = mkdtempSync(path.join(os.tmpdir(), 'lvzhi-test-report-'));
const extraArgs = process.argv.slice(2);

/** @typedef {{ name: string, status: 'passed'|'failed'|'skipped', passed: number, failed: number, skipped: number, seconds: number, note?: string }} PassResult */
/** @type {PassResult[]} */
const results = [];
/** @type {(() => void)[]} */
const cleanups = [];

function cleanup() {
  while (cleanups.length) {
    try {
      cleanups.pop()();
    } catch (e) {
      console.error('cleanup failed:', e);
    }
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
}

function banner(text) {
  console.log(`\n━━━━ ${text} ━━━━`);
}

/** Runs one vitest project; reads the counts from its JSON report. */
function runVitest(name, project, env) {
  const outFile = path.join(reportDir, `${name.replace(/\W+/g, '-')}.json`);
  const args = [vitestBin, 'run', '--project', project, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${outFile}`, ...extraArgs];
  const started = Date.now();
  banner(name);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      let note;
      if (existsSync(outFile)) {
        try {
          const r = JSON.parse(readFileSync(outFile, 'utf8'));
          passed = r.numPassedTests ?? 0;
          failed = r.numFailedTests ?? 0;
          skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
          // A file that fails to load or a failing hook has no failed test but a failed suite.
          if (failed === 0 && (r.numFailedTestSuites ?? 0) > 0) {
            failed = r.numFailedTestSuites;
            note = `${r.numFailedTestSuites} test file(s) failed to run`;
          }
        } catch {
          note = 'unreadable JSON report';
        }
      } else {
        note = 'no report written';
      }
      const ok = code === 0 && failed === 0;
      if (!ok && failed === 0) {
        // vitest itself failed (global setup, config): count the pass as one failure.
        failed = 1;
        note = note ?? `vitest exited with ${signal ?? code}`;
      }
      resolve({ name, status: ok ? 'passed' : 'failed', passed, failed, skipped, seconds, note });
    });
  });
}

function baseEnv() {
  const env = { ...process.env };
  delete env.TEST_DATABASE_URL;
  delete env.DATABASE_URL;
  return env;
}

async function main() {
  results.push(await runVitest('unit', 'unit', baseEnv()));
  results.push(await runVitest('api (PGlite)', 'api', baseEnv()));

  // --- api on PostgreSQL
  const givenUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let pgUrl = givenUrl;
  let pgNote = givenUrl ? 'given server' : undefined;
  if (!pgUrl) {
    if (findPostgresBin()) {
      try {
        const cluster = await startTempCluster({ log: (m) => console.log(m) });
        cleanups.push(cluster.stop);
        pgUrl = cluster.url;
        pgNote = 'temporary cluster';
      } catch (e) {
        console.error(String(e instanceof Error ? e.message : e));
        results.push({ name: 'api (PostgreSQL)', status: 'failed', passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'could not start PostgreSQL' });
      }
    } else if (CI) {
      console.error('\nERROR: CI=true but PostgreSQL is not installed (apt-get install postgresql); the PostgreSQL pass cannot run.');
      results.push({ name: 'api (PostgreSQL)', status: 'failed', passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'PostgreSQL missing in CI' });
    } else {
      console.warn('\nWARNING: PostgreSQL is not installed and TEST_DATABASE_URL is not set: the api pass on PostgreSQL is SKIPPED.');
      console.warn('         Install it (apt-get install postgresql) or set TEST_DATABASE_URL=postgres://… to run it.');
      results.push({ name: 'api (PostgreSQL)', status: 'skipped', passed: 0, failed: 0, skipped: 0, seconds: 0, note: 'PostgreSQL not installed' });
    }
  }
  if (pgUrl) {
    const r = await runVitest('api (PostgreSQL)', 'api', { ...baseEnv(), TEST_DATABASE_URL: pgUrl });
    r.note = r.note ? `${pgNote}; ${r.note}` : pgNote;
    results.push(r);
    cleanup();
  }

  // --- e2e
  if (existsSync(CHROMIUM)) {
    results.push(await runVitest('e2e', 'e2e', { ...baseEnv(), CHROMIUM_PATH: CHROMIUM }));
  } else if (CI) {
    console.error(`\nERROR: CI=true but ${CHROMIUM} is missing (apt-get install chromium); the e2e pass cannot run.`);
    results.push({ name: 'e2e', status: 'failed', passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'chromium missing in CI' });
  } else {
    console.warn(`\nWARNING: ${CHROMIUM} not found: the e2e (browser) pass is SKIPPED. apt-get install chromium fonts-wqy-microhei to run it.`);
    results.push({ name: 'e2e', status: 'skipped', passed: 0, failed: 0, skipped: 0, seconds: 0, note: 'chromium not installed' });
  }
}

let exitCode = 0;
try {
  await main();
} catch (e) {
  console.error(e);
  results.push({ name: 'runner', status: 'failed', passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'test runner crashed' });
} finally {
  cleanup();
  rmSync(reportDir, { recursive: true, force: true });
}

banner('summary');
let passed = 0;
let failed = 0;
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  if (r.status === 'failed') exitCode = 1;
  const counts = r.status === 'skipped' ? 'SKIPPED' : `${r.status.toUpperCase()}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`;
  console.log(`${r.name.padEnd(18)} ${counts}${r.seconds ? ` in ${r.seconds.toFixed(1)} s` : ''}${r.note ? ` (${r.note})` : ''}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
