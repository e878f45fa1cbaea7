/**
 * Generates src/core/calendar/cn-2023-2026.json: China's public holidays and adjusted working
 * days (调休) from the `chinese-days` package. Run once when a new year's arrangement is
 * published (国务院办公厅关于…部分节假日安排的通知), review the diff and commit the JSON:
 *   node --import tsx scripts/gen-calendar.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIRST_YEAR = 2023;
const LAST_YEAR = 2026;

const require = createRequire(import.meta.url);
const pkg = require('chinese-days/package.json') as { version: string };
const data = require('chinese-days/dist/chinese-days.json') as { holidays: Record<string, string>; workdays: Record<string, string> };

/** "Spring Festival,春节,3" → "春节" */
function chineseName(value: string): string {
  return value.split(',')[1] ?? value;
}

function pick(map: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const day of Object.keys(map).sort()) {
    const year = Number(day.slice(0, 4));
    if (year >= FIRST_YEAR && year <= LAST_YEAR) out[day] = chineseName(map[day]);
  }
  return out;
}

const result = {
  source: `chinese-days ${pkg.version}`,
  years: [FIRST_YEAR, LAST_YEAR],
  holidays: pick(data.holidays),
  workdays: pick(data.workdays),
};

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/core/calendar/cn-2023-2026.json');
writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
console.log(`wrote ${out}: ${Object.keys(result.holidays).length} holidays, ${Object.keys(result.workdays).length} adjusted working days`);
