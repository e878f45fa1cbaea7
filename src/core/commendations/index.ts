/**
 * Commendations (表彰): awards decided per year, usually at the plenary session — 优秀政协委员,
 * 优秀政协工作者, 政协工作先进单位（集体）.
 */
export const COMMENDATION_CATEGORIES = ['excellentMember', 'excellentStaff', 'advancedUnit', 'advancedCollective'] as const;
export type CommendationCategory = (typeof COMMENDATION_CATEGORIES)[number];
export const COMMENDATION_CATEGORY_LABELS: Record<CommendationCategory, string> = {
  excellentMember: '优秀政协委员',
  excellentStaff: '优秀政协工作者',
  advancedUnit: '政协工作先进单位',
  advancedCollective: '政协工作先进集体',
};

/** What kind of nominee each category takes: a member of the roster, a person by name, or a unit/collective by name. */
export type NomineeKind = 'member' | 'person' | 'unit';
export const COMMENDATION_NOMINEE_KIND: Record<CommendationCategory, NomineeKind> = {
  excellentMember: 'member',
  excellentStaff: 'person',
  advancedUnit: 'unit',
  advancedCollective: 'unit',
};

/** Checks that the nominee fields fit the category; returns a Chinese message or null. */
export function nomineeProblem(category: CommendationCategory, n: { memberId?: string | null; nomineeName?: string | null }): string | null {
  const kind = COMMENDATION_NOMINEE_KIND[category];
  if (kind === 'member' && !n.memberId) return '优秀政协委员须选择受表彰的委员';
  if (kind !== 'member' && n.memberId) return `${COMMENDATION_CATEGORY_LABELS[category]}不能关联委员`;
  if (kind !== 'member' && !n.nomineeName?.trim()) return kind === 'person' ? '请填写受表彰人员姓名' : '请填写受表彰单位（集体）名称';
  return null;
}
