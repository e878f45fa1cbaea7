import { describe, expect, it } from 'vitest';
import { chinaDateTime, chinaDay, period, periodInstants } from '../../src/core/time';

describe('China time', () => {
  it('puts a late-evening UTC instant on the next China day', () => {
    expect(chinaDay(new Date('2023-06-30T16:30:00Z'))).toBe('2023-07-01');
    expect(chinaDay(new Date('2023-06-30T15:59:59Z'))).toBe('2023-06-30');
    expect(chinaDateTime('2023-01-01T00:05:00Z')).toBe('2023-01-01 08:05');
  });

  it('cuts half years and quarters', () => {
    expect(period(2023, 'firstHalf')).toEqual({ from: '2023-01-01', to: '2023-06-30', label: '2023年上半年' });
    expect(period(2024, 'month', 2).to).toBe('2024-02-29');
    expect(period(2023, 'quarter', 4)).toMatchObject({ from: '2023-10-01', to: '2023-12-31', label: '2023年第四季度' });
  });

  it('gives the instants of a period in China time', () => {
    const { start, end } = periodInstants(period(2023, 'firstHalf'));
    expect(start.toISOString()).toBe('2022-12-31T16:00:00.000Z');
    expect(end.toISOString()).toBe('2023-06-30T16:00:00.000Z');
  });
});
