// `npm start` runs this first: builds the web app (vite → dist/web) only when its sources are
// newer than the last build, so a plain restart costs nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = path.join(root, 'vite.config.ts');
const builtIndex = path.join(root, 'dist', 'web', 'index.html');
const sources = [path.join(root, 'src', 'web'), path.join(root, 'index.html'), config];

if (!existsSync(config)) {
  console.log('build-web: no vite.config.ts yet, nothing to build (the server runs API-only).');
  process.exit(0);
}

/** Newest modification time (ms) under a file or folder; 0 when it does not exist. */
function newest(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    max = Math.max(max, newest(path.join(p, entry.name)));
  }
  return max;
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newest));
if (builtAt && changedAt <= builtAt) {
  console.log('build-web: dist/web is up to date.');
  process.exit(0);
}

console.log(builtAt ? 'build-web: sources changed, rebuilding dist/web …' : 'build-web: no build yet, building dist/web …');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const r = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.config.ts'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) {
  console.error('build-web: vite build failed.');
  process.exit(r.status ?? 1);
}
