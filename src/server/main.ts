import { buildApp } from './app';
import { bootstrap } from './bootstrap';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { createDeps } from './runtime';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pgdata` });
await database.migrate();
const deps = createDeps(config, database);
const app = await buildApp(deps);
const boot = await bootstrap(database, config, app.log);
if (boot.createdAdmin?.generated) {
  // Printed once, on the console only: the operator must write it down.
  console.log(`\n  初始管理员账号: admin  密码: ${boot.createdAdmin.password}  (首次登录须修改密码)\n`);
}
const timer = setInterval(() => {
  deps.outbox.flush().catch((err) => app.log.error({ err }, 'outbox flush failed'));
}, 10_000);
const shutdown = async () => {
  clearInterval(timer);
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
await app.listen({ port: config.port, host: config.host });
console.log(`  履职平台已启动: http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}  (${database.kind})`);
