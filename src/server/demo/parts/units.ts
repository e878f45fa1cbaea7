import { sql } from 'drizzle-orm';
import { toSearchText } from '../../../core/search';
import { units } from '../../db/schema';
import type { DemoContext, DemoPart } from '../context';
import { DEMO_ORG_KEYS } from '../data/orgs';
import { ROADS } from '../data/sectors';
import { CITY_UNITS, DONGHU_UNITS, QINGSHAN_UNITS, type UnitSpec } from '../data/units';

const UNITS_BY_ORG = { city: CITY_UNITS, donghu: DONGHU_UNITS, qingshan: QINGSHAN_UNITS } as const;

/** Handling units (承办单位) with a contact person each. */
export const unitsPart: DemoPart = {
  name: 'units',
  async run(ctx: DemoContext) {
    const rng = ctx.random('units');
    for (const key of DEMO_ORG_KEYS) {
      const o = ctx.orgs[key];
      const specs: readonly UnitSpec[] = UNITS_BY_ORG[key];
      const rows = specs.map(([name, shortName, category], i) => {
        const id = rng.uuid();
        o.unitIds.set(name, id);
        const gender = rng.chance(0.45) ? '女' : '男';
        const contactName = ctx.names.next(rng, gender);
        const contactPhone = ctx.phones.mobile();
        o.unitContacts.set(name, { name: contactName, phone: contactPhone });
        const address =
          category === 'party'
            ? `${o.prefix}府前路2号`
            : category === 'government' && !name.includes('街道') && !name.endsWith('人民政府')
              ? `${o.prefix}行政中心${rng.int(1, 6)}号楼`
              : `${o.prefix}${rng.pick(ROADS)}${rng.int(1, 300)}号`;
        return {
          id,
          orgId: o.id,
          name,
          shortName,
          category,
          contactName,
          contactPhone,
          address,
          sortOrder: i + 1,
          searchVector: sql`to_tsvector('simple', ${toSearchText(name, shortName, contactName)})`,
        };
      });
      await ctx.insertMany(units, rows);
    }
  },
};
