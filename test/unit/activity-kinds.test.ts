import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, activityKindLabel, attendanceSummary, canTransitionActivity, resolveActivityKinds } from '../../src/core/activities/kinds';
import { participantInput, trainingDetails } from '../../src/core/activities/schemas';

describe('activity kinds', () => {
  it.each([
    ['no settings: every built-in kind', {}, [...ACTIVITY_KINDS]],
    ['enabled subset', { activityKinds: { enabled: ['reading', 'redFilm'] } }, ['reading', 'redFilm']],
    ['extra kinds appended', { activityKinds: { enabled: ['reading'], extra: [{ key: 'poetryReading', label: '诗词朗诵会' }] } }, ['reading', 'poetryReading']],
    ['extra cannot shadow a built-in', { activityKinds: { enabled: [], extra: [{ key: 'reading', label: 'x' }, { key: 'Bad Key', label: 'x' }] } }, []],
    ['malformed settings fall back to the default', { activityKinds: 'oops' }, [...ACTIVITY_KINDS]],
  ])('%s', (_name, settings, keys) => {
    expect(resolveActivityKinds(settings).map((k) => k.key)).toEqual(keys);
  });

  it('labels built-in and org kinds', () => {
    expect(activityKindLabel('redFilm')).toBe('红色观影活动');
    expect(activityKindLabel('poetryReading', { activityKinds: { extra: [{ key: 'poetryReading', label: '诗词朗诵会' }] } })).toBe('诗词朗诵会');
    expect(activityKindLabel('unknownKind')).toBe('unknownKind');
  });
});

describe('activity status transitions', () => {
  const table: Array<[string, string, boolean]> = [];
  const allowed = new Set(['planned>held', 'planned>cancelled', 'held>planned', 'cancelled>planned']);
  for (const from of ACTIVITY_STATUSES) for (const to of ACTIVITY_STATUSES) table.push([from, to, allowed.has(`${from}>${to}`)]);
  it.each(table)('%s → %s: %s', (from, to, ok) => {
    expect(canTransitionActivity(from, to)).toBe(ok);
  });
});

describe('participants and training details', () => {
  it('needs exactly one of member or user', () => {
    expect(participantInput.safeParse({ memberId: '00000000-0000-4000-8000-000000000001' }).success).toBe(true);
    expect(participantInput.safeParse({}).success).toBe(false);
    expect(participantInput.safeParse({ memberId: '00000000-0000-4000-8000-000000000001', userId: '00000000-0000-4000-8000-000000000002' }).success).toBe(false);
  });

  it('fills training defaults', () => {
    expect(trainingDetails.parse({ topics: ['学习贯彻党的二十大精神'] })).toEqual({ topics: ['学习贯彻党的二十大精神'], sessions: [], lecturers: [] });
  });

  it('summarizes attendance', () => {
    expect(attendanceSummary([{ attendance: 'present' }, { attendance: 'present' }, { attendance: 'excused' }, { attendance: 'absent' }])).toEqual({ expected: 4, present: 2, excused: 1, absent: 1 });
  });
});
