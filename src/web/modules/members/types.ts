import type { CommitteeRole } from '../../../core/members';
import type { MemberStatus, MembershipChangeKind, MembershipCommandKind } from '../../../core/membership';
import type { MemberCommendation } from '../office/types';

/** What the server lets the caller do with one member (presenter `memberAbilities`). */
export interface MemberAbilities {
  update: boolean;
  setCommittees: boolean;
  changeMembership: MembershipCommandKind[];
  archive: boolean;
  restore: boolean;
  viewSensitive: boolean;
}

/** What the caller may do with the roster as a whole (presenter `rosterAbilities`). */
export interface RosterAbilities {
  create?: boolean;
  import?: boolean;
  export?: boolean;
}

export interface CommitteeSeat {
  committeeId: string;
  name: string;
  role: CommitteeRole | string;
}

/** The member profile as the server sends it: ID number and phone already masked unless allowed. */
export interface MemberProfile {
  id: string;
  version: number;
  orgId: string;
  termId: string;
  name: string;
  gender: string;
  ethnicity: string;
  birthDate: string | null;
  politicalAffiliation: string;
  sectorId: string | null;
  isStandingMember: boolean;
  employer: string;
  post: string;
  phone: string;
  idNumber: string;
  email: string;
  address: string;
  education: string;
  photoAttachmentId: string | null;
  status: MemberStatus | string;
  joinedOn: string | null;
  leftOn: string | null;
  notes: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  sensitiveMasked: boolean;
}

export interface RosterItem extends MemberProfile {
  sectorName: string | null;
  committees: CommitteeSeat[];
  abilities: MemberAbilities;
}

export interface MembershipChange {
  id: string;
  kind: MembershipChangeKind | string;
  effectiveOn: string;
  approvingMeetingId: string | null;
  approvingMeetingLabel: string;
  reason: string;
  createdAt: string;
}

export interface MemberGroupSeat {
  groupId: string;
  name: string;
  kind: string;
  role: string;
}

export interface MemberDetail extends MemberProfile {
  sectorName: string | null;
  termName: string | null;
  committees: CommitteeSeat[];
  groups: MemberGroupSeat[];
  history: MembershipChange[];
  /** 表彰 of the member (empty when the caller may not see them). */
  commendations?: MemberCommendation[];
  abilities: MemberAbilities;
}

/** One problem in an uploaded roster file (Excel row number, column header). */
export interface ImportIssue {
  row: number;
  column: string;
  message: string;
}

export const IMPORT_MODES = ['validate', 'importValid', 'importAll'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface ImportReport {
  total: number;
  valid: number;
  errors: ImportIssue[];
  /** Rows written (import modes only). */
  imported?: number;
  mode?: ImportMode;
}

/** A reference record (term, sector, committee) as the reference routes send it. */
export interface RefOption {
  id: string;
  name: string;
  isCurrent?: boolean;
  number?: number;
  sortOrder?: number;
}
