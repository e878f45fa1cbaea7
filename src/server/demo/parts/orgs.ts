import { committees, orgs, plenarySessions, sectors, terms } from '../../db/schema';
import type { DemoContext, DemoPart } from '../context';
import { DEMO_ORG_KEYS, ORG_SPECS } from '../data/orgs';

/** Orgs, terms, plenary sessions, sectors, committees and the towns/streets (orgs.settings.places). */
export const orgsPart: DemoPart = {
  name: 'orgs',
  async run(ctx: DemoContext) {
    const rng = ctx.random('orgs');
    for (const [sortOrder, key] of DEMO_ORG_KEYS.entries()) {
      const o = ctx.orgs[key];
      await ctx.insertMany(orgs, [
        {
          id: o.id,
          parentId: o.parentKey ? ctx.orgs[o.parentKey].id : null,
          name: o.name,
          shortName: o.shortName,
          level: o.level,
          regionName: o.regionName,
          sortOrder,
          settings: { places: o.places },
        },
      ]);
    }
    for (const key of DEMO_ORG_KEYS) {
      const o = ctx.orgs[key];
      const spec = ORG_SPECS[key];
      await ctx.insertMany(terms, [{ id: o.term.id, orgId: o.id, number: o.term.number, name: o.term.name, startDate: o.term.startDate, isCurrent: true }]);
      await ctx.insertMany(
        plenarySessions,
        spec.plenarySessions.map((s, i) => ({ id: o.plenarySessions[i].id, orgId: o.id, termId: o.term.id, ...s })),
      );
      await ctx.insertMany(
        sectors,
        spec.sectors.map(([name], i) => {
          const id = rng.uuid();
          o.sectorIds.set(name, id);
          return { id, orgId: o.id, name, sortOrder: i + 1 };
        }),
      );
      await ctx.insertMany(
        committees,
        spec.committees.map((c, i) => {
          const id = rng.uuid();
          o.committeeIds.set(c.name, id);
          return { id, orgId: o.id, name: c.name, shortName: c.shortName, duties: c.duties, sortOrder: i + 1 };
        }),
      );
    }
  },
};
