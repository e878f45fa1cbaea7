/**
 * Requests and reports to the party committee (请示报告, RULES §8): major items go to the
 * party committee before they are carried out (request), major meetings and activities are
 * reported on afterwards (report) — "事前有请示、事后有报告".
 */
export const REQUEST_KINDS = ['request', 'report'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_KIND_LABELS: Record<RequestKind, string> = { request: '请示（事前）', report: '报告（事后）' };

export const REQUEST_SUBJECTS = ['partyGroupWorkPriorities', 'consultationPlan', 'standingCommitteeWorkReport', 'plenaryPreparation', 'majorMeeting', 'majorActivity', 'other'] as const;
export type RequestSubject = (typeof REQUEST_SUBJECTS)[number];
export const REQUEST_SUBJECT_LABELS: Record<RequestSubject, string> = {
  partyGroupWorkPriorities: '党组工作要点',
  consultationPlan: '年度协商计划',
  standingCommitteeWorkReport: '常委会工作报告',
  plenaryPreparation: '全会筹备情况',
  majorMeeting: '重要会议',
  majorActivity: '重要活动',
  other: '其他重要工作',
};

/** The decision on a request; null = not decided yet. Reports usually have none. */
export const REQUEST_OUTCOMES = ['approved', 'approvedWithChanges', 'notApproved'] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];
export const REQUEST_OUTCOME_LABELS: Record<RequestOutcome, string> = { approved: '审议通过', approvedWithChanges: '修改后通过', notApproved: '未通过' };

/** Suggested addressees (free text is allowed). */
export const ADDRESSEE_SUGGESTIONS = ['市委常委会', '市委', '市委书记专题会议', '市委办公室'] as const;

export const LINK_TARGETS = ['meeting', 'activity'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

/** A major meeting or activity and what was sent about it. */
export interface ComplianceItem {
  type: LinkTarget;
  id: string;
  title: string;
  kind: string;
  /** First and last day (China time). */
  startsOn: string;
  endsOn: string | null;
}

export interface LinkedRequest {
  kind: string;
  sentOn: string | null;
}

export interface ComplianceStatus {
  hasRequest: boolean;
  hasReport: boolean;
  /** No request sent on or before the first day. */
  requestMissing: boolean;
  /** Over (last day before today) and no report sent on or after the first day. */
  reportMissing: boolean;
}

/**
 * Whether an item had its request before and its report after. A request counts when sent on or
 * before the first day (an unsent draft does not count); a report when sent on or after the first
 * day. A report is only missing once the item is over.
 */
export function complianceOf(item: Pick<ComplianceItem, 'startsOn' | 'endsOn'>, linked: LinkedRequest[], today: string): ComplianceStatus {
  const hasRequest = linked.some((r) => r.kind === 'request' && !!r.sentOn && r.sentOn <= item.startsOn);
  const hasReport = linked.some((r) => r.kind === 'report' && !!r.sentOn && r.sentOn >= item.startsOn);
  const over = (item.endsOn ?? item.startsOn) < today;
  return { hasRequest, hasReport, requestMissing: !hasRequest, reportMissing: over && !hasReport };
}
