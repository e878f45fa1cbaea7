import { count, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { generatePassword, hashPassword } from './auth/password';
import type { AppConfig } from './config';
import type { Database } from './db/client';
import { auditEvents, orgs, users } from './db/schema';

export interface BootstrapResult {
  createdAdmin?: { username: string; password: string; generated: boolean };
  seededDemo: boolean;
}

/**
 * First start with an empty database: load the demo city (unless SEED_DEMO=false) or create a
 * bare root org, then the `admin` account from INITIAL_ADMIN_PASSWORD or a generated password
 * that is printed once. Later starts change nothing.
 */
export async function bootstrap(database: Database, config: AppConfig, log?: FastifyBaseLogger): Promise<BootstrapResult> {
  const db = database.db;
  const [{ n }] = await db.select({ n: count() }).from(orgs);
  if (n > 0) return { seededDemo: false };
  let rootId: string;
  let seededDemo = false;
  if (config.seedDemo) {
    const { seedDemo } = await import('./demo/seed');
    rootId = (await seedDemo(database, { log })).rootOrgId;
    seededDemo = true;
  } else {
    const [root] = await db.insert(orgs).values({ name: '本级政协', shortName: '本级政协', level: 'city' }).returning();
    rootId = root.id;
  }
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
  if (existing.length) return { seededDemo };
  const generated = !config.initialAdminPassword;
  const password = config.initialAdminPassword ?? generatePassword();
  const [admin] = await db
    .insert(users)
    .values({ orgId: rootId, username: 'admin', displayName: '系统管理员', passwordHash: await hashPassword(password), roles: ['officeAdmin'], mustChangePassword: true })
    .returning();
  await db.insert(auditEvents).values({ orgId: rootId, actorName: '系统', action: 'user.create', targetType: 'user', targetId: admin.id, targetLabel: admin.displayName, changes: { username: 'admin', reason: 'first start' } });
  return { createdAdmin: { username: 'admin', password, generated }, seededDemo };
}
