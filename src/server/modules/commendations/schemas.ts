import { z } from 'zod';
import { COMMENDATION_CATEGORIES } from '../../../core/commendations';
import { pagingQuery } from '../../lib/paging';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const year = z.number().int().min(1949).max(2100);

export const idParams = z.object({ id: z.uuid() });
export const versionBody = z.strictObject({ version: z.number().int().min(1), reason: text(500).optional() });

const fields = {
  /** The year the award is for (2022年度), not necessarily the decision's year. */
  year,
  category: z.enum(COMMENDATION_CATEGORIES),
  /** For 优秀政协委员: the member. */
  memberId: z.uuid().nullable().optional(),
  /** For staff and units: the name (for members: filled from the roster). */
  nomineeName: text(200).optional(),
  nomineeDetail: text(300).optional(),
  decisionMeetingLabel: text(100).optional(),
  meetingId: z.uuid().nullable().optional(),
  decidedOn: isoDate,
  decisionDocNumber: text(100).optional(),
  citation: text(2000).optional(),
};

export const createCommendationBody = z.strictObject(fields);
export type CreateCommendationInput = z.infer<typeof createCommendationBody>;
export const updateCommendationBody = z.strictObject({ ...z.object(fields).partial().shape, version: z.number().int().min(1) });
export type UpdateCommendationInput = z.infer<typeof updateCommendationBody>;

export const commendationFilters = {
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  category: z.enum(COMMENDATION_CATEGORIES).optional(),
  memberId: z.uuid().optional(),
  meetingId: z.uuid().optional(),
  /** Decision-date range. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: text(100).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
};
export const commendationListQuery = z.strictObject({ ...pagingQuery, ...commendationFilters });
export const commendationExportQuery = z.strictObject(commendationFilters);
export type CommendationFilter = z.infer<typeof commendationExportQuery>;
