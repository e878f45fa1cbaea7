import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client';
import { orgs } from '../db/schema';

/** Loads the demo city. (Grows with each area; see docs/demo-data.md.) */
export async function seedDemo(database: Database, _opts: { log?: FastifyBaseLogger } = {}): Promise<{ rootOrgId: string }> {
  const [root] = await database.db.insert(orgs).values({ name: '云溪市政协', shortName: '市政协', level: 'city', regionName: '云溪市' }).returning();
  return { rootOrgId: root.id };
}
