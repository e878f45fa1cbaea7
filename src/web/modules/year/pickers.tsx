import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { api, type Page } from '../../api/client';
import { t } from '../../i18n';
import type { Activity, MeetingOption } from './types';

interface Option {
  value: string;
  label: string;
}

interface MultiProps {
  value?: string[];
  onChange?: (v: string[]) => void;
  /** Labels of the ids already chosen (their titles are not in the search results). */
  known?: Option[];
  placeholder?: string;
}

function useSearch<T>(key: string, path: string, enabled: boolean, q: string, extra?: Record<string, string>) {
  return useQuery({
    queryKey: ['picker', key, q, extra],
    queryFn: () => api.get<Page<T>>(path, { q: q || undefined, page: 1, pageSize: 20, ...extra }),
    enabled,
    staleTime: 30_000,
    retry: false,
  });
}

function merge(known: Option[] | undefined, found: Option[]): Option[] {
  const seen = new Set<string>();
  const out: Option[] = [];
  for (const o of [...(known ?? []), ...found]) if (!seen.has(o.value)) (seen.add(o.value), out.push(o));
  return out;
}

/** Meetings of the org, searched by title. */
export function MeetingPicker({ value, onChange, known, placeholder }: MultiProps) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const s = useSearch<MeetingOption>('meetings', '/api/meetings', open, q);
  const found = (s.data?.items ?? []).map((m) => ({ value: m.id, label: [m.day, m.title].filter(Boolean).join(' ') }));
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      onOpenChange={setOpen}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={s.isFetching ? <Spin size="small" /> : undefined}
      placeholder={placeholder ?? t('plans.meetingSearch')}
      options={merge(known, found)}
      style={{ width: '100%' }}
    />
  );
}

/** Activities of the org, searched by text. */
export function ActivityPicker({ value, onChange, known, placeholder }: MultiProps) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const s = useSearch<Activity>('activities', '/api/activities', open, q);
  const found = (s.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.startsOn} ${a.title}` }));
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      onOpenChange={setOpen}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={s.isFetching ? <Spin size="small" /> : undefined}
      placeholder={placeholder ?? t('requests.activitySearch')}
      options={merge(known, found)}
      style={{ width: '100%' }}
    />
  );
}

interface MemberItem {
  id: string;
  name: string;
  employer?: string;
  post?: string;
}

interface MemberProps {
  value?: string;
  onChange?: (v: string | undefined) => void;
  known?: Option[];
  placeholder?: string;
  style?: React.CSSProperties;
}

/** One member of the org, searched by name. */
export function MemberPicker({ value, onChange, known, placeholder, style }: MemberProps) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const s = useSearch<MemberItem>('members', '/api/members', open || !!value, q);
  const found = (s.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }));
  return (
    <Select
      allowClear
      value={value}
      onChange={(v?: string) => onChange?.(v)}
      onOpenChange={setOpen}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={s.isFetching ? <Spin size="small" /> : undefined}
      placeholder={placeholder ?? t('activities.memberSearch')}
      options={merge(known, found)}
      style={style}
    />
  );
}

/** Several members, searched by name (returns the member items so names can be shown). */
export function MembersPicker({ onPick, exclude }: { onPick: (m: { id: string; name: string }) => void; exclude: Set<string> }) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const s = useSearch<MemberItem>('members', '/api/members', open, q);
  const items = (s.data?.items ?? []).filter((m) => !exclude.has(m.id));
  return (
    <Select
      value={null}
      onOpenChange={setOpen}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={s.isFetching ? <Spin size="small" /> : undefined}
      placeholder={t('activities.addMembers')}
      options={items.map((m) => ({ value: m.id, label: [m.name, m.employer].filter(Boolean).join(' · ') }))}
      onChange={(id: string) => {
        const m = items.find((x) => x.id === id);
        if (m) onPick({ id: m.id, name: m.name });
      }}
      style={{ width: '100%' }}
    />
  );
}

interface TaskItem {
  id: string;
  title: string;
  planYear: number;
  ownerName: string;
}

/** One work-plan task, searched by text. */
export function TaskPicker({ value, onChange, known }: { value?: string | null; onChange?: (v: string | null) => void; known?: Option[] }) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const s = useSearch<TaskItem>('tasks', '/api/work-plans/tasks', open, q);
  const found = (s.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.planYear} · ${x.title}` }));
  return (
    <Select
      allowClear
      value={value ?? undefined}
      onChange={(v?: string) => onChange?.(v ?? null)}
      onOpenChange={setOpen}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={s.isFetching ? <Spin size="small" /> : undefined}
      placeholder={t('activities.taskSearch')}
      options={merge(known, found)}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
