import { leaders } from '../../db/schema';
import type { CppccRole, DemoContext, DemoLeader, DemoPart } from '../context';
import { DEMO_ORG_KEYS } from '../data/orgs';

type LeaderSpec = readonly [post: string, body: DemoLeader['body'], cppccRole?: CppccRole, sector?: string];

/** Leadership of the city: {S} is 市/区/县. */
function leaderSpecs(short: string, viceChairSectors: readonly string[]): LeaderSpec[] {
  const head = short === '市' ? '市长' : `${short}长`;
  const vice = short === '市' ? '副市长' : `副${short}长`;
  return [
    [`${short}委书记`, 'party'],
    [`${short}委副书记、${head}`, 'government'],
    [`${short}人大常委会主任`, 'npc'],
    [`${short}政协主席`, 'cppcc', 'chair', '中共'],
    [`${short}委副书记`, 'party'],
    [`${short}委常委、常务${vice}`, 'government'],
    ...(short === '市' ? ([[`市委常委、组织部部长`, 'party'], [`市委常委、宣传部部长`, 'party'], [`市委常委、统战部部长`, 'party']] as const) : ([[`${short}委常委、统战部部长`, 'party']] as const)),
    [vice, 'government'],
    [vice, 'government'],
    ...(short === '市' ? ([[vice, 'government']] as const) : []),
    ...viceChairSectors.map((sector): LeaderSpec => [`${short}政协副主席`, 'cppcc', 'viceChair', sector]),
    [`${short}政协秘书长`, 'cppcc', 'secretaryGeneral', '中共'],
  ];
}

const VICE_CHAIR_SECTORS = {
  city: ['中共', '中共', '民盟', '九三学社', '工商联'],
  donghu: ['中共', '民进', '无党派人士'],
  qingshan: ['中共', '民盟', '工商联'],
} as const;

/** Party, government, NPC and CPPCC leaders (领导) who give instructions and supervise. */
export const leadersPart: DemoPart = {
  name: 'leaders',
  async run(ctx: DemoContext) {
    const rng = ctx.random('leaders');
    for (const key of DEMO_ORG_KEYS) {
      const o = ctx.orgs[key];
      const specs = leaderSpecs(o.short, VICE_CHAIR_SECTORS[key]);
      const level: DemoLeader['level'] = o.level === 'city' ? 'city' : 'county';
      const list: DemoLeader[] = specs.map(([post, body, cppccRole, sector]) => {
        const gender = rng.chance(0.15) ? '女' : '男';
        return { id: rng.uuid(), name: ctx.names.next(rng, gender), gender, post, level, body, cppccRole, sector };
      });
      if (key === 'city') {
        // Provincial leaders who instruct on the city's reports.
        for (const [post, body] of [['省委常委、常务副省长', 'government'], ['省政协副主席', 'cppcc']] as const) {
          list.push({ id: rng.uuid(), name: ctx.names.next(rng, '男'), gender: '男', post, level: 'province', body });
        }
      }
      o.leaders = list;
      await ctx.insertMany(
        leaders,
        list.map((l, i) => ({ id: l.id, orgId: o.id, name: l.name, post: l.post, level: l.level, body: l.body, sortOrder: i + 1 })),
      );
    }
  },
};
