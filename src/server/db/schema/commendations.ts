import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, tsvector } from './common';
import { members } from './members';
import { orgs } from './orgs';

/** 表彰: one award to one member, person or unit, decided at a meeting. */
export const commendations = pgTable(
  'commendations',
  {
    ...recordColumns(),
    orgId: uuid().notNull().references(() => orgs.id),
    year: integer().notNull(),
    /** excellentMember / excellentStaff / advancedUnit / advancedCollective */
    category: text().notNull(),
    /** The member, for 优秀政协委员. */
    memberId: uuid().references(() => members.id),
    /** Staff name or unit/collective name (for members: copied from the roster). */
    nomineeName: text().notNull().default(''),
    /** 工作单位及职务 / 单位说明 */
    nomineeDetail: text().notNull().default(''),
    /** The deciding meeting as the paper says it (市政协六届二次会议); `meetingId` links once known. */
    decisionMeetingLabel: text().notNull().default(''),
    meetingId: uuid(),
    decidedOn: date().notNull(),
    /** 表彰决定文号 */
    decisionDocNumber: text().notNull().default(''),
    citation: text().notNull().default(''),
    searchVector: tsvector(),
  },
  (t) => [index().on(t.orgId, t.year, t.category), index().on(t.memberId), index().using('gin', t.searchVector)],
);
