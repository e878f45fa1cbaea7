import { useQuery } from '@tanstack/react-query';
import { api, ApiError, type Page } from '../../api/client';
import { messages, t, type MessageKey } from '../../i18n';
import type { ActivityKindOption } from './types';

/** Query keys of the year area, so every page invalidates the same lists. */
export const yearKeys = {
  plans: ['work-plans'] as const,
  plan: (id: string) => ['work-plans', 'detail', id] as const,
  task: (planId: string, taskId: string) => ['work-plans', 'task', planId, taskId] as const,
  activities: ['activities'] as const,
  activity: (id: string) => ['activities', 'detail', id] as const,
  requests: ['requests'] as const,
  request: (id: string) => ['requests', 'detail', id] as const,
  compliance: ['requests', 'compliance'] as const,
  attachments: (ownerType: string, ownerId: string) => ['attachments', ownerType, ownerId] as const,
};

const index: Record<string, string> = messages;

/** A catalog label of an enumeration value, the value itself when the catalog has none. */
export function enumLabel(prefix: string, key: string): string {
  const full = `${prefix}.${key}`;
  return full in index ? t(full as MessageKey) : key;
}

/** The Chinese message of an API error (falls back to the generic one). */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.code === 'CONFLICT' ? t('year.conflict') : e.message;
  return t('msg.loadFailed');
}

export function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'CONFLICT';
}

export const TASK_STATUS_COLORS: Record<string, string> = { notStarted: 'default', inProgress: 'processing', done: 'success', overdue: 'error' };
export const ACTIVITY_STATUS_COLORS: Record<string, string> = { planned: 'blue', held: 'green', cancelled: 'default' };
export const OUTCOME_COLORS: Record<string, string> = { approved: 'green', approvedWithChanges: 'gold', notApproved: 'red', pending: 'blue' };
export const ATTENDANCE_COLORS: Record<string, string> = { present: 'green', excused: 'gold', absent: 'red' };

/** The org's activity kinds (built-in and its own). */
export function useActivityKinds(enabled = true) {
  const q = useQuery({
    queryKey: ['activities', 'kinds'],
    queryFn: () => api.get<{ items: ActivityKindOption[] }>('/api/activities/kinds'),
    staleTime: 5 * 60_000,
    enabled,
    retry: false,
  });
  return q.data?.items ?? [];
}

export interface CommitteeOption {
  id: string;
  name: string;
}

export function useCommittees(enabled = true) {
  const q = useQuery({
    queryKey: ['members-ref', 'committees'],
    queryFn: () => api.get<Page<CommitteeOption>>('/api/committees', { page: 1, pageSize: 500 }),
    staleTime: 5 * 60_000,
    enabled,
    retry: false,
  });
  return q.data?.items ?? [];
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DD 至 YYYY-MM-DD'. */
export function dayRange(from: string, to: string | null): string {
  return to && to !== from ? `${from} ${t('year.to')} ${to}` : from;
}

/** Drops empty strings and undefined so optional fields are omitted (or null when `nullable`). */
export function clean<T extends Record<string, unknown>>(values: T, nullable: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === '' || v === null) {
      if (nullable.includes(k)) out[k] = null;
      continue;
    }
    out[k] = v;
  }
  return out;
}

/** This year in China time. */
export function currentYear(): number {
  return Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
}
