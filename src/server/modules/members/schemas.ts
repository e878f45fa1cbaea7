import { z } from 'zod';
import { MEMBER_STATUSES, JOIN_KINDS, MEMBERSHIP_COMMAND_KINDS } from '../../../core/membership';
import { COMMITTEE_ROLES, GENDERS, ROSTER_SORTS } from '../../../core/members';
import { pagingQuery } from '../../lib/paging';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

export const idParams = z.object({ id: z.uuid() });

/** Editable profile fields of a member (create and update). */
export const profileFields = {
  name: z.string().trim().min(1).max(30),
  gender: z.enum(GENDERS),
  ethnicity: text(20).optional(),
  birthDate: isoDate.nullable().optional(),
  politicalAffiliation: text(30).optional(),
  sectorId: z.uuid().nullable().optional(),
  isStandingMember: z.boolean().optional(),
  employer: text(100).optional(),
  post: text(100).optional(),
  phone: text(30).optional(),
  idNumber: text(18).optional(),
  email: z.union([z.literal(''), z.email().max(100)]).optional(),
  address: text(200).optional(),
  education: text(30).optional(),
  photoAttachmentId: z.uuid().nullable().optional(),
  notes: text(2000).optional(),
};

export const committeeAssignment = z.strictObject({ committeeId: z.uuid(), role: z.enum(COMMITTEE_ROLES).default('member') });

export const createMemberBody = z.strictObject({
  ...profileFields,
  /** Default: the org's current term. */
  termId: z.uuid().optional(),
  committees: z.array(committeeAssignment).max(20).optional(),
  /** How the member joined: seated at the term's start (initial) or added later (added). */
  joining: z
    .strictObject({
      kind: z.enum(JOIN_KINDS),
      effectiveOn: isoDate.optional(),
      approvingMeetingLabel: text(100).optional(),
      approvingMeetingId: z.uuid().optional(),
      reason: text(500).optional(),
    })
    .optional(),
});
export type CreateMemberInput = z.infer<typeof createMemberBody>;

export const updateMemberBody = z.strictObject({ ...z.object(profileFields).partial().shape, version: z.number().int().min(1) });
export type UpdateMemberInput = z.infer<typeof updateMemberBody>;

export const setCommitteesBody = z.strictObject({ version: z.number().int().min(1), committees: z.array(committeeAssignment).max(20) });

export const membershipChangeBody = z.strictObject({
  version: z.number().int().min(1),
  kind: z.enum(MEMBERSHIP_COMMAND_KINDS),
  effectiveOn: isoDate,
  approvingMeetingLabel: z.string().trim().min(1).max(100),
  approvingMeetingId: z.uuid().optional(),
  reason: text(500).default(''),
});
export type MembershipChangeInput = z.infer<typeof membershipChangeBody>;

export const archiveBody = z.strictObject({ version: z.number().int().min(1), reason: text(500).optional() });

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');
const year = z.coerce.number().int().min(1900).max(2100);

/** Roster filters shared by the list and the Excel export. */
export const rosterFilters = {
  termId: z.uuid().optional(),
  sectorId: z.uuid().optional(),
  committeeId: z.uuid().optional(),
  status: z.enum([...MEMBER_STATUSES, 'all']).default('active'),
  isStandingMember: boolParam.optional(),
  gender: z.enum(GENDERS).optional(),
  politicalAffiliation: text(30).optional(),
  birthYearFrom: year.optional(),
  birthYearTo: year.optional(),
  q: text(100).optional(),
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
  sort: z.enum(ROSTER_SORTS).default('default'),
  order: z.enum(['asc', 'desc']).default('asc'),
};
export const rosterExportQuery = z.strictObject(rosterFilters);
export const rosterListQuery = z.strictObject({ ...pagingQuery, ...rosterFilters });
export type RosterFilter = z.infer<typeof rosterExportQuery>;
