/**
 * Elections and votes at a plenary or standing committee meeting: entered tallies or named
 * ballots, with a quorum check. Browser-safe.
 */
export const VOTE_KINDS = ['election', 'motion'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];
export const VOTE_KIND_LABELS: Record<VoteKind, string> = { election: '选举', motion: '表决' };

export const VOTE_METHODS = ['tally', 'named'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];
export const VOTE_METHOD_LABELS: Record<VoteMethod, string> = { tally: '录入票数', named: '记名表决' };

export const VOTE_STATUSES = ['open', 'counted'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

export const BALLOT_CHOICES = ['yes', 'no', 'abstain'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];
export const BALLOT_CHOICE_LABELS: Record<BallotChoice, string> = { yes: '赞成', no: '反对', abstain: '弃权' };

/**
 * Pass rules. `majorityOfAll`: more than half of those entitled (全体组成人员过半数, the CPPCC
 * charter's rule for elections and decisions); `majorityOfPresent`: more than half of those
 * present; `twoThirdsOfAll`: at least two thirds of those entitled.
 */
export const VOTE_RULES = ['majorityOfAll', 'majorityOfPresent', 'twoThirdsOfAll'] as const;
export type VoteRule = (typeof VOTE_RULES)[number];
export const VOTE_RULE_LABELS: Record<VoteRule, string> = { majorityOfAll: '全体过半数通过', majorityOfPresent: '出席过半数通过', twoThirdsOfAll: '全体三分之二以上通过' };

export const VOTE_RESULTS = ['passed', 'failed', 'noQuorum'] as const;
export type VoteResult = (typeof VOTE_RESULTS)[number];
export const VOTE_RESULT_LABELS: Record<VoteResult, string> = { passed: '通过', failed: '未通过', noQuorum: '不足法定人数' };

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

/** A meeting may vote only when more than half of those entitled are present. */
export function hasQuorum(entitled: number, present: number): boolean {
  return entitled > 0 && present * 2 > entitled;
}

/** Problems with entered numbers (Chinese), or null. Ballots cast can never exceed those present. */
export function tallyProblem(t: Tally, present: number): string | null {
  for (const v of [t.yes, t.no, t.abstain]) if (!Number.isInteger(v) || v < 0) return '票数须为非负整数';
  if (t.yes + t.no + t.abstain > present) return `投票数（${t.yes + t.no + t.abstain}）超过实到人数（${present}）`;
  return null;
}

export function itemPasses(rule: VoteRule, t: Tally, entitled: number, present: number): boolean {
  switch (rule) {
    case 'majorityOfAll':
      return t.yes * 2 > entitled;
    case 'majorityOfPresent':
      return t.yes * 2 > present;
    case 'twoThirdsOfAll':
      return t.yes * 3 >= entitled * 2;
  }
}

/** The recorded result of one item: no quorum first, then the rule. */
export function decideItem(rule: VoteRule, t: Tally, entitled: number, present: number): VoteResult {
  if (!hasQuorum(entitled, present)) return 'noQuorum';
  return itemPasses(rule, t, entitled, present) ? 'passed' : 'failed';
}

/** Tallies per item from named ballots. */
export function tallyBallots(itemCount: number, ballots: ReadonlyArray<{ itemIndex: number; choice: BallotChoice }>): Tally[] {
  const out: Tally[] = Array.from({ length: itemCount }, () => ({ yes: 0, no: 0, abstain: 0 }));
  for (const b of ballots) if (out[b.itemIndex]) out[b.itemIndex][b.choice]++;
  return out;
}
