import { z } from 'zod';
import type { DbOrTx } from '../db/client';

/** One record behind a number: what the UI lists when a number is clicked. */
export interface StatRecord {
  id: string;
  /** Record type, e.g. `meeting`, `activity`, `membershipChange`. */
  type: string;
  title: string;
  /** The China-time day the record counts on (YYYY-MM-DD). */
  date: string;
  orgId: string;
  /** Contribution to the value; 1 unless the statistic sums (人次 = participants per session). */
  weight?: number;
  /** Web path of the record's page, when it has one. */
  link?: string;
}

export interface StatScope {
  /** Orgs whose records count (the caller's org, plus child orgs for a roll-up). */
  orgIds: string[];
  /** Period, inclusive days in China time. */
  from: string;
  to: string;
}

/**
 * A named statistic: a saved count over one area's records. The summary templates (issue 5) refer
 * to statistics by name; every number they print is `value` of one of these, and its `records`
 * are the provenance.
 */
export interface StatDefinition<P extends Record<string, unknown> = Record<string, unknown>> {
  /** Stable name, `<area>.<what>`, e.g. `meetings.withStudy`. */
  name: string;
  /** What the number means, in Chinese. */
  label: string;
  /** Unit word used in text: 次, 个, 名, 篇, 场次, 人次, 件 … */
  unit: string;
  /** Extra parameters (e.g. meeting kind); values come from the query string. */
  params: z.ZodType<P>;
  records(db: DbOrTx, scope: StatScope, params: P): Promise<StatRecord[]>;
}

const REGISTRY = new Map<string, StatDefinition>();

/** Adds a statistic; called at import time by each area's `stats.ts`. */
export function defineStat<P extends Record<string, unknown>>(def: StatDefinition<P>): StatDefinition<P> {
  if (REGISTRY.has(def.name)) throw new Error(`statistic ${def.name} defined twice`);
  REGISTRY.set(def.name, def as unknown as StatDefinition);
  return def;
}

export function getStat(name: string): StatDefinition | undefined {
  return REGISTRY.get(name);
}

export function listStats(): StatDefinition[] {
  return [...REGISTRY.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export interface StatResult {
  name: string;
  label: string;
  unit: string;
  value: number;
  records: StatRecord[];
}

/** Computes one statistic: the records, sorted for stable output, and their summed weight. */
export async function computeStat(db: DbOrTx, def: StatDefinition, scope: StatScope, params: Record<string, unknown>): Promise<StatResult> {
  const parsed = def.params.parse(params);
  const records = (await def.records(db, scope, parsed)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const value = records.reduce((s, r) => s + (r.weight ?? 1), 0);
  return { name: def.name, label: def.label, unit: def.unit, value, records };
}
