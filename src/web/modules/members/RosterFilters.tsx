import { FilterOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { GENDERS, POLITICAL_AFFILIATIONS } from '../../../core/members';
import { MEMBER_STATUSES } from '../../../core/membership';
import { t } from '../../i18n';
import { statusLabel, useMemberRefs } from './refs';

/** The roster filters as kept in the URL (all strings; empty = not set). */
export interface RosterFilterValues {
  termId?: string;
  sectorId?: string;
  committeeId?: string;
  status?: string;
  isStandingMember?: string;
  gender?: string;
  politicalAffiliation?: string;
  birthYearFrom?: string;
  birthYearTo?: string;
  q?: string;
  archived?: string;
}

export const FILTER_KEYS = [
  'termId',
  'sectorId',
  'committeeId',
  'status',
  'isStandingMember',
  'gender',
  'politicalAffiliation',
  'birthYearFrom',
  'birthYearTo',
  'q',
  'archived',
] as const satisfies ReadonlyArray<keyof RosterFilterValues>;

interface Props {
  value: RosterFilterValues;
  onChange(next: RosterFilterValues): void;
  mobile: boolean;
}

/** Filter bar of the roster: search first, the selects under it (folded on phones). */
export function RosterFilters({ value, onChange, mobile }: Props) {
  const refs = useMemberRefs();
  // Desktop always shows the selects; phones fold them under a button.
  const [open, setOpen] = useState(false);
  const show = !mobile || open;
  const currentTerm = refs.terms.find((x) => x.isCurrent);
  const set = (patch: Partial<RosterFilterValues>) => onChange({ ...value, ...patch });
  const selectStyle = mobile ? { width: '100%' } : { width: 160 };
  const activeCount = FILTER_KEYS.filter((k) => k !== 'q' && value[k]).length;

  return (
    <div className="members-filters">
      <div className="toolbar">
        <Input.Search
          key={value.q ?? ''}
          allowClear
          defaultValue={value.q}
          placeholder={t('members.searchPlaceholder')}
          aria-label={t('action.search')}
          enterButton={t('action.search')}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={mobile ? undefined : { maxWidth: 360 }}
        />
        {mobile && (
          <Button icon={<FilterOutlined />} onClick={() => setOpen(!open)}>
            {open ? t('members.lessFilters') : t('members.moreFilters')}
            {activeCount > 0 ? ` (${activeCount})` : ''}
          </Button>
        )}
      </div>
      {show && (
        <div className="toolbar members-filter-grid">
          <Select
            allowClear
            style={selectStyle}
            placeholder={currentTerm ? `${currentTerm.name}${t('members.currentTerm')}` : t('members.filter.term')}
            aria-label={t('members.filter.term')}
            value={value.termId}
            onChange={(v?: string) => set({ termId: v })}
            options={refs.terms.map((x) => ({ value: x.id, label: x.isCurrent ? `${x.name}${t('members.currentTerm')}` : x.name }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={selectStyle}
            placeholder={t('members.filter.sector')}
            aria-label={t('members.filter.sector')}
            value={value.sectorId}
            onChange={(v?: string) => set({ sectorId: v })}
            options={refs.sectors.map((x) => ({ value: x.id, label: x.name }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={selectStyle}
            placeholder={t('members.filter.committee')}
            aria-label={t('members.filter.committee')}
            value={value.committeeId}
            onChange={(v?: string) => set({ committeeId: v })}
            options={refs.committees.map((x) => ({ value: x.id, label: x.name }))}
          />
          <Select
            style={selectStyle}
            aria-label={t('members.filter.status')}
            value={value.status ?? 'active'}
            onChange={(v: string) => set({ status: v === 'active' ? undefined : v })}
            options={[...MEMBER_STATUSES, 'all' as const].map((s) => ({ value: s, label: statusLabel(s) }))}
          />
          <Select
            allowClear
            style={selectStyle}
            placeholder={t('members.filter.standing')}
            aria-label={t('members.filter.standing')}
            value={value.isStandingMember}
            onChange={(v?: string) => set({ isStandingMember: v })}
            options={[
              { value: 'true', label: t('members.filter.standingOnly') },
              { value: 'false', label: t('members.filter.notStanding') },
            ]}
          />
          <Select
            allowClear
            style={mobile ? selectStyle : { width: 110 }}
            placeholder={t('members.filter.gender')}
            aria-label={t('members.filter.gender')}
            value={value.gender}
            onChange={(v?: string) => set({ gender: v })}
            options={GENDERS.map((g) => ({ value: g, label: g }))}
          />
          <Select
            allowClear
            style={selectStyle}
            placeholder={t('members.filter.political')}
            aria-label={t('members.filter.political')}
            value={value.politicalAffiliation}
            onChange={(v?: string) => set({ politicalAffiliation: v })}
            options={POLITICAL_AFFILIATIONS.map((p) => ({ value: p, label: p }))}
          />
          <InputNumber<number>
            style={mobile ? { width: '100%' } : { width: 130 }}
            min={1900}
            max={2100}
            placeholder={t('members.filter.birthYearFrom')}
            aria-label={t('members.filter.birthYearFrom')}
            value={value.birthYearFrom ? Number(value.birthYearFrom) : null}
            onChange={(v) => set({ birthYearFrom: v ? String(v) : undefined })}
          />
          <InputNumber<number>
            style={mobile ? { width: '100%' } : { width: 130 }}
            min={1900}
            max={2100}
            placeholder={t('members.filter.birthYearTo')}
            aria-label={t('members.filter.birthYearTo')}
            value={value.birthYearTo ? Number(value.birthYearTo) : null}
            onChange={(v) => set({ birthYearTo: v ? String(v) : undefined })}
          />
          <Select
            style={selectStyle}
            aria-label={t('members.filter.archived')}
            value={value.archived ?? 'exclude'}
            onChange={(v: string) => set({ archived: v === 'exclude' ? undefined : v })}
            options={[
              { value: 'exclude', label: t('members.filter.archivedExclude') },
              { value: 'only', label: t('members.filter.archivedOnly') },
            ]}
          />
          {activeCount > 0 && (
            <Button onClick={() => onChange({ q: value.q })}>{t('action.reset')}</Button>
          )}
        </div>
      )}
    </div>
  );
}
