import { useQuery } from '@tanstack/react-query';
import { api, ApiError, type Page } from '../../api/client';
import { messages, t, type MessageKey } from '../../i18n';
import type { RefOption } from './types';

/** Query keys of the member area, so every page invalidates the same lists. */
export const memberKeys = {
  all: ['members'] as const,
  list: (query: Record<string, unknown>) => ['members', 'list', query] as const,
  detail: (id: string) => ['members', 'detail', id] as const,
  me: ['members', 'me'] as const,
};

function useRefList(resource: 'terms' | 'sectors' | 'committees', enabled = true) {
  return useQuery({
    queryKey: ['members-ref', resource],
    queryFn: () => api.get<Page<RefOption>>(`/api/${resource}`, { page: 1, pageSize: 500 }),
    staleTime: 5 * 60_000,
    enabled,
    retry: false,
  });
}

/** Terms, sectors and committees of the org, for filters and forms. */
export function useMemberRefs(enabled = true) {
  const terms = useRefList('terms', enabled);
  const sectors = useRefList('sectors', enabled);
  const committees = useRefList('committees', enabled);
  return {
    terms: terms.data?.items ?? [],
    sectors: sectors.data?.items ?? [],
    committees: committees.data?.items ?? [],
  };
}

const messagesIndex: Record<string, string> = messages;

function lookup(prefix: string, key: string): string {
  const full = `${prefix}.${key}`;
  return full in messagesIndex ? t(full as MessageKey) : key;
}

export const statusLabel = (s: string) => lookup('members.status', s);
export const changeLabel = (k: string) => lookup('members.change', k);
export const committeeRoleLabel = (r: string) => lookup('members.role', r);
export const groupRoleLabel = (r: string) => lookup('members.groupRole', r);

export const STATUS_COLORS: Record<string, string> = { active: 'green', resigned: 'default', revoked: 'red' };
export const CHANGE_COLORS: Record<string, string> = { initial: 'blue', added: 'green', resigned: 'gray', revoked: 'red' };

/** The Chinese message of an API error (falls back to the generic one). */
export function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : t('msg.loadFailed');
}

export function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'CONFLICT';
}
