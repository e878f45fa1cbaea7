/**
 * Membership status and the changes that move it (RULES §2: 增补 / 辞去 / 撤销委员资格).
 * History is append-only; `members.status` is derived from the latest change.
 */
export const MEMBER_STATUSES = ['active', 'resigned', 'revoked'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = { active: '在任', resigned: '已辞去', revoked: '已撤销' };

/** Every kind stored in membership_changes; `initial` = seated at the start of the term. */
export const MEMBERSHIP_CHANGE_KINDS = ['initial', 'added', 'resigned', 'revoked'] as const;
export type MembershipChangeKind = (typeof MEMBERSHIP_CHANGE_KINDS)[number];

/** Kinds the membership-change command accepts (initial only happens at creation). */
export const MEMBERSHIP_COMMAND_KINDS = ['added', 'resigned', 'revoked'] as const;
export type MembershipCommandKind = (typeof MEMBERSHIP_COMMAND_KINDS)[number];

/** Kinds a new member record may start with. */
export const JOIN_KINDS = ['initial', 'added'] as const;
export type JoinKind = (typeof JOIN_KINDS)[number];

export const MEMBERSHIP_CHANGE_LABELS: Record<MembershipChangeKind, string> = {
  initial: '换届产生',
  added: '增补',
  resigned: '辞去委员',
  revoked: '撤销委员资格',
};

/**
 * The transition table: status → command kind → resulting status. A missing entry is refused.
 * A resigned member may be re-added (增补); a revocation is final within the term.
 */
export const MEMBERSHIP_TRANSITIONS: Record<MemberStatus, Partial<Record<MembershipCommandKind, MemberStatus>>> = {
  active: { resigned: 'resigned', revoked: 'revoked' },
  resigned: { added: 'active' },
  revoked: {},
};

/** The status after `kind`, or null when the change is not allowed from `status`. */
export function nextMemberStatus(status: string, kind: string): MemberStatus | null {
  const row = MEMBERSHIP_TRANSITIONS[status as MemberStatus];
  if (!row) return null;
  return row[kind as MembershipCommandKind] ?? null;
}

/** The command kinds allowed from `status` (for abilities). */
export function allowedMembershipChanges(status: string): MembershipCommandKind[] {
  return MEMBERSHIP_COMMAND_KINDS.filter((k) => nextMemberStatus(status, k) !== null);
}

/** Why a change is refused (Chinese). */
export function membershipTransitionProblem(status: string, kind: string): string | null {
  if (nextMemberStatus(status, kind)) return null;
  const from = MEMBER_STATUS_LABELS[status as MemberStatus] ?? status;
  const what = MEMBERSHIP_CHANGE_LABELS[kind as MembershipChangeKind] ?? kind;
  return `委员当前状态为“${from}”，不能办理“${what}”`;
}
