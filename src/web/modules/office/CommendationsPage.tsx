import './office.css';
import { DownloadOutlined, FilterOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Input, Pagination, Popconfirm, Result, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { COMMENDATION_CATEGORIES } from '../../../core/commendations';
import { ORG_READER_ROLES } from '../../../core/roles';
import { api, download, type Page } from '../../api/client';
import { useAuth } from '../../app/auth';
import { t } from '../../i18n';
import { CATEGORY_COLORS } from './colors';
import { CommendationFormDrawer } from './CommendationFormDrawer';
import { errorText, isConflict, label, officeKeys, options, useMobile, yearOptions } from './shared';
import type { Commendation } from './types';
import { useUrlFilters } from '../../components/useUrlFilters';

const KEYS = ['q', 'year', 'category', 'archived'] as const;
const DEFAULT_SIZE = 20;

/** 表彰: year and category filters in the URL, table on desktop, cards on phones; the office records and edits. */
export function CommendationsPage() {
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const qc = useQueryClient();
  const mobile = useMobile();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [editing, setEditing] = useState<Commendation | 'new' | null>(null);
  const [exporting, setExporting] = useState(false);
  const whole = hasRole(...ORG_READER_ROLES);

  const { filters, page, pageSize, update, set, activeCount } = useUrlFilters(KEYS, DEFAULT_SIZE);
  const query = { ...filters, page, pageSize };
  const list = useQuery({
    queryKey: [...officeKeys.commendations, 'list', query],
    queryFn: () => api.get<Page<Commendation>>('/api/commendations', query),
    placeholderData: keepPreviousData,
  });
  const abilities = list.data?.abilities ?? {};

  const archive = useMutation({
    mutationFn: (v: { c: Commendation; op: 'archive' | 'restore' }) => api.post<Commendation>(`/api/commendations/${v.c.id}/${v.op}`, { version: v.c.version }),
    onSuccess: async (_r, v) => {
      message.success(v.op === 'archive' ? t('msg.archived') : t('msg.restored'));
      await qc.invalidateQueries({ queryKey: officeKeys.commendations });
    },
    onError: async (e) => {
      message.error(isConflict(e) ? t('msg.conflict') : errorText(e));
      await qc.invalidateQueries({ queryKey: officeKeys.commendations });
    },
  });

  async function exportXlsx() {
    setExporting(true);
    try {
      await download('/api/commendations/export.xlsx', { ...filters }, t('comm.exportFile'));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  }

  const nominee = (c: Commendation): ReactNode =>
    c.memberId && whole ? (
      <Link to={`/members/${c.memberId}`}>
        <Typography.Text strong style={{ color: 'inherit' }}>
          {c.nomineeName}
        </Typography.Text>
      </Link>
    ) : (
      <Typography.Text strong>{c.nomineeName}</Typography.Text>
    );
  // The deciding meeting links to its page once the record is tied to one (readers of the whole org only).
  const meeting = (c: Commendation): ReactNode => (c.meetingId && whole && c.decisionMeetingLabel ? <Link to={`/meetings/${c.meetingId}`}>{c.decisionMeetingLabel}</Link> : c.decisionMeetingLabel);
  const rowActions = (c: Commendation) =>
    (c.abilities.update || c.abilities.archive || c.abilities.restore) && (
      <Space size={0} wrap>
        {c.abilities.update && (
          <Button type="link" size="small" onClick={() => setEditing(c)}>
            {t('action.edit')}
          </Button>
        )}
        {c.abilities.archive && (
          <Popconfirm title={t('comm.confirmArchive', { name: c.nomineeName })} onConfirm={() => archive.mutate({ c, op: 'archive' })} okButtonProps={{ danger: true }}>
            <Button type="link" size="small" danger>
              {t('action.archive')}
            </Button>
          </Popconfirm>
        )}
        {c.abilities.restore && (
          <Button type="link" size="small" onClick={() => archive.mutate({ c, op: 'restore' })}>
            {t('action.restore')}
          </Button>
        )}
      </Space>
    );

  const columns: ColumnsType<Commendation> = [
    { key: 'year', title: t('comm.field.year'), width: 90, render: (_, c) => <span className="tabular">{t('office.yearOf', { year: c.year })}</span> },
    {
      key: 'nominee',
      title: t('comm.field.nominee'),
      width: 180,
      render: (_, c) => (
        <div>
          {nominee(c)}
          {c.archivedAt && <Tag style={{ marginInlineStart: 6 }}>{t('label.archived')}</Tag>}
          {c.nomineeDetail && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.nomineeDetail}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { key: 'category', title: t('comm.field.category'), width: 150, render: (_, c) => <Tag color={CATEGORY_COLORS[c.category]}>{label('comm.category', c.category)}</Tag> },
    { key: 'meeting', title: t('comm.field.decisionMeeting'), width: 160, render: (_, c) => meeting(c) },
    { key: 'decidedOn', title: t('comm.field.decidedOn'), width: 110, render: (_, c) => <span className="tabular">{c.decidedOn}</span> },
    {
      key: 'citation',
      title: t('comm.field.citation'),
      render: (_, c) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: c.citation }} style={{ margin: 0, minWidth: 180 }}>
          {c.citation}
        </Typography.Paragraph>
      ),
    },
    ...(abilities.create ? [{ key: 'actions', title: t('label.actions'), width: 130, fixed: 'right' as const, render: (_: unknown, c: Commendation) => rowActions(c) }] : []),
  ];

  if (list.isError && !list.data) return <Result status="warning" title={errorText(list.error)} />;
  const selectStyle = mobile ? { width: '100%' } : { width: 160 };
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  return (
    <div className="office-page">
      <div className="page-header">
        <Typography.Title level={4}>{t('comm.title')}</Typography.Title>
        {abilities.export && (
          <Button icon={<DownloadOutlined />} onClick={exportXlsx} loading={exporting}>
            {t('action.export')}
          </Button>
        )}
        {abilities.create && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('comm.create')}
          </Button>
        )}
      </div>
      <div className="office-filters">
        <div className="toolbar">
          <Input.Search
            key={filters.q ?? ''}
            allowClear
            defaultValue={filters.q}
            placeholder={t('comm.searchPlaceholder')}
            aria-label={t('action.search')}
            enterButton={t('action.search')}
            onSearch={(q) => set({ q: q.trim() || undefined })}
            style={mobile ? undefined : { maxWidth: 360 }}
          />
          {mobile && (
            <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen(!filtersOpen)}>
              {t('office.moreFilters')}
              {activeCount > 0 ? ` (${activeCount})` : ''}
            </Button>
          )}
        </div>
        {(!mobile || filtersOpen) && (
          <div className="toolbar office-filter-grid">
            <Select allowClear style={selectStyle} placeholder={t('comm.field.year')} aria-label={t('comm.field.year')} value={filters.year} onChange={(v?: string) => set({ year: v })} options={yearOptions(2010)} />
            <Select allowClear style={selectStyle} placeholder={t('comm.field.category')} aria-label={t('comm.field.category')} value={filters.category} onChange={(v?: string) => set({ category: v })} options={options(COMMENDATION_CATEGORIES, 'comm.category')} />
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
              {items.map((c) => (
                <Card key={c.id} size="small" className="office-card">
                  <div className="office-card-title">
                    <span style={{ flex: 1, minWidth: 0 }}>{nominee(c)}</span>
                    <Tag color={CATEGORY_COLORS[c.category]}>{label('comm.category', c.category)}</Tag>
                    {c.archivedAt && <Tag>{t('label.archived')}</Tag>}
                  </div>
                  {c.nomineeDetail && (
                    <Typography.Text type="secondary" className="office-card-line">
                      {c.nomineeDetail}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary" className="office-card-line tabular">
                    {[t('office.yearOf', { year: c.year }), c.decisionMeetingLabel, c.decidedOn].filter(Boolean).join(' · ')}
                  </Typography.Text>
                  {c.citation && (
                    <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: t('action.more') }} className="comm-citation" style={{ margin: '6px 0 0' }}>
                      {c.citation}
                    </Typography.Paragraph>
                  )}
                  {rowActions(c)}
                </Card>
              ))}
            </div>
          )}
          {total > pageSize && <Pagination simple current={page} pageSize={pageSize} total={total} onChange={(p, s) => update(filters, p, s)} style={{ marginTop: 12, textAlign: 'center' }} />}
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 8 }}>
            {t('comm.total', { n: total })}
          </Typography.Paragraph>
        </Spin>
      ) : (
        <Table<Commendation>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          columns={columns}
          scroll={{ x: 1040 }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (n) => t('comm.total', { n }),
            onChange: (p, s) => update(filters, s !== pageSize ? 1 : p, s),
          }}
        />
      )}
      {abilities.create && <CommendationFormDrawer open={editing !== null} onClose={() => setEditing(null)} commendation={editing && editing !== 'new' ? editing : undefined} />}
    </div>
  );
}
