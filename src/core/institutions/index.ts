/**
 * Institutions (制度, RULES §8): the org's rules and regulations kept as documents with versions
 * and effective dates. The seed's "制定出台……十多项党组、机关重要工作制度" counts the ones put in
 * force in the period (statistic `institutions.issued`).
 */
export const INSTITUTION_STATUSES = ['draft', 'inForce', 'repealed'] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];
export const INSTITUTION_STATUS_LABELS: Record<InstitutionStatus, string> = { draft: '草案', inForce: '现行有效', repealed: '已废止' };

/** The status changes and the action that makes each one. */
export const INSTITUTION_ACTIONS = ['publish', 'repeal'] as const;
export type InstitutionAction = (typeof INSTITUTION_ACTIONS)[number];
export const INSTITUTION_ACTION_LABELS: Record<InstitutionAction, string> = { publish: '发布施行', repeal: '废止' };

/** Transition table: from a status, which action leads where. A repealed rule stays repealed (a new one is drafted instead). */
export const INSTITUTION_TRANSITIONS: Record<InstitutionStatus, Partial<Record<InstitutionAction, InstitutionStatus>>> = {
  draft: { publish: 'inForce' },
  inForce: { repeal: 'repealed' },
  repealed: {},
};

export function nextInstitutionStatus(from: string, action: InstitutionAction): InstitutionStatus | null {
  const row = INSTITUTION_TRANSITIONS[from as InstitutionStatus];
  return row?.[action] ?? null;
}

export function allowedInstitutionActions(status: string): InstitutionAction[] {
  return INSTITUTION_ACTIONS.filter((a) => nextInstitutionStatus(status, a) !== null);
}

/** Kinds of institutions: 党组制度, 机关制度, 工作制度 … */
export const INSTITUTION_KINDS = ['partyGroup', 'office', 'work', 'member', 'finance', 'other'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, string> = {
  partyGroup: '党组制度',
  office: '机关制度',
  work: '工作制度',
  member: '委员管理制度',
  finance: '财务制度',
  other: '其他制度',
};
