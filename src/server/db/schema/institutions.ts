import { date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, tstz, tsvector } from './common';
import { orgs } from './orgs';

/** 制度: one rule of the org; the current text is the latest row of `institution_versions`. */
export const institutions = pgTable(
  'institutions',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    title: text().notNull(),
    /** 文号, e.g. 市政协党组〔2023〕3号 */
    docNumber: text().notNull().default(''),
    /** 发文机关, e.g. 中共XX市政协党组 */
    issuingBody: text().notNull().default(''),
    /** partyGroup / office / work / … (src/core/institutions) */
    kind: text().notNull(),
    /** 施行日期 of the current version */
    effectiveOn: date(),
    /** draft / inForce / repealed */
    status: text().notNull().default('draft'),
    repealedOn: date(),
    /** Number of the latest version (0 before the first text is recorded). */
    currentVersionNo: integer().notNull().default(0),
    summary: text().notNull().default(''),
    /** Bigrams of title, number, issuing body and the current body text. */
    searchVector: tsvector(),
  },
  (t) => [index().on(t.orgId, t.status, t.effectiveOn), index().on(t.orgId, t.kind), index().using('gin', t.searchVector)],
);

/** One version of an institution's text (修订记录). Append-only; attachments hang on the version. */
export const institutionVersions = pgTable(
  'institution_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    institutionId: uuid().notNull().references(() => institutions.id),
    versionNo: integer().notNull(),
    bodyText: text().notNull().default(''),
    changeNote: text().notNull().default(''),
    effectiveOn: date(),
    createdAt: tstz().notNull().defaultNow(),
    createdBy: uuid(),
  },
  (t) => [uniqueIndex().on(t.institutionId, t.versionNo)],
);
