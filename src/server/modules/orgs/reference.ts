import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { toSearchText } from '../../../core/search';
import { committees, leaders, memberGroups, plenarySessions, sectors, terms, units } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { registerReferenceResource } from '../../lib/crud';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const name = (max = 100) => z.string().trim().min(1).max(max);

/** 届次, 会次, 界别, 专委会, 承办单位, 领导, 委员小组: the org's reference data, one shape each. */
export async function referenceRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  registerReferenceResource(app, deps, {
    path: 'terms',
    table: terms,
    targetType: 'term',
    label: '届次',
    fields: { number: z.number().int().min(1).max(99), name: name(30), startDate: isoDate, endDate: isoDate.nullable().optional(), isCurrent: z.boolean().optional() },
    orderBy: [terms.number],
    labelOf: (r) => String(r.name),
    writeRoles: ['officeAdmin'],
  });

  registerReferenceResource(app, deps, {
    path: 'plenary-sessions',
    table: plenarySessions,
    targetType: 'plenarySession',
    label: '会次',
    fields: {
      termId: z.uuid(),
      number: z.number().int().min(1).max(20),
      name: name(40),
      startDate: isoDate,
      endDate: isoDate.nullable().optional(),
      proposalWindowStart: isoDate.nullable().optional(),
      proposalWindowEnd: isoDate.nullable().optional(),
    },
    filters: { termId: { schema: z.uuid(), column: plenarySessions.termId } },
    orderBy: [plenarySessions.startDate],
    labelOf: (r) => String(r.name),
    writeRoles: ['officeAdmin'],
    async validate(input, actor, tx) {
      const [term] = await tx.select({ id: terms.id }).from(terms).where(and(eq(terms.id, String(input.termId)), eq(terms.orgId, actor.orgId)));
      if (!term) throw new AppError('VALIDATION_FAILED', '所选届次不存在');
      if (input.endDate && String(input.endDate) < String(input.startDate)) throw new AppError('VALIDATION_FAILED', '结束日期不能早于开始日期');
    },
  });

  registerReferenceResource(app, deps, {
    path: 'sectors',
    table: sectors,
    targetType: 'sector',
    label: '界别',
    fields: { name: name(40), sortOrder: z.number().int().min(0).max(9999).optional() },
    searchColumns: [sectors.name],
    orderBy: [sectors.sortOrder, sectors.name],
    labelOf: (r) => String(r.name),
  });

  registerReferenceResource(app, deps, {
    path: 'committees',
    table: committees,
    targetType: 'committee',
    label: '专委会',
    fields: { name: name(60), shortName: text(20).optional(), duties: text(2000).optional(), sortOrder: z.number().int().min(0).max(9999).optional() },
    searchColumns: [committees.name, committees.shortName],
    orderBy: [committees.sortOrder, committees.name],
    labelOf: (r) => String(r.name),
  });

  registerReferenceResource(app, deps, {
    path: 'units',
    table: units,
    targetType: 'unit',
    label: '承办单位',
    fields: {
      name: name(80),
      shortName: text(30).optional(),
      category: z.enum(['party', 'government', 'court', 'procuratorate', 'people', 'enterprise', 'other']).optional(),
      contactName: text(30).optional(),
      contactPhone: text(30).optional(),
      address: text(200).optional(),
      sortOrder: z.number().int().min(0).max(9999).optional(),
    },
    filters: { category: { schema: z.string().max(30), column: units.category } },
    searchVector: units.searchVector,
    searchText: (r) => toSearchText(String(r.name ?? ''), String(r.shortName ?? ''), String(r.contactName ?? '')),
    orderBy: [units.sortOrder, units.name],
    labelOf: (r) => String(r.name),
  });

  registerReferenceResource(app, deps, {
    path: 'leaders',
    table: leaders,
    targetType: 'leader',
    label: '领导',
    fields: {
      name: name(30),
      post: name(80),
      level: z.enum(['county', 'city', 'province', 'national']).optional(),
      body: z.enum(['party', 'government', 'cppcc', 'npc', 'other']).optional(),
      sortOrder: z.number().int().min(0).max(9999).optional(),
    },
    filters: { level: { schema: z.string().max(20), column: leaders.level }, body: { schema: z.string().max(20), column: leaders.body } },
    searchColumns: [leaders.name, leaders.post],
    orderBy: [leaders.sortOrder, leaders.name],
    labelOf: (r) => `${r.post} ${r.name}`,
  });

  registerReferenceResource(app, deps, {
    path: 'member-groups',
    table: memberGroups,
    targetType: 'memberGroup',
    label: '委员小组',
    fields: { name: name(60), kind: z.enum(['group', 'sectorGroup', 'studyGroup', 'other']).optional(), description: text(1000).optional() },
    searchColumns: [memberGroups.name],
    orderBy: [memberGroups.name],
    labelOf: (r) => String(r.name),
  });
}
