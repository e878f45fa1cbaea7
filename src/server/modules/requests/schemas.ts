import { z } from 'zod';
import { REQUEST_KINDS, REQUEST_OUTCOMES, REQUEST_SUBJECTS } from '../../../core/requests/kinds';
import { pagingQuery } from '../../lib/paging';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

export const idParams = z.object({ id: z.uuid() });
export const versionBody = z.strictObject({ version: z.number().int().min(1), reason: text(500).optional() });

const fields = {
  subject: z.enum(REQUEST_SUBJECTS),
  kind: z.enum(REQUEST_KINDS),
  title: z.string().trim().min(1).max(300),
  sentOn: isoDate.nullable().optional(),
  addressee: text(100).optional(),
  decisionOn: isoDate.nullable().optional(),
  outcome: z.enum(REQUEST_OUTCOMES).nullable().optional(),
  documentNo: text(100).optional(),
  notes: text(5000).optional(),
};
const links = { meetingIds: z.array(z.uuid()).max(200).optional(), activityIds: z.array(z.uuid()).max(200).optional() };

export const createRequestBody = z.strictObject({ ...fields, ...links });
export type CreateRequestInput = z.infer<typeof createRequestBody>;
export const updateRequestBody = z.strictObject({ ...z.object(fields).partial().shape, version: z.number().int().min(1) });
export type UpdateRequestInput = z.infer<typeof updateRequestBody>;
export const linksBody = z.strictObject({ version: z.number().int().min(1), meetingIds: z.array(z.uuid()).max(200), activityIds: z.array(z.uuid()).max(200) });

export const requestFilters = {
  kind: z.enum(REQUEST_KINDS).optional(),
  subject: z.enum(REQUEST_SUBJECTS).optional(),
  /** `pending` = no decision yet. */
  outcome: z.enum([...REQUEST_OUTCOMES, 'pending']).optional(),
  /** Sent-date range. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  addressee: text(100).optional(),
  meetingId: z.uuid().optional(),
  activityId: z.uuid().optional(),
  q: text(100).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
};
export const requestListQuery = z.strictObject({ ...pagingQuery, ...requestFilters });
export const requestExportQuery = z.strictObject(requestFilters);
export type RequestFilter = z.infer<typeof requestExportQuery>;

export const complianceQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  /** missing: only items lacking a request or a report (default); all: every major item. */
  show: z.enum(['missing', 'all']).default('missing'),
});
