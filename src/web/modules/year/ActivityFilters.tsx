import { FilterOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import { useState } from 'react';
import { t } from '../../i18n';
import { DateRangeFilter } from './DateRangeFilter';
import { MemberPicker } from './pickers';
import { enumLabel, useActivityKinds } from './shared';

/** The activity filters as kept in the URL (all strings; empty = not set). */
export interface ActivityFilterValues {
  kind?: string;
  status?: string;
  organizer?: string;
  partyBranch?: string;
  from?: string;
  to?: string;
  participantMemberId?: string;
  isMajor?: string;
  q?: string;
  archived?: string;
}

export const ACTIVITY_FILTER_KEYS = ['kind', 'status', 'organizer', 'partyBranch', 'from', 'to', 'participantMemberId', 'isMajor', 'q', 'archived'] as const satisfies ReadonlyArray<keyof ActivityFilterValues>;

interface Props {
  value: ActivityFilterValues;
  onChange(next: ActivityFilterValues): void;
  mobile: boolean;
  /** Members' own list: no participant or archive filter. */
  mine?: boolean;
}

/** Filter bar of the activity list: search first, the rest under it (folded on phones). */
export function ActivityFilters({ value, onChange, mobile, mine }: Props) {
  const kinds = useActivityKinds();
  const [open, setOpen] = useState(false);
  const show = !mobile || open;
  const set = (patch: Partial<ActivityFilterValues>) => onChange({ ...value, ...patch });
  const sel = mobile ? { width: '100%' } : { width: 170 };
  const activeCount = ACTIVITY_FILTER_KEYS.filter((k) => k !== 'q' && value[k]).length;
  return (
    <div className="year-filters">
      <div className="toolbar">
        <Input.Search
          key={value.q ?? ''}
          allowClear
          defaultValue={value.q}
          placeholder={t('activities.searchPlaceholder')}
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
          <Select
            allowClear
            style={sel}
            placeholder={t('activities.field.kind')}
            aria-label={t('activities.field.kind')}
            value={value.kind}
            onChange={(v?: string) => set({ kind: v })}
            options={kinds.map((k) => ({ value: k.key, label: k.label }))}
          />
          <Select
            allowClear
            style={mobile ? sel : { width: 120 }}
            placeholder={t('activities.field.status')}
            aria-label={t('activities.field.status')}
            value={value.status}
            onChange={(v?: string) => set({ status: v })}
            options={['planned', 'held', 'cancelled'].map((s) => ({ value: s, label: enumLabel('activities.status', s) }))}
          />
          <Input
            key={`org-${value.organizer ?? ''}`}
            allowClear
            style={sel}
            placeholder={t('activities.field.organizer')}
            aria-label={t('activities.field.organizer')}
            defaultValue={value.organizer}
            onChange={(e) => !e.target.value && value.organizer && set({ organizer: undefined })}
            onPressEnter={(e) => set({ organizer: e.currentTarget.value.trim() || undefined })}
            onBlur={(e) => e.currentTarget.value.trim() !== (value.organizer ?? '') && set({ organizer: e.currentTarget.value.trim() || undefined })}
          />
          <Input
            key={`branch-${value.partyBranch ?? ''}`}
            allowClear
            style={sel}
            placeholder={t('activities.field.partyBranch')}
            aria-label={t('activities.field.partyBranch')}
            defaultValue={value.partyBranch}
            onChange={(e) => !e.target.value && value.partyBranch && set({ partyBranch: undefined })}
            onPressEnter={(e) => set({ partyBranch: e.currentTarget.value.trim() || undefined })}
            onBlur={(e) => e.currentTarget.value.trim() !== (value.partyBranch ?? '') && set({ partyBranch: e.currentTarget.value.trim() || undefined })}
          />
          <DateRangeFilter mobile={mobile} from={value.from} to={value.to} onChange={(from, to) => set({ from, to })} />
          {!mine && (
            <MemberPicker style={sel} placeholder={t('activities.field.participant')} value={value.participantMemberId} onChange={(v) => set({ participantMemberId: v })} />
          )}
          <Select
            allowClear
            style={mobile ? sel : { width: 130 }}
            placeholder={t('activities.filter.major')}
            aria-label={t('activities.filter.major')}
            value={value.isMajor}
            onChange={(v?: string) => set({ isMajor: v })}
            options={[
              { value: 'true', label: t('activities.filter.majorOnly') },
              { value: 'false', label: t('activities.filter.notMajor') },
            ]}
          />
          {!mine && (
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
          )}
          {activeCount > 0 && <Button onClick={() => onChange({ q: value.q })}>{t('action.reset')}</Button>}
        </div>
      )}
    </div>
  );
}
