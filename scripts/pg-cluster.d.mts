/** Types for scripts/pg-cluster.mjs (a plain-JS helper shared by test-all and the benchmarks). */
export interface TempCluster {
  url: string;
  dir: string;
  port: number;
  stop(): void;
}
export function findPostgresBin(): string | null;
export function freePort(): Promise<number>;
export function startTempCluster(opts?: { log?: (msg: string) => void }): Promise<TempCluster>;
