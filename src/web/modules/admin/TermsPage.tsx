import { useQuery } from '@tanstack/react-query';
import { Alert, Tag } from 'antd';
import { useState } from 'react';
import { api, type Page } from '../../api/client';
import { ReferenceTablePage, type RefRecord } from '../../components/ReferenceTablePage';
import { t } from '../../i18n';

/** 届次 (master) and, for the selected term, its 会次 (detail). */
export function TermsPage() {
  const [picked, setPicked] = useState<RefRecord | null>(null);
  // Until one is clicked, the detail shows the current term (or the latest).
  const terms = useQuery({ queryKey: ['/api/terms', 'all'], queryFn: () => api.get<Page<RefRecord>>('/api/terms', { pageSize: 100 }) });
  const items = terms.data?.items ?? [];
  const term = (picked && items.find((x) => x.id === picked.id)) ?? picked ?? items.find((x) => x.isCurrent) ?? items[items.length - 1] ?? null;
  const setTerm = setPicked;
  return (
    <>
      <ReferenceTablePage
        title={t('admin.terms.title')}
        resource="/api/terms"
        onSelect={setTerm}
        selectedId={term?.id ?? null}
        fields={[
          { name: 'number', label: t('admin.term.number'), kind: 'number', required: true },
          { name: 'name', label: t('label.name'), required: true, help: t('admin.term.nameHelp') },
          { name: 'startDate', label: t('admin.startDate'), kind: 'date', required: true },
          { name: 'endDate', label: t('admin.endDate'), kind: 'date', nullable: true },
          { name: 'isCurrent', label: t('admin.term.isCurrent'), kind: 'switch', render: (v) => (v ? <Tag color="red">{t('admin.term.current')}</Tag> : null) },
        ]}
      />
      <div style={{ height: 24 }} />
      {term ? (
        <ReferenceTablePage
          key={term.id}
          compact
          title={t('admin.sessions.title', { term: String(term.name ?? '') })}
          resource="/api/plenary-sessions"
          filters={{ termId: term.id }}
          fields={[
            { name: 'number', label: t('admin.session.number'), kind: 'number', required: true },
            { name: 'name', label: t('label.name'), required: true, help: t('admin.session.nameHelp') },
            { name: 'startDate', label: t('admin.startDate'), kind: 'date', required: true },
            { name: 'endDate', label: t('admin.endDate'), kind: 'date', nullable: true },
            { name: 'proposalWindowStart', label: t('admin.session.windowStart'), kind: 'date', nullable: true },
            { name: 'proposalWindowEnd', label: t('admin.session.windowEnd'), kind: 'date', nullable: true },
          ]}
        />
      ) : (
        <Alert type="info" showIcon title={t('admin.sessions.pickTerm')} />
      )}
    </>
  );
}
