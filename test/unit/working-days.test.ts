import { describe, expect, it } from 'vitest';
import { addWorkingDays, dayInfo, isWorkingDay, nationalEntry, workingDaysBetween, yearDays } from '../../src/core/calendar/working-days';

describe('national calendar data', () => {
  it('has the 2023 Spring Festival weekend working days', () => {
    expect(isWorkingDay('2023-01-28')).toBe(true); // Saturday
    expect(isWorkingDay('2023-01-29')).toBe(true); // Sunday
    expect(dayInfo('2023-01-28').kind).toBe('adjustedWorkday');
  });
  it('has the 2024 Spring Festival holidays', () => {
    for (let d = 10; d <= 17; d++) expect(nationalEntry(`2024-02-${d}`)).toEqual({ kind: 'holiday', name: '春节' });
    expect(isWorkingDay('2024-02-18')).toBe(true); // Sunday, 调休
  });
  it('has the 2025 National Day holidays', () => {
    for (let d = 1; d <= 8; d++) expect(isWorkingDay(`2025-10-0${d}`)).toBe(false);
    expect(isWorkingDay('2025-10-09')).toBe(true);
    expect(isWorkingDay('2025-09-28')).toBe(true); // Sunday, 调休
  });
  it('has 2026 entries', () => {
    expect(nationalEntry('2026-02-16')?.kind).toBe('holiday');
    expect(isWorkingDay('2026-01-04')).toBe(true); // Sunday, 调休
    expect(isWorkingDay('2026-10-01')).toBe(false);
  });
  it('falls back to weekdays outside the data', () => {
    expect(isWorkingDay('2030-01-07')).toBe(true);
    expect(isWorkingDay('2030-01-06')).toBe(false);
    expect(dayInfo('2030-01-06').source).toBe('weekday');
  });
});

describe('working-day arithmetic', () => {
  it('skips the National Day holiday: 7 working days after 2023-09-27', () => {
    expect(addWorkingDays('2023-09-27', 7)).toBe('2023-10-12');
    expect(workingDaysBetween('2023-09-27', '2023-10-12')).toBe(7);
  });
  it('counts backwards and zero', () => {
    expect(addWorkingDays('2023-10-12', -7)).toBe('2023-09-27');
    expect(addWorkingDays('2023-10-01', 0)).toBe('2023-10-01');
    expect(workingDaysBetween('2023-10-12', '2023-09-27')).toBe(-7);
    expect(workingDaysBetween('2024-03-04', '2024-03-04')).toBe(0);
  });
  it('crosses month and year ends', () => {
    expect(addWorkingDays('2023-12-29', 1)).toBe('2024-01-02'); // 元旦 2024-01-01
    expect(addWorkingDays('2024-02-28', 2)).toBe('2024-03-01'); // leap year
  });
  it('applies org overrides before the national data', () => {
    const overrides = new Map([
      ['2023-09-28', { kind: 'holiday' as const, name: '本地假日' }],
      ['2023-10-02', { kind: 'workday' as const }],
    ]);
    expect(isWorkingDay('2023-09-28', overrides)).toBe(false);
    expect(addWorkingDays('2023-09-27', 1, overrides)).toBe('2023-10-02');
    expect(dayInfo('2023-09-28', overrides)).toMatchObject({ source: 'org', kind: 'holiday', name: '本地假日' });
    // `default` drops the override
    expect(isWorkingDay('2023-09-28', { '2023-09-28': { kind: 'default' } })).toBe(true);
  });
  it('lists a whole year', () => {
    const days = yearDays(2024);
    expect(days).toHaveLength(366);
    expect(days.filter((d) => d.kind === 'holiday' && d.name === '春节')).toHaveLength(8);
  });
  it('refuses malformed days', () => {
    expect(() => isWorkingDay('2023-02-30')).toThrow(RangeError);
    expect(() => addWorkingDays('20230101', 1)).toThrow(RangeError);
  });
});
