import './office.css';
import { DownloadOutlined, FilterOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Input, Pagination, Result, Select, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { INSTITUTION_KINDS, INSTITUTION_STATUSES } from '../../../core/institutions';
import { ORG_READER_ROLES } from '../../../core/roles';
import { api, download, type Page } from '../../api/client';
import { useAuth } from '../../app/auth';
import { t } from '../../i18n';
import { InstitutionFormDrawer } from './InstitutionFormDrawer';
import { INSTITUTION_STATUS_COLORS } from './colors';
import { errorText, label, officeKeys, options, useMobile, yearOptions } from './shared';
import type { Institution } from './types';
import { useUrlFilters } from '../../components/useUrlFilters';

const KEYS = ['q', 'kind', 'status', 'year', 'archived'] as const;
const DEFAULT_SIZE = 20;

/** 制度库: full-text search, filters in the URL, table on desktop, cards on phones. */
export function InstitutionsPage() {
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const mobile = useMobile();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [createOpen, setCreateOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const whole = hasRole(...ORG_READER_ROLES);

  const { filters, page, pageSize, update, set, activeCount } = useUrlFilters(KEYS, DEFAULT_SIZE);
  const query = { ...filters, page, pageSize };
  const list = useQuery({
    queryKey: [...officeKeys.institutions, 'list', query],
    queryFn: () => api.get<Page<Institution>>('/api/institutions', query),
    placeholderData: keepPreviousData,
  });
  const abilities = list.data?.abilities ?? {};


  async function exportXlsx() {
    setExporting(true);
    try {
      const { q, kind, status, year, archived } = filters;
      await download('/api/institutions/export.xlsx', { q, kind, status, year, archived }, t('inst.exportFile'));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  }

  const columns: ColumnsType<Institution> = [
    {
      key: 'title',
      title: t('inst.field.title'),
      width: 320,
      render: (_, r) => (
        <Link to={`/institutions/${r.id}`}>
          <Typography.Text strong style={{ color: 'inherit' }}>
            {r.title}
          </Typography.Text>
        </Link>
      ),
    },
    { key: 'docNumber', title: t('inst.field.docNumber'), dataIndex: 'docNumber', width: 180 },
    { key: 'kind', title: t('inst.field.kind'), width: 120, render: (_, r) => <Tag>{label('inst.kind', r.kind)}</Tag> },
    { key: 'issuingBody', title: t('inst.field.issuingBody'), dataIndex: 'issuingBody', width: 150 },
    { key: 'effectiveOn', title: t('inst.field.effectiveOn'), dataIndex: 'effectiveOn', width: 110, render: (v: string | null) => <span className="tabular">{v ?? ''}</span> },
    {
      key: 'status',
      title: t('inst.field.status'),
      width: 110,
      render: (_, r) => (
        <>
          <Tag color={INSTITUTION_STATUS_COLORS[r.status] ?? 'default'}>{label('inst.status', r.status)}</Tag>
          {r.archivedAt && <Tag>{t('label.archived')}</Tag>}
        </>
      ),
    },
  ];

  if (list.isError && !list.data) return <Result status="warning" title={errorText(list.error)} />;
  const selectStyle = mobile ? { width: '100%' } : { width: 150 };
  const showSelects = !mobile || filtersOpen;
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  return (
    <div className="office-page">
      <div className="page-header">
        <Typography.Title level={4}>{t('inst.title')}</Typography.Title>
        {abilities.export && (
          <Button icon={<DownloadOutlined />} onClick={exportXlsx} loading={exporting}>
            {t('action.export')}
          </Button>
        )}
        {abilities.create && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
            {t('inst.create')}
          </Button>
        )}
      </div>
      {!whole && <Alert type="info" showIcon title={t('inst.membersHint')} />}
      <div className="office-filters">
        <div className="toolbar">
          <Input.Search
            key={filters.q ?? ''}
            allowClear
            defaultValue={filters.q}
            placeholder={t('inst.searchPlaceholder')}
            aria-label={t('action.search')}
            enterButton={t('action.search')}
            onSearch={(q) => set({ q: q.trim() || undefined })}
            style={mobile ? undefined : { maxWidth: 380 }}
          />
          {mobile && (
            <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen(!filtersOpen)}>
              {t('office.moreFilters')}
              {activeCount > 0 ? ` (${activeCount})` : ''}
            </Button>
          )}
        </div>
        {showSelects && (
          <div className="toolbar office-filter-grid">
            <Select allowClear style={selectStyle} placeholder={t('inst.field.kind')} aria-label={t('inst.field.kind')} value={filters.kind} onChange={(v?: string) => set({ kind: v })} options={options(INSTITUTION_KINDS, 'inst.kind')} />
            {whole && (
              <Select allowClear style={selectStyle} placeholder={t('inst.field.status')} aria-label={t('inst.field.status')} value={filters.status} onChange={(v?: string) => set({ status: v })} options={options(INSTITUTION_STATUSES, 'inst.status')} />
            )}
            <Select allowClear style={selectStyle} placeholder={t('office.filter.year')} aria-label={t('office.filter.year')} value={filters.year} onChange={(v?: string) => set({ year: v })} options={yearOptions(2010)} />
            {whole && (
              <Select
                style={selectStyle}
                aria-label={t('label.archived')}
                value={filters.archived ?? 'exclude'}
                onChange={(v: string) => set({ archived: v === 'exclude' ? undefined : v })}
                options={[
                  { value: 'exclude', label: t('office.archivedExclude') },
                  { value: 'only', label: t('office.archivedOnly') },
                ]}
              />
            )}
            {activeCount > 0 && <Button onClick={() => update({ q: filters.q })}>{t('action.reset')}</Button>}
          </div>
        )}
      </div>
      {mobile ? (
        <Spin spinning={list.isFetching}>
          {!list.isFetching && items.length === 0 ? (
            <Empty description={t('msg.empty')} />
          ) : (
            <div className="office-cards">
              {items.map((r) => (
                <Link key={r.id} to={`/institutions/${r.id}`} className="office-card-link">
                  <Card size="small" className="office-card" hoverable>
                    <div className="office-card-title">
                      <Typography.Text strong style={{ flex: '1 1 100%' }}>
                        {r.title}
                      </Typography.Text>
                      <Tag color={INSTITUTION_STATUS_COLORS[r.status] ?? 'default'}>{label('inst.status', r.status)}</Tag>
                      <Tag>{label('inst.kind', r.kind)}</Tag>
                      {r.archivedAt && <Tag>{t('label.archived')}</Tag>}
                    </div>
                    <Typography.Text type="secondary" className="office-card-line">
                      {[r.docNumber, r.effectiveOn ? `${t('inst.field.effectiveOn')} ${r.effectiveOn}` : ''].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </Card>
                </Link>
              ))}
            </div>
          )}
          {total > pageSize && <Pagination simple current={page} pageSize={pageSize} total={total} onChange={(p, s) => update(filters, p, s)} style={{ marginTop: 12, textAlign: 'center' }} />}
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 8 }}>
            {t('inst.total', { n: total })}
          </Typography.Paragraph>
        </Spin>
      ) : (
        <Table<Institution>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          columns={columns}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (n) => t('inst.total', { n }),
            onChange: (p, s) => update(filters, s !== pageSize ? 1 : p, s),
          }}
        />
      )}
      {abilities.create && <InstitutionFormDrawer open={createOpen} onClose={() => setCreateOpen(false)} />}
    </div>
  );
}
