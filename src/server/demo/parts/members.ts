import { sql } from 'drizzle-orm';
import { toSearchText } from '../../../core/search';
import { memberCommittees, memberGroupMembers, memberGroups, members, membershipChanges } from '../../db/schema';
import type { DemoOrgKey } from '../accounts';
import type { DemoContext, DemoMember, DemoOrg, DemoPart, Gender } from '../context';
import { DEMO_ORG_KEYS, ORG_SPECS } from '../data/orgs';
import { COMMITTEE_AFFINITY, EDUCATION, MINORITIES, ROADS, SECTOR_PROFILES, fillEmployer, fitPost, type EduKind, type PlaceEnv } from '../data/sectors';
import { DEMO_REGION_CODES, makeIdNumber } from '../id-number';
import type { Random } from '../random';

/** Membership history of each org: who seated the roster, who was added or resigned in 2023-H1. */
const HISTORY: Record<
  DemoOrgKey,
  {
    initialLabel: string;
    added: Array<{ on: string; label: string; sectors: readonly string[] }>;
    resigned: Array<{ on: string; label: string; reason: string }>;
    minorityShare: number;
    groups: readonly string[];
    sectorGroups: ReadonlyArray<readonly [name: string, sectors: readonly string[]]>;
  }
> = {
  city: {
    initialLabel: '五届市政协常委会第三十次会议',
    added: [{ on: '2023-01-10', label: '六届市政协常委会第五次会议', sectors: ['经济界', '教育界', '医药卫生界', '民建', '农业界', '特邀人士'] }],
    resigned: [
      { on: '2023-03-28', label: '六届市政协常委会第六次会议', reason: '因工作调动离开云溪市,本人申请辞去政协委员职务' },
      { on: '2023-06-27', label: '六届市政协常委会第七次会议', reason: '因身体原因,本人申请辞去政协委员职务' },
    ],
    minorityShare: 0.04,
    groups: ['第一委员小组', '第二委员小组', '第三委员小组', '第四委员小组', '第五委员小组', '第六委员小组'],
    sectorGroups: [
      ['经济界界别活动组', ['经济界', '工商联', '民建']],
      ['教育界界别活动组', ['教育界', '民进']],
      ['医药卫生界界别活动组', ['医药卫生界', '农工党']],
      ['农业界界别活动组', ['农业界']],
    ],
  },
  donghu: {
    initialLabel: '三届区政协常委会第二十六次会议',
    added: [{ on: '2023-01-04', label: '四届区政协常委会第四次会议', sectors: ['经济界', '医药卫生界'] }],
    resigned: [],
    minorityShare: 0.03,
    groups: ['第一委员小组', '第二委员小组', '第三委员小组'],
    sectorGroups: [['经济界界别活动组', ['经济界', '工商联', '民建']], ['医药卫生界界别活动组', ['医药卫生界', '农工党']]],
  },
  qingshan: {
    initialLabel: '九届县政协常委会第二十八次会议',
    added: [],
    resigned: [{ on: '2023-04-18', label: '十届县政协常委会第六次会议', reason: '因工作调动,本人申请辞去政协委员职务' }],
    minorityShare: 0.1,
    groups: ['第一委员小组', '第二委员小组', '第三委员小组'],
    sectorGroups: [['农业界界别活动组', ['农业界']], ['教育界界别活动组', ['教育界']]],
  },
};

/** Posts many people can hold in one employer; the others are given once per employer. */
const SHARED_POSTS = new Set(['教授', '副教授', '高级教师', '主任医师', '副主任医师', '主任中医师', '律师', '合伙人、律师', '研究员', '副研究员', '主任记者', '教练员', '国家一级演员', '国家二级演员', '副研究馆员', '文博副研究馆员', '高级工程师', '推广研究员', '高级农艺师', '高级技师', '驾驶员', '主持人', '参事', '馆员']);

interface MemberRow extends DemoMember {
  ethnicity: string;
  education: string;
  idNumber: string;
  address: string;
}

interface MakeOptions {
  name?: string;
  gender?: Gender;
  birthYears?: readonly [number, number];
  employer?: string;
  post?: string;
  edu?: EduKind;
  affiliation?: string;
  joinedOn?: string;
}

/** Members (委员), committee seats, member groups and the membership history of the three orgs. */
export const membersPart: DemoPart = {
  name: 'members',
  async run(ctx: DemoContext) {
    // Employer|post pairs already given: city-wide employers (云溪学院 …) appear in every org.
    const usedJobs = new Set<string>();
    for (const key of DEMO_ORG_KEYS) await seedOrgMembers(ctx, ctx.orgs[key], usedJobs);
  },
};

async function seedOrgMembers(ctx: DemoContext, o: DemoOrg, usedJobs: Set<string>): Promise<void> {
  const rng = ctx.random(`members/${o.key}`);
  const spec = ORG_SPECS[o.key];
  const history = HISTORY[o.key];
  const env: PlaceEnv = { level: o.level, prefix: o.prefix, bare: o.prefix.slice(0, -1), places: o.places };
  const addressPrefix = o.level === 'city' ? o.prefix : `云溪市${o.prefix}`;
  const regions = DEMO_REGION_CODES[o.key];

  const make = (sector: string, opt: MakeOptions = {}): MemberRow => {
    const profile = SECTOR_PROFILES[sector];
    if (!profile) throw new Error(`demo: no profile for sector ${sector}`);
    const gender: Gender = opt.gender ?? (rng.chance(profile.female) ? '女' : '男');
    let employer = opt.employer;
    let post = opt.post;
    let edu: EduKind = opt.edu ?? 'professional';
    if (!employer || !post) {
      for (let attempt = 0; ; attempt++) {
        const job = rng.pick(profile.jobs);
        // District/county members mostly work locally, seldom at a city-wide employer (云溪学院 …).
        if (o.level !== 'city' && job.employer.startsWith('云溪') && attempt < 50 && rng.chance(0.85)) continue;
        employer = fillEmployer(rng, job.employer, env);
        post = fitPost(employer, rng.pick(job.posts));
        edu = job.edu;
        const k = `${employer}|${post}`;
        if (SHARED_POSTS.has(post) || !usedJobs.has(k) || attempt > 200) break;
      }
    }
    usedJobs.add(`${employer}|${post}`);
    let ethnicity = '汉族';
    if (employer.includes('伊斯兰')) ethnicity = '回族';
    else if (profile.minority || rng.chance(history.minorityShare)) ethnicity = rng.weighted(MINORITIES);
    const name = opt.name ?? ctx.names.next(rng, gender, ethnicity === '回族' && rng.chance(0.5) ? '马' : undefined);
    const [lo, hi] = opt.birthYears ?? profile.birthYears ?? [1960, 1990];
    const year = Math.round(lo + (hi - lo) * ((rng.next() + rng.next()) / 2));
    const birthDate = rng.date(`${year}-01-01`, `${year}-12-28`);
    return {
      id: rng.uuid(),
      name,
      gender,
      birthDate,
      sector,
      politicalAffiliation: opt.affiliation ?? profile.affiliation(rng),
      employer,
      post,
      phone: ctx.phones.mobile(),
      isStandingMember: false,
      status: 'active',
      joinedOn: opt.joinedOn ?? o.term.startDate,
      leftOn: null,
      ethnicity,
      education: rng.weighted(EDUCATION[edu]),
      idNumber: makeIdNumber(rng, rng.chance(0.8) ? regions[0] : rng.pick(regions), birthDate, gender, ctx.idNumbers),
      address: `${addressPrefix}${rng.pick(ROADS)}${rng.int(1, 399)}号`,
    };
  };

  // 1. Leadership (主席, 副主席, 秘书长): the CPPCC leaders are members of their own CPPCC.
  const roster: MemberRow[] = [];
  const cppccOffice = `${o.prefix}政协`;
  for (const l of o.leaders) {
    if (!l.cppccRole || !l.sector) continue;
    const head = SECTOR_PROFILES[l.sector]?.head?.(o.level, o.prefix);
    const title = l.cppccRole === 'chair' ? '主席' : l.cppccRole === 'viceChair' ? '副主席' : '秘书长';
    const m = make(l.sector, {
      name: l.name,
      gender: l.gender,
      birthYears: [1962, 1970],
      employer: head && l.cppccRole === 'viceChair' ? head.employer : cppccOffice,
      post: head && l.cppccRole === 'viceChair' ? `${head.post}、${o.short}政协副主席` : title,
      edu: 'official',
      affiliation: l.sector === '中共' ? '中共党员' : undefined,
    });
    m.cppccRole = l.cppccRole;
    m.orgHead = !!head && l.cppccRole === 'viceChair';
    m.isStandingMember = true;
    roster.push(m);
  }

  // 2. Each sector: its head (主委, 主席 …) unless a vice-chair already is, then the others.
  for (const [sector, count] of spec.sectors) {
    const profile = SECTOR_PROFILES[sector];
    let left = count - roster.filter((m) => m.sector === sector).length;
    const headed = roster.some((m) => m.sector === sector && m.orgHead);
    if (profile.head && !headed && left > 0) {
      const head = profile.head(o.level, o.prefix);
      const m = make(sector, { birthYears: [1963, 1976], employer: head.employer, post: head.post, edu: 'official' });
      m.orgHead = true;
      m.isStandingMember = true;
      roster.push(m);
      left--;
    }
    for (let i = 0; i < left; i++) roster.push(make(sector));
  }

  // 3. Committee chairs: full-time CPPCC officials from the 中共 (and in the city 特邀人士) sectors.
  const regular = (m: MemberRow) => !m.cppccRole && !m.orgHead && !m.committee;
  const chairPool = [
    ...rng.shuffle(roster.filter((m) => regular(m) && m.sector === '中共')),
    ...rng.shuffle(roster.filter((m) => regular(m) && m.sector === '特邀人士')),
  ];
  const committeeNames = spec.committees.map((c) => c.name);
  const chairs = o.level === 'city' ? [...chairPool.slice(0, 7), ...chairPool.filter((m) => m.sector === '特邀人士').slice(0, 3)] : chairPool.slice(0, committeeNames.length);
  for (const [i, name] of committeeNames.entries()) {
    const m = chairs[i];
    m.employer = cppccOffice;
    m.post = `${name}主任`;
    m.politicalAffiliation = '中共党员';
    m.education = rng.weighted(EDUCATION.official);
    m.committee = { name, role: 'chair' };
    m.isStandingMember = true;
  }

  // 4. Standing members: every sector represented, then random up to the target.
  for (const [sector] of spec.sectors) {
    if (!roster.some((m) => m.sector === sector && m.isStandingMember)) {
      const pick = rng.pick(roster.filter((m) => m.sector === sector));
      pick.isStandingMember = true;
    }
  }
  const others = rng.shuffle(roster.filter((m) => !m.isStandingMember));
  let standing = roster.filter((m) => m.isStandingMember).length;
  for (const m of others) {
    if (standing >= spec.standingMembers) break;
    m.isStandingMember = true;
    standing++;
  }

  // 5. Committee seats: 2–3 vice-chairs (1–2 in a district) and members drawn from the sectors the committee works with.
  for (const name of committeeNames) {
    const affinity = new Set(COMMITTEE_AFFINITY.filter(([k]) => name.includes(k)).flatMap(([, s]) => s));
    const free = roster.filter(regular);
    const preferred = rng.shuffle(free.filter((m) => affinity.has(m.sector)));
    const rest = rng.shuffle(free.filter((m) => !affinity.has(m.sector)));
    const size = o.level === 'city' ? rng.int(15, 24) : rng.int(8, 13);
    const vices = o.level === 'city' ? rng.int(2, 3) : rng.int(1, 2);
    const seated = [...preferred, ...rest].slice(0, size + vices);
    // Vice-chairs come from the committee's own sectors, standing members first.
    const ranked = [...seated].sort((x, y) => Number(affinity.has(y.sector)) - Number(affinity.has(x.sector)) || Number(y.isStandingMember) - Number(x.isStandingMember));
    const viceChairs = ranked.slice(0, vices);
    for (const m of seated) m.committee = { name, role: viceChairs.includes(m) ? 'viceChair' : 'member' };
  }

  // 6. Changes in 2023-H1: additions (增补) and resignations (辞去).
  const changes: Array<{ member: MemberRow; kind: 'initial' | 'added' | 'resigned'; on: string; label: string; reason: string }> = roster.map((member) => ({
    member,
    kind: 'initial',
    on: o.term.startDate,
    label: history.initialLabel,
    reason: '换届协商产生',
  }));
  for (const batch of history.added) {
    for (const sector of batch.sectors) {
      const m = make(sector, { joinedOn: batch.on });
      roster.push(m);
      changes.push({ member: m, kind: 'added', on: batch.on, label: batch.label, reason: `经${batch.label}协商通过,增补为政协${o.regionName}${o.term.name}委员会委员` });
    }
  }
  const leaving = rng.shuffle(roster.filter((m) => regular(m) && !m.isStandingMember && m.joinedOn === o.term.startDate));
  for (const [i, r] of history.resigned.entries()) {
    const m = leaving[i];
    m.status = 'resigned';
    m.leftOn = r.on;
    changes.push({ member: m, kind: 'resigned', on: r.on, label: r.label, reason: r.reason });
  }

  o.members = roster;
  await ctx.insertMany(
    members,
    roster.map((m) => ({
      id: m.id,
      orgId: o.id,
      termId: o.term.id,
      name: m.name,
      gender: m.gender,
      ethnicity: m.ethnicity,
      birthDate: m.birthDate,
      politicalAffiliation: m.politicalAffiliation,
      sectorId: o.sectorIds.get(m.sector) ?? null,
      isStandingMember: m.isStandingMember,
      employer: m.employer,
      post: m.post,
      phone: m.phone,
      idNumber: m.idNumber,
      address: m.address,
      education: m.education,
      status: m.status,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
      searchVector: sql`to_tsvector('simple', ${toSearchText(m.name, m.employer, m.post)})`,
    })),
  );
  await ctx.insertMany(
    memberCommittees,
    roster
      .filter((m) => m.committee && m.status === 'active')
      .map((m) => ({ memberId: m.id, committeeId: o.committeeIds.get(m.committee!.name)!, role: m.committee!.role })),
  );
  await ctx.insertMany(
    membershipChanges,
    changes.map((c) => ({
      id: rng.uuid(),
      orgId: o.id,
      memberId: c.member.id,
      kind: c.kind,
      effectiveOn: c.on,
      approvingMeetingLabel: c.label,
      reason: c.reason,
    })),
  );
  await seedGroups(ctx, o, rng, history);
}

/** 委员小组 (every active member in one), 界别活动组 and, in the city, a reading group. */
async function seedGroups(ctx: DemoContext, o: DemoOrg, rng: Random, history: (typeof HISTORY)[DemoOrgKey]): Promise<void> {
  const active = o.members.filter((m) => m.status === 'active');
  const groups: Array<{ id: string; name: string; kind: string; description: string; memberIds: string[]; leaderId: string | undefined }> = [];
  const pool = rng.shuffle(active.filter((m) => !m.cppccRole));
  const n = history.groups.length;
  const per = Math.ceil(pool.length / n);
  history.groups.forEach((name, i) => {
    const part = pool.slice(i * per, (i + 1) * per);
    const places = o.places.filter((_, j) => j % n === i);
    groups.push({
      id: rng.uuid(),
      name,
      kind: 'group',
      description: `联系${places.join('、')}的委员,由组长召集开展学习、视察和联系群众活动。`,
      memberIds: part.map((m) => m.id),
      leaderId: (part.find((m) => m.isStandingMember) ?? part[0])?.id,
    });
  });
  for (const [name, sectors] of history.sectorGroups) {
    const part = active.filter((m) => sectors.includes(m.sector) && !m.cppccRole);
    groups.push({
      id: rng.uuid(),
      name,
      kind: 'sectorGroup',
      description: `${sectors.join('、')}委员开展界别协商和界别活动。`,
      memberIds: part.map((m) => m.id),
      leaderId: (part.find((m) => m.isStandingMember) ?? part[0])?.id,
    });
  }
  if (o.level === 'city') {
    const part = rng.sample(active, 40);
    groups.push({
      id: rng.uuid(),
      name: '“书香政协”委员读书小组',
      kind: 'studyGroup',
      description: '依托专委会功能型党支部,常态化开展“党建+学习”委员读书活动。',
      memberIds: part.map((m) => m.id),
      leaderId: part[0]?.id,
    });
  }
  for (const g of groups) o.groupIds.set(g.name, g.id);
  await ctx.insertMany(
    memberGroups,
    groups.map((g) => ({ id: g.id, orgId: o.id, name: g.name, kind: g.kind, description: g.description })),
  );
  await ctx.insertMany(
    memberGroupMembers,
    groups.flatMap((g) => g.memberIds.map((memberId) => ({ groupId: g.id, memberId, role: memberId === g.leaderId ? 'leader' : 'member' }))),
  );
}
