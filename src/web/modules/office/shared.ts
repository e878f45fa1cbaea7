import { Grid } from 'antd';
import { ApiError } from '../../api/client';
import { messages, t, type MessageKey } from '../../i18n';

/** Query keys of the office area (制度, 会场, 表彰), so every page invalidates the same lists. */
export const officeKeys = {
  institutions: ['institutions'] as const,
  institution: (id: string) => ['institutions', 'detail', id] as const,
  venues: ['venues'] as const,
  venueWeek: (id: string, start: string) => ['venues', 'week', id, start] as const,
  bookings: ['venue-bookings'] as const,
  commendations: ['commendations'] as const,
};

/** The Chinese message of an API error (falls back to the generic one). */
export function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : t('msg.loadFailed');
}

export function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'CONFLICT';
}

/** True below the `md` breakpoint (phones). */
export function useMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return !screens.md;
}

const index: Record<string, string> = messages;

/** The catalog label of an enum value (`${prefix}.${value}`), or the raw value when the catalog has none. */
export function label(prefix: string, value: string | null | undefined): string {
  if (!value) return '';
  const key = `${prefix}.${value}`;
  return key in index ? t(key as MessageKey) : value;
}

export function options<V extends string>(values: readonly V[], prefix: string): Array<{ value: V; label: string }> {
  return values.map((value) => ({ value, label: label(prefix, value) }));
}

/** Years offered in the year filters: this year back to 2018. */
export function yearOptions(from = 2018): Array<{ value: string; label: string }> {
  const now = new Date().getFullYear();
  return Array.from({ length: now - from + 2 }, (_, i) => now + 1 - i).map((y) => ({ value: String(y), label: t('office.yearSuffix', { year: y }) }));
}

