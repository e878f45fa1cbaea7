/**
 * Meeting kinds (RULES §8). Built-in kinds are string values; an org may add its own kinds
 * (settings), which are never numbered and never default to a study item.
 */
export const MEETING_KINDS = ['plenary', 'standingCommittee', 'chairs', 'partyGroup', 'secretaryGeneral', 'committee', 'thematic'] as const;
export type BuiltinMeetingKind = (typeof MEETING_KINDS)[number];
/** A built-in kind or an org-defined one (camelCase identifier). */
export type MeetingKind = BuiltinMeetingKind | (string & {});

export const MEETING_KIND_RE = /^[a-z][a-zA-Z0-9]{1,39}$/;

export interface MeetingKindInfo {
  kind: string;
  label: string;
  /** Numbered within the term: 六届二次会议, 第五次常委会会议. */
  numbered: boolean;
  /** The first agenda item is collective study by default (第一议题). */
  studyFirst: boolean;
  /** Elections and votes may be held at this kind of meeting. */
  votes: boolean;
  builtin: boolean;
}

export const BUILTIN_KIND_INFO: Record<BuiltinMeetingKind, MeetingKindInfo> = {
  plenary: { kind: 'plenary', label: '全体会议', numbered: true, studyFirst: false, votes: true, builtin: true },
  standingCommittee: { kind: 'standingCommittee', label: '常委会会议', numbered: true, studyFirst: false, votes: true, builtin: true },
  chairs: { kind: 'chairs', label: '主席会议', numbered: true, studyFirst: true, votes: false, builtin: true },
  partyGroup: { kind: 'partyGroup', label: '党组会议', numbered: true, studyFirst: true, votes: false, builtin: true },
  secretaryGeneral: { kind: 'secretaryGeneral', label: '秘书长会议', numbered: false, studyFirst: false, votes: false, builtin: true },
  committee: { kind: 'committee', label: '专委会会议', numbered: false, studyFirst: false, votes: false, builtin: true },
  thematic: { kind: 'thematic', label: '专题会议', numbered: false, studyFirst: false, votes: false, builtin: true },
};

export interface CustomMeetingKind {
  kind: string;
  label: string;
}

export function isBuiltinKind(kind: string): kind is BuiltinMeetingKind {
  return (MEETING_KINDS as readonly string[]).includes(kind);
}

/** Every kind an org can use: the built-in ones, then its own. */
export function meetingKinds(custom: readonly CustomMeetingKind[] = []): MeetingKindInfo[] {
  const out: MeetingKindInfo[] = MEETING_KINDS.map((k) => BUILTIN_KIND_INFO[k]);
  for (const c of custom) if (!isBuiltinKind(c.kind)) out.push({ kind: c.kind, label: c.label, numbered: false, studyFirst: false, votes: false, builtin: false });
  return out;
}

export function kindInfo(kind: string, custom: readonly CustomMeetingKind[] = []): MeetingKindInfo | undefined {
  return meetingKinds(custom).find((k) => k.kind === kind);
}

const DIGITS = '零一二三四五六七八九';

/** Chinese numerals for 1–999 as used in meeting names: 二, 十二, 二十, 一百零五. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  const rest = n % 100;
  const head = DIGITS[Math.floor(n / 100)] + '百';
  if (rest === 0) return head;
  if (rest < 10) return head + '零' + DIGITS[rest];
  return head + (rest < 20 ? '一' : '') + chineseNumber(rest);
}

/**
 * The official name of a numbered meeting: 六届二次会议 (plenary), 六届第五次常委会会议,
 * 第十二次主席会议, 第八次党组会议. Unnumbered kinds (or no number) give ''.
 */
export function meetingNumberLabel(kind: string, termNumber: number | null | undefined, number: number | null | undefined): string {
  if (!number || !isBuiltinKind(kind) || !BUILTIN_KIND_INFO[kind].numbered) return '';
  const term = termNumber ? `${chineseNumber(termNumber)}届` : '';
  switch (kind) {
    case 'plenary':
      return `${term}${chineseNumber(number)}次会议`;
    case 'standingCommittee':
      return `${term}第${chineseNumber(number)}次常委会会议`;
    case 'chairs':
      return `第${chineseNumber(number)}次主席会议`;
    case 'partyGroup':
      return `第${chineseNumber(number)}次党组会议`;
    default:
      return '';
  }
}

export interface AgendaItemLike {
  title: string;
  isStudy: boolean;
}

/** The agenda a new meeting starts with: study first for party group and chairs' meetings. */
export function defaultAgenda(kind: string): AgendaItemLike[] {
  return isBuiltinKind(kind) && BUILTIN_KIND_INFO[kind].studyFirst ? [{ title: '集体学习（第一议题）', isStudy: true }] : [];
}

/** True when a meeting of a study-first kind does not open with study (the UI flags it). */
export function firstItemNotStudy(kind: string, agenda: readonly AgendaItemLike[]): boolean {
  if (!isBuiltinKind(kind) || !BUILTIN_KIND_INFO[kind].studyFirst) return false;
  return agenda.length === 0 || !agenda[0].isStudy;
}
