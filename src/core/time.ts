/**
 * China time (Asia/Shanghai) for showing, grouping and cutting periods, whatever the server's
 * zone. China has had no daylight saving since 1991, so the offset is a constant +08:00.
 */
export const CHINA_OFFSET = '+08:00';
const OFFSET_MS = 8 * 3600_000;

/** The calendar day (YYYY-MM-DD) of an instant in China time. */
export function chinaDay(instant: Date | string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD HH:mm' in China time. */
export function chinaDateTime(instant: Date | string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant a China-time day starts. */
export function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00${CHINA_OFFSET}`);
}

export interface Period {
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  label: string;
}

export type PeriodKind = 'year' | 'firstHalf' | 'secondHalf' | 'quarter' | 'month';

/** Named periods in China time: a year, a half year (上半年/下半年), a quarter or a month. */
export function period(year: number, kind: PeriodKind, index = 1): Period {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (m: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  switch (kind) {
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}年` };
    case 'firstHalf':
      return { from: `${year}-01-01`, to: `${year}-06-30`, label: `${year}年上半年` };
    case 'secondHalf':
      return { from: `${year}-07-01`, to: `${year}-12-31`, label: `${year}年下半年` };
    case 'quarter': {
      const m1 = (index - 1) * 3 + 1;
      return { from: `${year}-${pad(m1)}-01`, to: `${year}-${pad(m1 + 2)}-${lastDay(m1 + 2)}`, label: `${year}年第${'一二三四'[index - 1]}季度` };
    }
    case 'month':
      return { from: `${year}-${pad(index)}-01`, to: `${year}-${pad(index)}-${lastDay(index)}`, label: `${year}年${index}月` };
  }
}

/** Half-open instant range [start, end) covering a period's days in China time, for timestamptz columns. */
export function periodInstants(p: { from: string; to: string }): { start: Date; end: Date } {
  const end = chinaDayStart(p.to);
  end.setTime(end.getTime() + 24 * 3600_000);
  return { start: chinaDayStart(p.from), end };
}
