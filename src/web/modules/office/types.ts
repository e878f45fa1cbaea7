/** Shapes of the office area's API responses (see src/server/modules/{institutions,venues,commendations}/presenter.ts). */

export interface InstitutionAbilities {
  update: boolean;
  addVersion: boolean;
  publish: boolean;
  repeal: boolean;
  archive: boolean;
  restore: boolean;
}

export interface Institution {
  id: string;
  version: number;
  title: string;
  docNumber: string;
  issuingBody: string;
  kind: string;
  kindLabel: string;
  effectiveOn: string | null;
  status: string;
  statusLabel: string;
  repealedOn: string | null;
  currentVersionNo: number;
  summary: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  abilities: InstitutionAbilities;
}

export interface InstitutionVersion {
  id: string;
  institutionId: string;
  versionNo: number;
  bodyText: string;
  changeNote: string;
  effectiveOn: string | null;
  createdAt: string;
  isCurrent: boolean;
  attachmentOwner: { ownerType: string; ownerId: string };
}

export interface InstitutionDetail extends Institution {
  currentText: string;
  versions: InstitutionVersion[];
}

export interface Attachment {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: string;
  archivedAt: string | null;
  downloadUrl: string;
  abilities: { download: boolean; archive: boolean };
}

export interface Venue {
  id: string;
  version: number;
  name: string;
  capacity: number | null;
  equipment: string[];
  address: string;
  description: string;
  active: boolean;
  archivedAt: string | null;
  abilities: { update: boolean; archive: boolean; restore: boolean };
}

export interface Booking {
  id: string;
  version: number;
  venueId: string;
  venueName?: string;
  startsAt: string;
  endsAt: string;
  startsAtText: string;
  endsAtText: string;
  bookedForKind: string;
  bookedForKindLabel: string;
  bookedForId: string | null;
  bookedForName: string;
  purpose: string;
  contactName: string;
  contactPhone: string;
  status: string;
  statusLabel: string;
  cancelReason: string;
  mine: boolean;
  abilities: { update: boolean; cancel: boolean };
}

export interface VenueWeek {
  venue: { id: string; name: string; capacity: number | null; equipment: string[]; address: string; active: boolean };
  start: string;
  end: string;
  days: Array<{ day: string; weekday: string; bookings: Booking[] }>;
  abilities: { book: boolean };
}

export interface Commendation {
  id: string;
  version: number;
  year: number;
  category: string;
  categoryLabel: string;
  nomineeKind: 'member' | 'person' | 'unit';
  memberId: string | null;
  nomineeName: string;
  nomineeDetail: string;
  decisionMeetingLabel: string;
  meetingId: string | null;
  decidedOn: string;
  decisionDocNumber: string;
  citation: string;
  archivedAt: string | null;
  abilities: { update: boolean; archive: boolean; restore: boolean };
}

/** One line of 获得表彰 in the member page response. */
export interface MemberCommendation {
  id: string;
  year: number;
  category: string;
  categoryLabel: string;
  decisionMeetingLabel: string;
  meetingId: string | null;
  decidedOn: string;
  decisionDocNumber: string;
  citation: string;
}
