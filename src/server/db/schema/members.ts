import { boolean, date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, tstz, tsvector } from './common';
import { committees, orgs, sectors, terms } from './orgs';

/** 委员: a member within one term of one org. */
export const members = pgTable(
  'members',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    termId: uuid().notNull().references(() => terms.id),
    name: text().notNull(),
    gender: text().notNull(),
    ethnicity: text().notNull().default('汉族'),
    birthDate: date(),
    politicalAffiliation: text().notNull().default(''),
    sectorId: uuid().references(() => sectors.id),
    isStandingMember: boolean().notNull().default(false),
    employer: text().notNull().default(''),
    post: text().notNull().default(''),
    phone: text().notNull().default(''),
    /** Protected personal information: masked for everyone but authorized staff. */
    idNumber: text().notNull().default(''),
    email: text().notNull().default(''),
    address: text().notNull().default(''),
    education: text().notNull().default(''),
    photoAttachmentId: uuid(),
    /** active / resigned / revoked — derived from the membership changes, kept for filtering */
    status: text().notNull().default('active'),
    joinedOn: date(),
    leftOn: date(),
    notes: text().notNull().default(''),
    searchVector: tsvector(),
  },
  (t) => [
    index().on(t.orgId, t.termId, t.status),
    index().on(t.sectorId),
    index().using('gin', t.searchVector),
  ],
);

export const memberCommittees = pgTable(
  'member_committees',
  {
    memberId: uuid().notNull().references(() => members.id),
    committeeId: uuid().notNull().references(() => committees.id),
    /** chair / viceChair / member */
    role: text().notNull().default('member'),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.committeeId] }), index().on(t.committeeId)],
);

/** Member groups (委员小组, 界别活动组 …). */
export const memberGroups = pgTable('member_groups', {
  ...recordColumns(),
  orgId: uuid().notNull().references(() => orgs.id),
  name: text().notNull(),
  kind: text().notNull().default('group'),
  description: text().notNull().default(''),
});

export const memberGroupMembers = pgTable(
  'member_group_members',
  {
    groupId: uuid().notNull().references(() => memberGroups.id),
    memberId: uuid().notNull().references(() => members.id),
    role: text().notNull().default('member'),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.memberId] }), index().on(t.memberId)],
);

/**
 * Membership history (增补 / 辞去 / 撤销; `initial` for members seated at the term's start).
 * Append-only: a correction is a new row, never an update.
 */
export const membershipChanges = pgTable(
  'membership_changes',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid().notNull().references(() => orgs.id),
    memberId: uuid().notNull().references(() => members.id),
    kind: text().notNull(),
    effectiveOn: date().notNull(),
    /** The approving meeting; `approvingMeetingId` links once meetings exist, the label is what the paper says. */
    approvingMeetingId: uuid(),
    approvingMeetingLabel: text().notNull().default(''),
    reason: text().notNull().default(''),
    createdAt: tstz().notNull().defaultNow(),
    createdBy: uuid(),
  },
  (t) => [index().on(t.orgId, t.effectiveOn), index().on(t.memberId)],
);
