/**
 * Benchmark data: one city CPPCC with N members (default 10,000) spread over the usual sectors and
 * special committees, realistic Chinese names, employers and posts, and the bigram search vector
 * filled as the app fills it. Deterministic for a given seed.
 *
 *   node --import tsx bench/generate.ts [members]      into DATA_DIR / DATABASE_URL (migrated)
 */
import { sql } from 'drizzle-orm';
import { POLITICAL_AFFILIATIONS } from '../src/core/members';
import { toSearchText } from '../src/core/search';
import { hashPassword } from '../src/server/auth/password';
import type { Database } from '../src/server/db/client';
import { committees, memberCommittees, members, membershipChanges, orgs, sectors, terms, users } from '../src/server/db/schema';

export const BENCH_USER = 'bench_staff';
export const BENCH_PASSWORD = 'Bench2026pw!';

export interface GeneratedOrg {
  orgId: string;
  termId: string;
  userId: string;
  sectors: Array<{ id: string; name: string }>;
  committees: Array<{ id: string; name: string }>;
  memberIds: string[];
  ms: number;
}

/** The sectors (界别) of a city CPPCC, roughly in the order the roster lists them. */
export const SECTOR_NAMES = [
  '中国共产党', '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '无党派人士', '共青团', '工会', '妇联',
  '青联', '工商联', '科协', '台联', '侨联', '文化艺术界', '科学技术界', '社会科学界', '经济界', '农业界', '教育界',
  '体育界', '新闻出版界', '医药卫生界', '对外友好界', '社会福利和社会保障界', '少数民族界', '宗教界', '特邀人士',
] as const;

export const COMMITTEE_NAMES = [
  '提案委员会', '经济委员会', '农业和农村委员会', '人口资源环境委员会', '教科卫体委员会', '社会和法制委员会',
  '民族和宗教委员会', '港澳台侨和外事委员会', '文化文史和学习委员会',
] as const;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙'];
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁然晨曦瑶欣怡佳琪梓涵子轩雨彤嘉懿晓峰建国志强海燕春梅立新文博思远一鸣永康德华';
const EMPLOYER_KINDS: Array<[string, string[], string[]]> = [
  ['人民医院', ['医药卫生界', '农工党', '九三学社'], ['院长', '副院长', '主任医师', '科主任', '护士长']],
  ['中医院', ['医药卫生界', '农工党'], ['院长', '主任医师', '副主任医师']],
  ['第一中学', ['教育界', '民进'], ['校长', '副校长', '高级教师', '教研组长']],
  ['师范大学', ['教育界', '民盟', '社会科学界'], ['教授', '副教授', '院长', '研究员']],
  ['科技有限公司', ['经济界', '工商联', '民建'], ['董事长', '总经理', '技术总监']],
  ['农业发展合作社', ['农业界', '农工党'], ['理事长', '社长', '技术员']],
  ['律师事务所', ['民革', '无党派人士', '社会福利和社会保障界'], ['主任', '合伙人', '律师']],
  ['文化馆', ['文化艺术界', '民进'], ['馆长', '研究馆员', '演员']],
  ['日报社', ['新闻出版界'], ['总编辑', '记者', '编辑部主任']],
  ['体育运动学校', ['体育界', '共青团'], ['校长', '教练员']],
  ['总工会', ['工会'], ['副主席', '部长']],
  ['妇女联合会', ['妇联'], ['副主席', '部长']],
  ['商业银行分行', ['经济界', '民建'], ['行长', '副行长', '部门经理']],
  ['社会科学院', ['社会科学界', '民盟'], ['研究员', '副院长']],
  ['科学技术协会', ['科协', '科学技术界', '九三学社'], ['副主席', '高级工程师']],
];
const DISTRICTS = ['东湖', '青山', '江岸', '汉阳', '洪山', '江夏', '新洲', '黄陂', '蔡甸', '武昌'];

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const pad = (n: number) => String(n).padStart(2, '0');

export function chineseName(r: () => number): string {
  const surname = r() < 0.03 ? pick(r, COMPOUND_SURNAMES) : pick(r, Array.from(SURNAMES));
  const given = Array.from(GIVEN);
  return surname + pick(r, given) + (r() < 0.7 ? pick(r, given) : '');
}

/** Creates the org, its term, sectors, committees, a staff user and `count` members. */
export async function generateOrg(database: Database, opts: { members?: number; seed?: number; name?: string } = {}): Promise<GeneratedOrg> {
  const started = Date.now();
  const count = opts.members ?? 10_000;
  const r = rng(opts.seed ?? 20260101);
  const db = database.db;
  const [org] = await db.insert(orgs).values({ name: opts.name ?? '基准市政协', shortName: '基准市政协', level: 'city', regionName: '基准市' }).returning();
  const [term] = await db.insert(terms).values({ orgId: org.id, number: 15, name: '第十五届', startDate: '2022-01-10', isCurrent: true }).returning();
  const sectorRows = await db.insert(sectors).values(SECTOR_NAMES.map((name, i) => ({ orgId: org.id, name, sortOrder: i + 1 }))).returning();
  const committeeRows = await db.insert(committees).values(COMMITTEE_NAMES.map((name, i) => ({ orgId: org.id, name, shortName: name.replace('委员会', '委'), sortOrder: i + 1 }))).returning();
  const sectorByName = new Map(sectorRows.map((s) => [s.name, s.id]));
  const [user] = await db
    .insert(users)
    .values({ orgId: org.id, username: BENCH_USER, displayName: '基准测试员', passwordHash: await hashPassword(BENCH_PASSWORD), roles: ['officeStaff'], mustChangePassword: false })
    .returning({ id: users.id });

  const memberIds: string[] = [];
  const BATCH = 500;
  for (let done = 0; done < count; done += BATCH) {
    const rows = [];
    for (let i = done; i < Math.min(count, done + BATCH); i++) {
      const name = chineseName(r);
      const [suffix, sectorNames, posts] = pick(r, EMPLOYER_KINDS);
      const sectorName = r() < 0.8 ? pick(r, sectorNames) : pick(r, SECTOR_NAMES);
      const employer = `基准市${r() < 0.4 ? pick(r, DISTRICTS) + '区' : ''}${suffix}`;
      const post = pick(r, posts);
      const year = 1960 + Math.floor(r() * 35);
      rows.push({
        orgId: org.id,
        termId: term.id,
        name,
        gender: r() < 0.62 ? '男' : '女',
        birthDate: `${year}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`,
        politicalAffiliation: pick(r, POLITICAL_AFFILIATIONS),
        sectorId: sectorByName.get(sectorName)!,
        isStandingMember: r() < 0.12,
        employer,
        post,
        phone: `13${Math.floor(r() * 1e9).toString().padStart(9, '0')}`,
        education: pick(r, ['大学', '硕士研究生', '博士研究生', '大专']),
        joinedOn: '2022-01-10',
        searchVector: sql`to_tsvector('simple', ${toSearchText(name, employer, post)})` as unknown as string,
      });
    }
    const inserted = await db.insert(members).values(rows).returning({ id: members.id });
    memberIds.push(...inserted.map((m) => m.id));
    const seats = inserted
      .filter(() => r() < 0.35)
      .map((m) => ({ memberId: m.id, committeeId: pick(r, committeeRows).id, role: r() < 0.05 ? 'viceChair' : 'member' }));
    if (seats.length) await db.insert(memberCommittees).values(seats).onConflictDoNothing();
    await db.insert(membershipChanges).values(inserted.map((m) => ({ orgId: org.id, memberId: m.id, kind: 'initial', effectiveOn: '2022-01-10', approvingMeetingLabel: '第十五届一次会议' })));
  }
  await database.exec('ANALYZE');
  return {
    orgId: org.id,
    termId: term.id,
    userId: user.id,
    sectors: sectorRows.map((s) => ({ id: s.id, name: s.name })),
    committees: committeeRows.map((c) => ({ id: c.id, name: c.name })),
    memberIds,
    ms: Date.now() - started,
  };
}

// Run directly: fill the configured database.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadConfig } = await import('../src/server/config');
  const { openDatabase } = await import('../src/server/db/client');
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pgdata` });
  await database.migrate();
  const g = await generateOrg(database, { members: Number(process.argv[2] ?? 10_000) });
  console.log(`generated ${g.memberIds.length} members in ${(g.ms / 1000).toFixed(1)} s (org ${g.orgId}); log in as ${BENCH_USER} / ${BENCH_PASSWORD}`);
  await database.close();
}
