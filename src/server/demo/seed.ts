import type { FastifyBaseLogger } from 'fastify';
import { hashPassword } from '../auth/password';
import type { Database } from '../db/client';
import { auditEvents } from '../db/schema';
import { DEMO_PASSWORD, type DemoOrgKey } from './accounts';
import { createDemoContext, type DemoOrg, type DemoPart } from './context';
import { DEMO_ORG_KEYS, ORG_SPECS } from './data/orgs';
import { leadersPart } from './parts/leaders';
import { meetingsPart } from './parts/meetings';
import { membersPart } from './parts/members';
import { orgsPart } from './parts/orgs';
import { unitsPart } from './parts/units';
import { usersPart } from './parts/users';
import { plansPart } from './parts/plans';
import { activitiesPart } from './parts/activities';
import { requestsPart } from './parts/requests';
import { institutionsPart } from './parts/institutions';
import { venuesPart } from './parts/venues';
import { commendationsPart } from './parts/commendations';
import { seededRandom } from './random';

/**
 * The parts of the demo, in order. A later area adds its part at the end of this list (see
 * docs/demo-data.md): it reads what the earlier parts left in the context and draws from its own
 * PRNG stream, so the data of the earlier parts does not change.
 */
export const DEMO_PARTS: readonly DemoPart[] = [orgsPart, leadersPart, unitsPart, membersPart, usersPart, meetingsPart, plansPart, activitiesPart, requestsPart, institutionsPart, venuesPart, commendationsPart];

/** The demo orgs with their ids fixed up front (deterministic), before any part runs. */
function planOrgs(): Record<DemoOrgKey, DemoOrg> {
  const rng = seededRandom('org-ids');
  const out = {} as Record<DemoOrgKey, DemoOrg>;
  for (const key of DEMO_ORG_KEYS) {
    const s = ORG_SPECS[key];
    out[key] = {
      key,
      id: rng.uuid(),
      parentKey: s.parentKey,
      name: s.name,
      shortName: s.shortName,
      level: s.level,
      regionName: s.regionName,
      prefix: s.prefix,
      short: s.short,
      term: { id: rng.uuid(), ...s.term },
      plenarySessions: s.plenarySessions.map((p) => ({ id: rng.uuid(), number: p.number, name: p.name, startDate: p.startDate, endDate: p.endDate })),
      places: [...s.places],
      sectorIds: new Map(),
      committeeIds: new Map(),
      unitIds: new Map(),
      unitContacts: new Map(),
      leaders: [],
      members: [],
      groupIds: new Map(),
      userIds: new Map(),
    };
  }
  return out;
}

/**
 * Loads the demo city 云溪市政协 (with 东湖区政协 and 青山县政协 below it) into an empty database,
 * in one transaction. Deterministic: the same rows (ids included) on every run.
 */
export async function seedDemo(database: Database, opts: { log?: FastifyBaseLogger; parts?: readonly DemoPart[] } = {}): Promise<{ rootOrgId: string }> {
  const started = Date.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const orgs = planOrgs();
  const counts = await database.db.transaction(async (tx) => {
    const ctx = createDemoContext({ tx, log: opts.log, passwordHash, orgs });
    const timings: Record<string, number> = {};
    for (const part of opts.parts ?? DEMO_PARTS) {
      const t0 = Date.now();
      await part.run(ctx);
      timings[part.name] = Date.now() - t0;
    }
    opts.log?.debug({ timings }, 'demo parts');
    const summary = {
      ...ctx.counts,
      cityMembers: orgs.city.members.length,
      cityStandingMembers: orgs.city.members.filter((m) => m.isStandingMember && m.status === 'active').length,
    };
    await tx.insert(auditEvents).values({
      orgId: orgs.city.id,
      actorName: '系统',
      action: 'demo.seed',
      targetType: 'org',
      targetId: orgs.city.id,
      targetLabel: orgs.city.name,
      changes: { parts: (opts.parts ?? DEMO_PARTS).map((p) => p.name), counts: summary },
    });
    return summary;
  });
  opts.log?.info({ counts, ms: Date.now() - started }, '已载入演示数据(云溪市政协)');
  return { rootOrgId: orgs.city.id };
}
