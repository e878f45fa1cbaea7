import { describe, expect, it } from 'vitest';
import { complianceOf, REQUEST_OUTCOME_LABELS, REQUEST_SUBJECT_LABELS } from '../../src/core/requests/kinds';

describe('request labels', () => {
  it('names the subjects the seed lists', () => {
    expect(REQUEST_SUBJECT_LABELS.partyGroupWorkPriorities).toBe('党组工作要点');
    expect(REQUEST_SUBJECT_LABELS.consultationPlan).toBe('年度协商计划');
    expect(REQUEST_SUBJECT_LABELS.standingCommitteeWorkReport).toBe('常委会工作报告');
    expect(REQUEST_SUBJECT_LABELS.plenaryPreparation).toBe('全会筹备情况');
    expect(REQUEST_OUTCOME_LABELS.approvedWithChanges).toBe('修改后通过');
  });
});

describe('事前有请示、事后有报告', () => {
  const item = { startsOn: '2023-04-20', endsOn: '2023-04-21' };
  it.each([
    ['nothing linked, not over yet', [], '2023-04-01', { hasRequest: false, hasReport: false, requestMissing: true, reportMissing: false }],
    ['nothing linked, over', [], '2023-05-01', { hasRequest: false, hasReport: false, requestMissing: true, reportMissing: true }],
    ['request before, report after', [{ kind: 'request', sentOn: '2023-04-01' }, { kind: 'report', sentOn: '2023-04-25' }], '2023-05-01', { hasRequest: true, hasReport: true, requestMissing: false, reportMissing: false }],
    ['request on the first day counts', [{ kind: 'request', sentOn: '2023-04-20' }], '2023-04-20', { hasRequest: true, hasReport: false, requestMissing: false, reportMissing: false }],
    ['request sent after the start does not count', [{ kind: 'request', sentOn: '2023-04-22' }], '2023-05-01', { hasRequest: false, hasReport: false, requestMissing: true, reportMissing: true }],
    ['unsent drafts do not count', [{ kind: 'request', sentOn: null }, { kind: 'report', sentOn: null }], '2023-05-01', { hasRequest: false, hasReport: false, requestMissing: true, reportMissing: true }],
    ['a report sent before the start is not a report after', [{ kind: 'report', sentOn: '2023-04-01' }], '2023-05-01', { hasRequest: false, hasReport: false, requestMissing: true, reportMissing: true }],
  ] as const)('%s', (_name, linked, today, expected) => {
    expect(complianceOf(item, [...linked], today)).toEqual(expected);
  });
});
