import { FilterOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import { DateRangeFilter } from './DateRangeFilter';
import { useState } from 'react';
import { REQUEST_KINDS, REQUEST_OUTCOMES, REQUEST_SUBJECTS } from '../../../core/requests/kinds';
import { t } from '../../i18n';
import { enumLabel } from './shared';

export interface RequestFilterValues {
  kind?: string;
  subject?: string;
  outcome?: string;
  from?: string;
  to?: string;
  q?: string;
  archived?: string;
}

export const REQUEST_FILTER_KEYS = ['kind', 'subject', 'outcome', 'from', 'to', 'q', 'archived'] as const satisfies ReadonlyArray<keyof RequestFilterValues>;

/** Filter bar of the request ledger (folded on phones). */
export function RequestFilters({ value, onChange, mobile }: { value: RequestFilterValues; onChange(next: RequestFilterValues): void; mobile: boolean }) {
  const [open, setOpen] = useState(false);
  const show = !mobile || open;
  const set = (patch: Partial<RequestFilterValues>) => onChange({ ...value, ...patch });
  const sel = mobile ? { width: '100%' } : { width: 150 };
  const activeCount = REQUEST_FILTER_KEYS.filter((k) => k !== 'q' && value[k]).length;
  return (
    <div className="year-filters">
      <div className="toolbar">
        <Input.Search
          key={value.q ?? ''}
          allowClear
          defaultValue={value.q}
          placeholder={t('requests.searchPlaceholder')}
          aria-label={t('action.search')}
          enterButton={t('action.search')}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={mobile ? undefined : { maxWidth: 360 }}
        />
        {mobile && (
          <Button icon={<FilterOutlined />} onClick={() => setOpen(!open)}>
            {open ? t('year.lessFilters') : t('year.moreFilters')}
            {activeCount > 0 ? ` (${activeCount})` : ''}
          </Button>
        )}
      </div>
      {show && (
        <div className="toolbar year-filter-grid">
          <Select allowClear style={mobile ? sel : { width: 110 }} placeholder={t('requests.field.kind')} aria-label={t('requests.field.kind')} value={value.kind} onChange={(v?: string) => set({ kind: v })} options={REQUEST_KINDS.map((k) => ({ value: k, label: enumLabel('requests.kind', k) }))} />
          <Select allowClear style={sel} placeholder={t('requests.field.subject')} aria-label={t('requests.field.subject')} value={value.subject} onChange={(v?: string) => set({ subject: v })} options={REQUEST_SUBJECTS.map((k) => ({ value: k, label: enumLabel('requests.subject', k) }))} />
          <Select
            allowClear
            style={mobile ? sel : { width: 130 }}
            placeholder={t('requests.filter.outcome')}
            aria-label={t('requests.filter.outcome')}
            value={value.outcome}
            onChange={(v?: string) => set({ outcome: v })}
            options={[...REQUEST_OUTCOMES, 'pending' as const].map((k) => ({ value: k, label: enumLabel('requests.outcome', k) }))}
          />
          <DateRangeFilter mobile={mobile} from={value.from} to={value.to} onChange={(from, to) => set({ from, to })} fromLabel={t('requests.filter.sentFrom')} toLabel={t('requests.filter.sentTo')} />
          <Select
            style={mobile ? sel : { width: 130 }}
            aria-label={t('label.archived')}
            value={value.archived ?? 'exclude'}
            onChange={(v: string) => set({ archived: v === 'exclude' ? undefined : v })}
            options={[
              { value: 'exclude', label: t('members.filter.archivedExclude') },
              { value: 'only', label: t('members.filter.archivedOnly') },
            ]}
          />
          {activeCount > 0 && <Button onClick={() => onChange({ q: value.q })}>{t('action.reset')}</Button>}
        </div>
      )}
    </div>
  );
}
