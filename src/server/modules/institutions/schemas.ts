import { z } from 'zod';
import { INSTITUTION_KINDS, INSTITUTION_STATUSES } from '../../../core/institutions';
import { pagingQuery } from '../../lib/paging';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const version = z.number().int().min(1);

export const idParams = z.object({ id: z.uuid() });

const fields = {
  title: z.string().trim().min(1).max(300),
  docNumber: text(100).optional(),
  issuingBody: text(100).optional(),
  kind: z.enum(INSTITUTION_KINDS),
  summary: text(2000).optional(),
};

/** A new rule starts as a draft; its first text (version 1) may come with it. */
export const createInstitutionBody = z.strictObject({
  ...fields,
  effectiveOn: isoDate.nullable().optional(),
  bodyText: text(200_000).optional(),
  changeNote: text(500).optional(),
});
export type CreateInstitutionInput = z.infer<typeof createInstitutionBody>;

/** Metadata only: the text changes through a new version. */
export const updateInstitutionBody = z.strictObject({ ...z.object(fields).partial().shape, effectiveOn: isoDate.nullable().optional(), version });
export type UpdateInstitutionInput = z.infer<typeof updateInstitutionBody>;

export const addVersionBody = z.strictObject({
  version,
  bodyText: text(200_000),
  changeNote: text(500).optional(),
  /** 施行日期 of this version; the rule's effective date follows it. */
  effectiveOn: isoDate.nullable().optional(),
});
export type AddVersionInput = z.infer<typeof addVersionBody>;

export const publishBody = z.strictObject({ version, effectiveOn: isoDate.optional() });
export const repealBody = z.strictObject({ version, repealedOn: isoDate.optional(), reason: text(500).optional() });
export const versionBody = z.strictObject({ version, reason: text(500).optional() });

export const institutionFilters = {
  q: text(100).optional(),
  kind: z.enum(INSTITUTION_KINDS).optional(),
  status: z.enum(INSTITUTION_STATUSES).optional(),
  issuingBody: text(100).optional(),
  /** Effective-date range. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Effective in this year. */
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
};
export const institutionListQuery = z.strictObject({ ...pagingQuery, ...institutionFilters });
export const institutionExportQuery = z.strictObject(institutionFilters);
export type InstitutionFilter = z.infer<typeof institutionExportQuery>;
