import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../deps';

export async function healthRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/api/health', { schema: { tags: ['system'], summary: '健康检查' }, config: { access: 'public' } }, async () => {
    await deps.db.db.execute(sql`select 1`);
    return { status: 'ok', database: deps.db.kind, storage: deps.storage.kind };
  });
}
