/**
 * Activities (RULES §8): one record type with kinds. The built-in kinds are the study and
 * party-building activities the seed counts; an org may switch kinds off or add its own
 * (orgs.settings.activityKinds). Research, inspection and supervision arrive with their areas.
 */
export const ACTIVITY_KINDS = [
  'reading',
  'training',
  'themePartyDay',
  'studyVisit',
  'contest',
  'visitMembersInDifficulty',
  'retiredBranch',
  'redFilm',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  reading: '委员读书活动',
  training: '培训班',
  themePartyDay: '主题党日活动',
  studyVisit: '参观学习',
  contest: '比赛活动',
  visitMembersInDifficulty: '走访慰问困难党员群众',
  retiredBranch: '离退休党支部活动',
  redFilm: '红色观影活动',
};

/** Shape of orgs.settings.activityKinds. */
export interface ActivityKindSettings {
  /** Built-in kinds switched on; absent = all. */
  enabled?: string[];
  /** Org-specific kinds: key (identifier) and Chinese label. */
  extra?: Array<{ key: string; label: string }>;
}

export interface ActivityKindOption {
  key: string;
  label: string;
  builtin: boolean;
}

/** Extra kind keys: identifiers that cannot collide with built-in kinds. */
export const EXTRA_KIND_KEY = /^[a-z][a-zA-Z0-9]{1,39}$/;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The kinds an org may use, from its settings (anything malformed falls back to the default). */
export function resolveActivityKinds(settings: unknown): ActivityKindOption[] {
  const cfg = isObj(settings) && isObj(settings.activityKinds) ? settings.activityKinds : {};
  const enabled = Array.isArray(cfg.enabled) ? new Set(cfg.enabled.filter((k): k is string => typeof k === 'string')) : null;
  const out: ActivityKindOption[] = ACTIVITY_KINDS.filter((k) => !enabled || enabled.has(k)).map((k) => ({ key: k, label: ACTIVITY_KIND_LABELS[k], builtin: true }));
  if (Array.isArray(cfg.extra)) {
    for (const e of cfg.extra) {
      if (!isObj(e) || typeof e.key !== 'string' || typeof e.label !== 'string') continue;
      if (!EXTRA_KIND_KEY.test(e.key) || (ACTIVITY_KINDS as readonly string[]).includes(e.key) || out.some((o) => o.key === e.key)) continue;
      out.push({ key: e.key, label: e.label.slice(0, 30), builtin: false });
    }
  }
  return out;
}

/** The Chinese label of a kind (built-in or the org's own), the key itself when unknown. */
export function activityKindLabel(kind: string, settings?: unknown): string {
  if ((ACTIVITY_KINDS as readonly string[]).includes(kind)) return ACTIVITY_KIND_LABELS[kind as ActivityKind];
  return resolveActivityKinds(settings).find((k) => k.key === kind)?.label ?? kind;
}

export const ACTIVITY_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = { planned: '筹备中', held: '已举办', cancelled: '已取消' };

/** Allowed status changes: a held activity may be set back to planned to correct a mistake. */
export const ACTIVITY_TRANSITIONS: Record<ActivityStatus, readonly ActivityStatus[]> = {
  planned: ['held', 'cancelled'],
  held: ['planned'],
  cancelled: ['planned'],
};

export function canTransitionActivity(from: string, to: string): boolean {
  return (ACTIVITY_TRANSITIONS[from as ActivityStatus] ?? []).includes(to as ActivityStatus);
}

export const ATTENDANCE = ['present', 'excused', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = { present: '出席', excused: '请假', absent: '缺席' };

export const PARTICIPANT_ROLES = ['participant', 'organizer', 'lecturer', 'trainee'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = { participant: '参加', organizer: '组织', lecturer: '授课', trainee: '学员' };

/** Counts of a participant list by attendance (应到 = everyone listed). */
export function attendanceSummary(list: Array<{ attendance: string }>): { expected: number; present: number; excused: number; absent: number } {
  const out = { expected: list.length, present: 0, excused: 0, absent: 0 };
  for (const p of list) if (p.attendance === 'present' || p.attendance === 'excused' || p.attendance === 'absent') out[p.attendance]++;
  return out;
}
