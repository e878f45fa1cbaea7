import type { Database } from '../src/server/db/client';
import type { GeneratedOrg } from './generate';

/** What a benchmark case gets: the database it runs on and the generated org in it. */
export interface BenchEnv {
  database: Database;
  data: GeneratedOrg;
}

/**
 * One benchmark: an HTTP request and the database work it stands for, measured side by side.
 * Add a file to bench/cases/ exporting `cases: BenchCase[]`; bench/run.ts picks it up.
 */
export interface BenchCase {
  name: string;
  /** Adds the records this case reads, once per database, before it is measured. */
  setup?(env: BenchEnv): Promise<void>;
  /** Request paths (with query strings); the load generator cycles through them. */
  paths(env: BenchEnv): string[];
  /** The equivalent read straight on the database, for the i-th path's inputs. */
  query(env: BenchEnv, i: number): Promise<unknown>;
  /** Checks one API answer (status 200 is checked already); a message when it looks wrong. */
  check?(body: unknown): string | null;
}
