import { Grid } from 'antd';
import dayjs from 'dayjs';
import { ApiError } from '../../api/client';
import { messages, t, type MessageKey } from '../../i18n';

/** The Chinese message of an API error (or a generic one). */
export function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : t('msg.loadFailed');
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

/** The catalog label of an enum value (`${prefix}.${value}`), or the raw value when the catalog has none. */
export function enumLabel(prefix: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const key = `${prefix}.${String(value)}`;
  return hasMessage(key) ? t(key) : String(value);
}

/** Select options for enum values whose labels live in the catalog under `${prefix}.${value}`. */
export function enumOptions<V extends string>(values: readonly V[], prefix: string): Array<{ value: V; label: string }> {
  return values.map((value) => ({ value, label: enumLabel(prefix, value) }));
}

export function fmtTime(v: string | null | undefined): string {
  return v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '';
}

/** True below the `md` breakpoint (phones). */
export function useMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return !screens.md;
}

/** A random password that satisfies the platform rule (letters and digits, ≥ 8). */
export function randomPassword(length = 12): string {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const all = letters + digits;
  const buf = new Uint32Array(length);
  crypto.getRandomValues(buf);
  const chars = Array.from(buf, (n) => all[n % all.length]);
  chars[0] = letters[buf[0] % letters.length];
  chars[length - 1] = digits[buf[length - 1] % digits.length];
  return chars.join('');
}
