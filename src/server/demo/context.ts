import { getTableName } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { FastifyBaseLogger } from 'fastify';
import type { Tx } from '../db/client';
import type { DemoOrgKey } from './accounts';
import { NameGenerator } from './names';
import { seededRandom, type Random } from './random';

export type Gender = '男' | '女';
export type CppccRole = 'chair' | 'viceChair' | 'secretaryGeneral';

export interface DemoPlenarySession {
  id: string;
  number: number;
  name: string;
  startDate: string;
  endDate: string;
}

export interface DemoLeader {
  id: string;
  name: string;
  gender: Gender;
  post: string;
  level: 'county' | 'city' | 'province' | 'national';
  body: 'party' | 'government' | 'cppcc' | 'npc' | 'other';
  /** CPPCC leaders are also members of their CPPCC: their role and sector. */
  cppccRole?: CppccRole;
  sector?: string;
}

export interface DemoMember {
  id: string;
  name: string;
  gender: Gender;
  birthDate: string;
  sector: string;
  politicalAffiliation: string;
  employer: string;
  post: string;
  phone: string;
  isStandingMember: boolean;
  status: 'active' | 'resigned';
  joinedOn: string;
  leftOn: string | null;
  cppccRole?: CppccRole;
  /** Head of a party/people's organization (主委, 主席 …): standing member, no committee duties. */
  orgHead?: boolean;
  /** The committee the member sits on (at most one in the demo), with the role. */
  committee?: { name: string; role: 'chair' | 'viceChair' | 'member' };
}

/** One demo org with everything later parts need to reference. Ids are fixed before the parts run. */
export interface DemoOrg {
  key: DemoOrgKey;
  id: string;
  parentKey: DemoOrgKey | null;
  name: string;
  shortName: string;
  level: 'city' | 'district' | 'county';
  regionName: string;
  /** '云溪市' / '东湖区' / '青山县': the prefix of local unit names. */
  prefix: string;
  /** '市' / '区' / '县' as in 市政协, 区教育局. */
  short: string;
  term: { id: string; number: number; name: string; label: string; startDate: string };
  plenarySessions: DemoPlenarySession[];
  places: string[];
  /** Sector name → id. */
  sectorIds: Map<string, string>;
  /** Committee name → id. */
  committeeIds: Map<string, string>;
  /** Unit name → id. */
  unitIds: Map<string, string>;
  /** Unit name → its contact person (the unit admin account uses this person). */
  unitContacts: Map<string, { name: string; phone: string }>;
  leaders: DemoLeader[];
  /** In roster order (leadership first, then by sector). */
  members: DemoMember[];
  /** Member group name → id. */
  groupIds: Map<string, string>;
  /** Username → id. */
  userIds: Map<string, string>;
}

export interface DemoContext {
  tx: Tx;
  log?: FastifyBaseLogger;
  /** The argon2 hash of DEMO_PASSWORD, computed once. */
  passwordHash: string;
  orgs: Record<DemoOrgKey, DemoOrg>;
  /** Unique across the demo: members, leaders, staff, contacts. */
  names: NameGenerator;
  /** Unique mobile numbers. */
  phones: PhoneBook;
  /** ID numbers already given out. */
  idNumbers: Set<string>;
  /** Rows inserted per table, for the `demo.seed` audit row. */
  counts: Record<string, number>;
  /** The PRNG stream of a part: independent of the other parts' draws. */
  random(stream: string): Random;
  /** Batched insert (a few hundred rows per statement), counted in `counts`. */
  insertMany<T extends PgTable>(table: T, rows: PgInsertValue<T>[]): Promise<void>;
}

/** A piece of the demo. Parts run in order inside one transaction and share the context. */
export interface DemoPart {
  name: string;
  run(ctx: DemoContext): Promise<void>;
}

const BATCH = 250;

export function createDemoContext(input: { tx: Tx; log?: FastifyBaseLogger; passwordHash: string; orgs: Record<DemoOrgKey, DemoOrg> }): DemoContext {
  const counts: Record<string, number> = {};
  const phoneRng = seededRandom('phones');
  return {
    ...input,
    names: new NameGenerator(),
    phones: new PhoneBook(phoneRng),
    idNumbers: new Set(),
    counts,
    random: seededRandom,
    async insertMany(table, rows) {
      for (let i = 0; i < rows.length; i += BATCH) {
        await input.tx.insert(table).values(rows.slice(i, i + BATCH));
      }
      const name = getTableName(table);
      counts[name] = (counts[name] ?? 0) + rows.length;
    },
  };
}

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '157', '158', '159', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '199'];

export class PhoneBook {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Random) {}

  /** A new unique 11-digit mobile number. */
  mobile(): string {
    for (;;) {
      const n = this.rng.pick(MOBILE_PREFIXES) + this.rng.digits(8);
      if (!this.used.has(n)) {
        this.used.add(n);
        return n;
      }
    }
  }
}
