import { venueBookings, venues } from '../../db/schema';
import type { DemoContext, DemoPart } from '../context';

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const SLOTS = [
  ['09:00', '11:30'],
  ['14:30', '17:00'],
] as const;

/**
 * 会场 of the city: the upgraded 委员之家 (reopened 2023-03-06, "完成‘委员之家’的全面升级改造") and two
 * meeting rooms, with bookings from March to June 2023 by the committees, the sector activity
 * groups, the “有事好商量” room convener and the office — no two live bookings of a venue overlap;
 * a few are cancelled.
 */
export const venuesPart: DemoPart = {
  name: 'venues',
  async run(ctx: DemoContext) {
    const rng = ctx.random('venues/city');
    const city = ctx.orgs.city;
    const specs = [
      { name: '委员之家', capacity: 120, equipment: ['LED大屏', '音响扩声系统', '视频会议系统', '同声录播', '书吧'], address: '云溪市政协机关大院一号楼一楼', description: '2023年3月完成全面升级改造，供专委会、功能型党支部、界别委员、协商议事等活动使用。' },
      { name: '第一会议室', capacity: 40, equipment: ['投影仪', '音响', '视频会议系统'], address: '云溪市政协机关大院一号楼三楼', description: '' },
      { name: '第二会议室', capacity: 20, equipment: ['投影仪', '白板'], address: '云溪市政协机关大院一号楼三楼', description: '' },
    ];
    const venueRows = specs.map((s) => ({ id: rng.uuid(), orgId: city.id, ...s }));
    await ctx.insertMany(venues, venueRows);

    const staff = city.userIds.get('jiguan') ?? null;
    const convener = city.userIds.get('zhaojiren') ?? null;
    const committees = [...city.committeeIds.entries()];
    const sectorGroups = [...city.groupIds.entries()].filter(([name]) => name.includes('界别'));
    type Who = { kind: 'committee' | 'sectorGroup' | 'room' | 'office'; id: string | null; name: string; purposes: string[]; by: string | null };
    const pickWho = (): Who => {
      const r = rng.next();
      if (r < 0.4 && committees.length) {
        const [name, id] = rng.pick(committees);
        return { kind: 'committee', id, name, purposes: ['专题协商会筹备会', '调研成果交流会', '委员读书活动', '专委会全体会议', '提案办理协商会'], by: staff };
      }
      if (r < 0.6 && sectorGroups.length) {
        const [name, id] = rng.pick(sectorGroups);
        return { kind: 'sectorGroup', id, name, purposes: ['界别委员活动', '界别协商座谈', '委员履职交流'], by: staff };
      }
      if (r < 0.8) return { kind: 'room', id: null, name: '云溪街道“有事好商量”协商议事室', purposes: ['老旧小区改造协商', '背街小巷停车难协商', '农贸市场提升改造协商'], by: convener };
      return { kind: 'office', id: null, name: '市政协办公室', purposes: ['机关党支部主题党日', '机关干部学习会', '秘书长办公会议'], by: staff };
    };

    const used = new Set<string>();
    const rows: Array<typeof venueBookings.$inferInsert> = [];
    // Mondays from the reopening to the end of June.
    for (let monday = '2023-03-06'; monday <= '2023-06-26'; monday = addDays(monday, 7)) {
      const n = rng.int(3, 6);
      for (let i = 0; i < n; i++) {
        const day = addDays(monday, rng.int(0, 4));
        const slot = rng.int(0, SLOTS.length - 1);
        const venue = i < 2 ? venueRows[0] : rng.pick(venueRows);
        const key = `${venue.id}/${day}/${slot}`;
        if (used.has(key)) continue;
        used.add(key);
        const who = pickWho();
        const cancelled = rng.chance(0.08);
        rows.push({
          id: rng.uuid(),
          orgId: city.id,
          venueId: venue.id,
          startsAt: new Date(`${day}T${SLOTS[slot][0]}:00+08:00`),
          endsAt: new Date(`${day}T${SLOTS[slot][1]}:00+08:00`),
          bookedForKind: who.kind,
          bookedForId: who.id,
          bookedForName: who.name,
          purpose: rng.pick(who.purposes),
          contactName: '',
          contactPhone: '',
          status: cancelled ? 'cancelled' : 'booked',
          cancelReason: cancelled ? '活动改期' : '',
          version: cancelled ? 2 : 1,
          createdBy: who.by,
          createdAt: new Date(`${addDays(day, -rng.int(3, 10))}T10:00:00+08:00`),
        });
      }
    }
    await ctx.insertMany(venueBookings, rows);
  },
};
