/**
 * Operator commands, run next to (not inside) the server:
 *   npm run backup [-- file]              a logical backup (decision 0002) of the configured database
 *   npm run restore -- file --yes         replace the configured database's data with a backup
 * Configuration comes from the same environment as the server (DATA_DIR, DATABASE_URL, STORAGE).
 */
import path from 'node:path';
import { backupDatabase, BackupFormatError, restoreDatabase } from './backup';
import { loadConfig, type AppConfig } from './config';
import { openDatabase, type Database } from './db/client';

const USAGE = `用法:
  npm run backup [-- <文件>]                 备份到文件（默认 DATA_DIR/backups/lvzhi-<时间>.jsonl.gz）
  npm run restore -- <文件> --yes [--force]   用备份替换当前数据库的全部数据
选项:
  --yes     确认恢复（会清空当前数据）
  --force   即使检测到服务正在运行也继续（不建议）`;

function stamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Does a server answer on the configured address? */
async function serverAnswers(config: AppConfig): Promise<boolean> {
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  try {
    const res = await fetch(`http://${host}:${config.port}/api/health`, { signal: AbortSignal.timeout(1500) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Other sessions on the same PostgreSQL database (another app instance, a console). */
async function otherConnections(database: Database): Promise<number> {
  if (database.kind !== 'postgres') return 0;
  const [r] = await database.query<{ n: string }>(`select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`);
  return Number(r?.n ?? 0);
}

function open(config: AppConfig): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pgdata'), poolSize: 2 });
}

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const args = rest.filter((a) => !a.startsWith('--'));
  const config = loadConfig();
  const filesDir = path.join(config.dataDir, 'files');
  const target = config.databaseUrl ? `PostgreSQL ${new URL(config.databaseUrl).pathname.slice(1) || ''}` : `PGlite ${path.join(config.dataDir, 'pgdata')}`;

  if (verb === 'backup') {
    // PGlite's data folder belongs to one process: reading it under a running server risks both.
    if (!config.databaseUrl && (await serverAnswers(config)) && !flags.has('--force')) {
      console.error(`服务正在 ${config.host}:${config.port} 运行。内置数据库(PGlite)只能由一个进程打开：请先停止服务再备份。`);
      return 2;
    }
    const file = path.resolve(args[0] ?? path.join(config.dataDir, 'backups', `lvzhi-${stamp()}.jsonl.gz`));
    const database = await open(config);
    try {
      await database.migrate();
      const s = await backupDatabase(database, file, { filesDir: config.storage === 'local' ? filesDir : undefined, storage: config.storage });
      const rows = Object.values(s.tables).reduce((a, b) => a + b, 0);
      console.log(`备份完成: ${s.file}`);
      console.log(`  来源 ${target}，${Object.keys(s.tables).length} 张表 ${rows} 行，${s.files} 个文件，${(s.bytes / 1024 / 1024).toFixed(2)} MB，${s.ms} ms`);
    } finally {
      await database.close();
    }
    return 0;
  }

  if (verb === 'restore') {
    const file = args[0];
    if (!file) {
      console.error(USAGE);
      return 2;
    }
    if (await serverAnswers(config)) {
      console.error(`警告: 服务正在 ${config.host}:${config.port} 运行。恢复前请停止所有服务实例。`);
      if (!flags.has('--force')) return 2;
    }
    if (!flags.has('--yes')) {
      console.error(`恢复将清空并替换 ${target} 中的全部数据${config.storage === 'local' ? `以及 ${filesDir} 中的文件` : ''}。`);
      console.error('确认无误后加 --yes 重新运行：npm run restore -- <文件> --yes');
      return 2;
    }
    const database = await open(config);
    try {
      const others = await otherConnections(database);
      if (others > 0 && !flags.has('--force')) {
        console.error(`警告: 还有 ${others} 个连接在使用该数据库（可能有服务实例在运行）。请先停止它们，或加 --force。`);
        return 2;
      }
      await database.migrate();
      const s = await restoreDatabase(database, path.resolve(file), { filesDir, storage: config.storage });
      const rows = Object.values(s.tables).reduce((a, b) => a + b, 0);
      console.log(`恢复完成: ${Object.keys(s.tables).length} 张表 ${rows} 行，${s.files} 个文件，${s.ms} ms → ${target}`);
    } finally {
      await database.close();
    }
    return 0;
  }

  console.error(USAGE);
  return verb ? 2 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof BackupFormatError ? `恢复失败: ${e.message}` : e);
  process.exitCode = 1;
}
