import { hashPassword } from '../../src/server/auth/password';
import type { Database } from '../../src/server/db/client';
import { committees, members, orgs, sectors, terms, units, users } from '../../src/server/db/schema';
import type { Role } from '../../src/core/roles';
import { sql } from 'drizzle-orm';
import { toSearchText } from '../../src/core/search';

export const FIXTURE_PASSWORD = 'Fixture2026pw';

/** Usernames of the fixture accounts, one per role in org A plus outsiders. */
export const ACCOUNTS = {
  admin: { org: 'A', roles: ['officeAdmin'] },
  staff: { org: 'A', roles: ['officeStaff'] },
  propoffice: { org: 'A', roles: ['proposalOffice'] },
  member1: { org: 'A', roles: ['member'], member: true },
  unitadmin: { org: 'A', roles: ['unitAdmin'], unit: true },
  unithandler: { org: 'A', roles: ['unitHandler'], unit: true },
  leader: { org: 'A', roles: ['leader'] },
  convener: { org: 'A', roles: ['roomConvener'] },
  auditor: { org: 'A', roles: ['auditor'] },
  d_admin: { org: 'A1', roles: ['officeAdmin'] },
  b_admin: { org: 'B', roles: ['officeAdmin'] },
  b_staff: { org: 'B', roles: ['officeStaff'] },
  b_member: { org: 'B', roles: ['member'], member: true },
} as const satisfies Record<string, { org: 'A' | 'A1' | 'B'; roles: readonly Role[]; member?: boolean; unit?: boolean }>;

export type AccountName = keyof typeof ACCOUNTS;

export interface FixtureIds {
  orgs: { A: string; A1: string; B: string };
  termA: string;
  termB: string;
  sectorA: string;
  committeeA: string;
  unitA: string;
  memberA: string;
  memberB: string;
}

/**
 * The base every API test starts from, baked into the template database once: org A (a city)
 * with district A1 below it, and an unrelated org B, each with a term, reference data and users.
 */
export async function buildFixture(database: Database): Promise<FixtureIds> {
  const db = database.db;
  const hash = await hashPassword(FIXTURE_PASSWORD);
  const [A] = await db.insert(orgs).values({ name: '甲市政协', shortName: '甲市政协', level: 'city', regionName: '甲市' }).returning();
  const [A1] = await db.insert(orgs).values({ name: '甲市东区政协', shortName: '东区政协', level: 'district', parentId: A.id }).returning();
  const [B] = await db.insert(orgs).values({ name: '乙市政协', shortName: '乙市政协', level: 'city' }).returning();
  const orgIds = { A: A.id, A1: A1.id, B: B.id };
  const [termA] = await db.insert(terms).values({ orgId: A.id, number: 6, name: '第六届', startDate: '2022-01-10', isCurrent: true }).returning();
  const [termB] = await db.insert(terms).values({ orgId: B.id, number: 9, name: '第九届', startDate: '2022-01-12', isCurrent: true }).returning();
  const [sectorA] = await db.insert(sectors).values({ orgId: A.id, name: '经济界', sortOrder: 1 }).returning();
  await db.insert(sectors).values({ orgId: B.id, name: '经济界', sortOrder: 1 });
  const [committeeA] = await db.insert(committees).values({ orgId: A.id, name: '提案委员会', shortName: '提案委' }).returning();
  const [unitA] = await db
    .insert(units)
    .values({ orgId: A.id, name: '甲市教育局', shortName: '教育局', searchVector: sql`to_tsvector('simple', ${toSearchText('甲市教育局', '教育局')})` as unknown as string })
    .returning();
  const [memberA] = await db
    .insert(members)
    .values({ orgId: A.id, termId: termA.id, name: '林晓峰', gender: '男', sectorId: sectorA.id, phone: '13800001111', idNumber: '110101198001011234', employer: '甲市第一中学', post: '校长', joinedOn: '2022-01-10', searchVector: sql`to_tsvector('simple', ${toSearchText('林晓峰', '甲市第一中学', '校长')})` as unknown as string })
    .returning();
  const [memberB] = await db.insert(members).values({ orgId: B.id, termId: termB.id, name: '周雨桐', gender: '女', phone: '13900002222', joinedOn: '2022-01-12' }).returning();
  for (const [username, acc] of Object.entries(ACCOUNTS)) {
    const a = acc as { org: 'A' | 'A1' | 'B'; roles: readonly Role[]; member?: boolean; unit?: boolean };
    await db.insert(users).values({
      orgId: orgIds[a.org],
      username,
      displayName: username,
      passwordHash: hash,
      roles: [...a.roles],
      memberId: a.member ? (a.org === 'B' ? memberB.id : memberA.id) : null,
      unitId: a.unit ? unitA.id : null,
      mustChangePassword: false,
    });
  }
  return { orgs: orgIds, termA: termA.id, termB: termB.id, sectorA: sectorA.id, committeeA: committeeA.id, unitA: unitA.id, memberA: memberA.id, memberB: memberB.id };
}
