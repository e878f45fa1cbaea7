/** API shapes of the year area (work plans, activities, requests) as the server presents them. */

export interface PlanAbilities {
  update: boolean;
  addTask: boolean;
  transition: string[];
  archive: boolean;
  restore: boolean;
  export: boolean;
}

export interface Plan {
  id: string;
  version: number;
  archivedAt: string | null;
  year: number;
  title: string;
  status: string;
  statusLabel: string;
  description: string;
  abilities: PlanAbilities;
  taskCount?: number;
  doneCount?: number;
}

export interface TaskAbilities {
  update: boolean;
  transition: string[];
  addNote: boolean;
  linkMeetings: boolean;
  archive: boolean;
  restore: boolean;
}

export interface Task {
  id: string;
  version: number;
  archivedAt: string | null;
  planId: string;
  sortOrder: number;
  section: string;
  title: string;
  description: string;
  ownerCommitteeId: string | null;
  ownerName: string;
  dueOn: string | null;
  status: string;
  completedOn: string | null;
  displayStatus: 'notStarted' | 'inProgress' | 'done' | 'overdue';
  displayStatusLabel: string;
  overdue: boolean;
  abilities: TaskAbilities;
  planTitle?: string;
  planYear?: number;
  activityCount?: number;
  lastNote?: string | null;
}

export interface OwnerProgress {
  owner: string;
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

export interface PlanPage extends Plan {
  today: string;
  tasks: Task[];
  progress: { owners: OwnerProgress[]; totals: Omit<OwnerProgress, 'owner'> };
}

export interface TaskNote {
  id: string;
  notedOn: string;
  body: string;
  authorName: string;
  createdAt: string;
}

export interface RefItem {
  id: string;
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string | null;
  status?: string;
}

export interface TaskPage extends Task {
  plan: Plan;
  notes: TaskNote[];
  activities: RefItem[];
  meetings: RefItem[];
  ownerCommittee: { id: string; name: string } | null;
}

export interface TrainingInfo {
  topics: string[];
  sessions: Array<{ date: string; topic: string; lecturer: string; place: string; form: string }>;
  lecturers: Array<{ name: string; title: string }>;
  traineeCount?: number;
}

export interface ActivityAbilities {
  update: boolean;
  setParticipants: boolean;
  transition: string[];
  archive: boolean;
  restore: boolean;
}

export interface Activity {
  id: string;
  version: number;
  archivedAt: string | null;
  kind: string;
  kindLabel: string;
  title: string;
  organizerCommitteeId: string | null;
  organizerName: string;
  partyBranch: string;
  startsOn: string;
  endsOn: string | null;
  place: string;
  description: string;
  outcome: string;
  training: TrainingInfo | null;
  status: string;
  statusLabel: string;
  isMajor: boolean;
  workPlanTaskId: string | null;
  abilities: ActivityAbilities;
  participantCount?: number;
  presentCount?: number;
}

export interface Participant {
  id: string;
  memberId: string | null;
  userId: string | null;
  name: string;
  role: string;
  attendance: string;
  note: string;
}

export interface ActivityPage extends Activity {
  organizerCommittee: { id: string; name: string } | null;
  workPlanTask: { id: string; title: string; planId: string; planTitle: string } | null;
  requests: Array<{ id: string; kind: string; subject: string; title: string; sentOn: string | null; outcome: string | null }>;
  participants: Participant[];
  attendance: { expected: number; present: number; excused: number; absent: number };
}

export interface ActivityKindOption {
  key: string;
  label: string;
  builtin: boolean;
}

export interface PartyRequest {
  id: string;
  version: number;
  archivedAt: string | null;
  subject: string;
  kind: string;
  title: string;
  sentOn: string | null;
  addressee: string;
  decisionOn: string | null;
  outcome: string | null;
  documentNo: string;
  notes: string;
  kindLabel: string;
  subjectLabel: string;
  outcomeLabel: string;
  abilities: { update: boolean; setLinks: boolean; archive: boolean; restore: boolean };
}

export interface PartyRequestPage extends PartyRequest {
  meetings: RefItem[];
  activities: RefItem[];
}

export interface ComplianceRow {
  type: 'meeting' | 'activity';
  id: string;
  title: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  hasRequest: boolean;
  hasReport: boolean;
  requestMissing: boolean;
  reportMissing: boolean;
  requests: Array<{ id: string; kind: string; title: string; sentOn: string | null }>;
}

export interface ComplianceResult {
  year: number;
  today: string;
  items: ComplianceRow[];
  total: number;
  summary: { major: number; requestMissing: number; reportMissing: number };
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

export interface MeetingOption {
  id: string;
  title: string;
  kindLabel?: string;
  day?: string;
}
