import { describe, expect, it } from 'vitest';
import { nomineeProblem } from '../../src/core/commendations';
import { allowedInstitutionActions, nextInstitutionStatus } from '../../src/core/institutions';
import { findClash, intervalProblem, mondayOf, overlaps, weekDays } from '../../src/core/venues';

const at = (s: string) => new Date(`2023-05-04T${s}:00+08:00`);
const iv = (a: string, b: string) => ({ startsAt: at(a), endsAt: at(b) });

describe('venue booking clash rule (half-open intervals)', () => {
  it('overlapping intervals clash, touching ones do not', () => {
    expect(overlaps(iv('09:00', '11:00'), iv('10:00', '12:00'))).toBe(true);
    expect(overlaps(iv('09:00', '11:00'), iv('09:30', '10:00'))).toBe(true);
    expect(overlaps(iv('09:00', '12:00'), iv('08:00', '13:00'))).toBe(true);
    expect(overlaps(iv('09:00', '11:00'), iv('11:00', '12:00'))).toBe(false);
    expect(overlaps(iv('11:00', '12:00'), iv('09:00', '11:00'))).toBe(false);
    expect(overlaps(iv('09:00', '10:00'), iv('14:00', '15:00'))).toBe(false);
  });

  it('finds the earliest live clash, ignoring cancelled bookings and the booking itself', () => {
    const existing = [
      { id: 'c', status: 'booked', ...iv('10:30', '12:00') },
      { id: 'a', status: 'cancelled', ...iv('09:00', '10:00') },
      { id: 'b', status: 'booked', ...iv('09:30', '10:30') },
    ];
    expect(findClash(iv('09:00', '11:00'), existing)?.id).toBe('b');
    expect(findClash(iv('08:00', '09:30'), existing)).toBeNull();
    expect(findClash({ id: 'b', ...iv('09:30', '10:30') }, existing)).toBeNull();
    expect(findClash(iv('12:00', '13:00'), existing)).toBeNull();
  });

  it('rejects empty, inverted and overlong intervals', () => {
    expect(intervalProblem(iv('10:00', '10:00'))).toBe('结束时间须晚于开始时间');
    expect(intervalProblem(iv('11:00', '10:00'))).toBe('结束时间须晚于开始时间');
    expect(intervalProblem({ startsAt: at('09:00'), endsAt: new Date('2023-06-04T09:00:00+08:00') })).toMatch(/不能超过/);
    expect(intervalProblem(iv('09:00', '10:00'))).toBeNull();
  });

  it('builds the week of days from a start and finds Mondays', () => {
    expect(weekDays('2023-12-28')).toEqual(['2023-12-28', '2023-12-29', '2023-12-30', '2023-12-31', '2024-01-01', '2024-01-02', '2024-01-03']);
    expect(mondayOf('2023-05-04')).toBe('2023-05-01');
    expect(mondayOf('2023-05-07')).toBe('2023-05-01');
    expect(mondayOf('2023-05-08')).toBe('2023-05-08');
  });
});

describe('institution status transitions', () => {
  it('draft → inForce → repealed, nothing else', () => {
    expect(nextInstitutionStatus('draft', 'publish')).toBe('inForce');
    expect(nextInstitutionStatus('draft', 'repeal')).toBeNull();
    expect(nextInstitutionStatus('inForce', 'repeal')).toBe('repealed');
    expect(nextInstitutionStatus('inForce', 'publish')).toBeNull();
    expect(nextInstitutionStatus('repealed', 'publish')).toBeNull();
    expect(nextInstitutionStatus('nonsense', 'publish')).toBeNull();
    expect(allowedInstitutionActions('draft')).toEqual(['publish']);
    expect(allowedInstitutionActions('repealed')).toEqual([]);
  });
});

describe('commendation nominees', () => {
  it('excellent members need a member, others a name and no member', () => {
    expect(nomineeProblem('excellentMember', {})).toMatch(/选择/);
    expect(nomineeProblem('excellentMember', { memberId: 'x' })).toBeNull();
    expect(nomineeProblem('excellentStaff', { nomineeName: ' ' })).toMatch(/姓名/);
    expect(nomineeProblem('advancedUnit', { nomineeName: '' })).toMatch(/单位/);
    expect(nomineeProblem('advancedUnit', { memberId: 'x', nomineeName: '甲' })).toMatch(/不能关联委员/);
    expect(nomineeProblem('advancedCollective', { nomineeName: '提案委员会' })).toBeNull();
  });
});
