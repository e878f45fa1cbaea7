import { useSearchParams } from 'react-router';

export type FilterValues<K extends string> = Partial<Record<K, string>>;

/**
 * List filters, page and page size kept in the URL (so back/forward and shared links keep them).
 * `update` replaces the filters and goes to page 1 unless told otherwise; `set` patches them.
 */
export function useUrlFilters<K extends string>(keys: readonly K[], defaultPageSize = 20) {
  const [params, setParams] = useSearchParams();
  const filters: FilterValues<K> = {};
  for (const k of keys) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? defaultPageSize) || defaultPageSize;
  function update(next: FilterValues<K>, nextPage = 1, nextSize = pageSize) {
    const p = new URLSearchParams();
    for (const k of keys) if (next[k]) p.set(k, next[k] as string);
    if (nextPage > 1) p.set('page', String(nextPage));
    if (nextSize !== defaultPageSize) p.set('pageSize', String(nextSize));
    setParams(p, { replace: true });
  }
  const set = (patch: FilterValues<K>) => update({ ...filters, ...patch });
  /** Filters in use besides the search box, for the "筛选 (n)" badge and the reset button. */
  const activeCount = keys.filter((k) => k !== 'q' && filters[k]).length;
  return { params, setParams, filters, page, pageSize, update, set, activeCount };
}
