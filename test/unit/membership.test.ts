import { describe, expect, it } from 'vitest';
import { allowedMembershipChanges, MEMBER_STATUSES, MEMBERSHIP_COMMAND_KINDS, membershipTransitionProblem, nextMemberStatus } from '../../src/core/membership';

/** Every (status, kind) pair and its expected result: the whole table, spelled out. */
const CASES: Array<[string, string, string | null]> = [
  ['active', 'added', null],
  ['active', 'resigned', 'resigned'],
  ['active', 'revoked', 'revoked'],
  ['resigned', 'added', 'active'],
  ['resigned', 'resigned', null],
  ['resigned', 'revoked', null],
  ['revoked', 'added', null],
  ['revoked', 'resigned', null],
  ['revoked', 'revoked', null],
  ['active', 'initial', null],
  ['unknown', 'resigned', null],
];

describe('membership transitions', () => {
  it.each(CASES)('%s + %s → %s', (status, kind, next) => {
    expect(nextMemberStatus(status, kind)).toBe(next);
    expect(membershipTransitionProblem(status, kind) === null).toBe(next !== null);
  });

  it('covers every status × command kind', () => {
    for (const s of MEMBER_STATUSES) for (const k of MEMBERSHIP_COMMAND_KINDS) expect(CASES.some(([a, b]) => a === s && b === k)).toBe(true);
  });

  it('lists allowed changes for abilities', () => {
    expect(allowedMembershipChanges('active')).toEqual(['resigned', 'revoked']);
    expect(allowedMembershipChanges('resigned')).toEqual(['added']);
    expect(allowedMembershipChanges('revoked')).toEqual([]);
  });

  it('explains a refusal in Chinese', () => {
    expect(membershipTransitionProblem('revoked', 'added')).toBe('委员当前状态为“已撤销”，不能办理“增补”');
  });
});
