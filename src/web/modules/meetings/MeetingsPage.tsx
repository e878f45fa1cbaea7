import './meetings.css';
import { FilterOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Grid, Input, Pagination, Result, Select, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { MEETING_STATUSES, MEETING_STATUS_LABELS } from '../../../core/meetings';
import { api, type Page } from '../../api/client';
import { t } from '../../i18n';
import { useMemberRefs } from '../members/refs';
import { MeetingFormDrawer } from './MeetingFormDrawer';
import { errorText, KIND_COLORS, meetingKeys, NoStudyFlag, StatusTag, useKinds } from './shared';
import type { Meeting } from './types';
import { useUrlFilters } from '../../components/useUrlFilters';

const FILTER_KEYS = ['kind', 'status', 'termId', 'from', 'to', 'q'] as const;
const DEFAULT_PAGE_SIZE = 20;

function Counts({ m }: { m: Meeting }) {
  if (!m.attendance) return null;
  return (
    <span className="tabular">
      {m.attendance.expected} / {m.attendance.present}
    </span>
  );
}

/** 会议: filters in the URL, table on desktop, cards on phones, create drawer. */
export function MeetingsPage() {
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [createOpen, setCreateOpen] = useState(false);
  const [showFilters, setShowFilters] = useState(false);
  const kinds = useKinds();
  const refs = useMemberRefs();

  const { filters, page, pageSize, update, set } = useUrlFilters(FILTER_KEYS, DEFAULT_PAGE_SIZE);
  const query = { ...filters, page, pageSize };
  const list = useQuery({
    queryKey: meetingKeys.list(query),
    queryFn: () => api.get<Page<Meeting>>('/api/meetings', query),
    placeholderData: keepPreviousData,
  });

  const selectStyle = mobile ? { width: '100%' } : { width: 150 };
  const show = !mobile || showFilters;

  const columns: ColumnsType<Meeting> = [
    {
      key: 'title',
      title: t('meetings.field.title'),
      render: (_, m) => (
        <span className="meeting-title-cell">
          <span>
            <Link to={`/meetings/${m.id}`}>{m.numberLabel || m.title}</Link>
            {m.numberLabel && m.title !== m.numberLabel && <span className="meeting-number">{m.title}</span>}
          </span>
          <NoStudyFlag show={m.firstItemNotStudy} />
        </span>
      ),
    },
    { key: 'kind', title: t('meetings.field.kind'), width: 110, render: (_, m) => <Tag color={KIND_COLORS[m.kind]}>{m.kindLabel}</Tag> },
    { key: 'time', title: t('meetings.field.time'), width: 150, render: (_, m) => <span className="tabular">{m.startsAtText}</span> },
    { key: 'venue', title: t('meetings.field.venue'), dataIndex: 'venue', width: 160 },
    { key: 'status', title: t('meetings.field.status'), width: 90, render: (_, m) => <StatusTag status={m.status} label={m.statusLabel} /> },
    { key: 'counts', title: `${t('meetings.field.expected')} / ${t('meetings.field.present')}`, width: 100, render: (_, m) => <Counts m={m} /> },
  ];

  if (list.isError && !list.data) return <Result status="warning" title={errorText(list.error)} />;
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  return (
    <div className="meetings-list">
      <div className="page-header">
        <Typography.Title level={4}>{t('meetings.title')}</Typography.Title>
        {list.data?.abilities?.create && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
            {t('meetings.create')}
          </Button>
        )}
      </div>
      <div className="toolbar">
        <Input.Search
          key={filters.q ?? ''}
          allowClear
          defaultValue={filters.q}
          placeholder={t('meetings.searchPlaceholder')}
          enterButton={t('action.search')}
          aria-label={t('action.search')}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={mobile ? undefined : { maxWidth: 320 }}
        />
        {mobile && (
          <Button icon={<FilterOutlined />} onClick={() => setShowFilters(!showFilters)}>
            {showFilters ? t('meetings.lessFilters') : t('meetings.moreFilters')}
          </Button>
        )}
        {show && (
          <>
            <Select
              allowClear
              style={selectStyle}
              placeholder={t('meetings.filter.kind')}
              value={filters.kind}
              options={(kinds.data?.items ?? []).map((k) => ({ value: k.kind, label: k.label }))}
              onChange={(v?: string) => set({ kind: v })}
            />
            <Select
              allowClear
              style={selectStyle}
              placeholder={t('meetings.filter.status')}
              value={filters.status}
              options={MEETING_STATUSES.map((s) => ({ value: s, label: MEETING_STATUS_LABELS[s] }))}
              onChange={(v?: string) => set({ status: v })}
            />
            <Select
              allowClear
              style={selectStyle}
              placeholder={t('meetings.filter.term')}
              value={filters.termId}
              options={refs.terms.map((x) => ({ value: x.id, label: x.name }))}
              onChange={(v?: string) => set({ termId: v })}
            />
            <DatePicker.RangePicker
              style={mobile ? { width: '100%' } : undefined}
              placeholder={[t('meetings.filter.from'), t('meetings.filter.to')]}
              value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
              onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
            />
          </>
        )}
      </div>
      {mobile ? (
        <Spin spinning={list.isFetching}>
          {!list.isFetching && items.length === 0 ? (
            <Empty description={t('msg.empty')} />
          ) : (
            <div className="meeting-cards">
              {items.map((m) => (
                <Link key={m.id} to={`/meetings/${m.id}`} className="meeting-card-link">
                  <Card size="small" className="meeting-card" hoverable>
                    <div className="meeting-card-title">
                      {m.numberLabel || m.title}
                      <NoStudyFlag show={m.firstItemNotStudy} />
                    </div>
                    {m.numberLabel && m.title !== m.numberLabel && <span className="meeting-number">{m.title}</span>}
                    <div className="meeting-card-line">
                      <span className="tabular">{m.startsAtText}</span>
                      {m.venue && <span>{m.venue}</span>}
                    </div>
                    <div className="meeting-card-foot">
                      <Tag color={KIND_COLORS[m.kind]}>{m.kindLabel}</Tag>
                      <StatusTag status={m.status} label={m.statusLabel} />
                      {m.attendance && (
                        <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
                          {t('meetings.field.expected')} {m.attendance.expected} · {t('meetings.field.present')} {m.attendance.present}
                        </Typography.Text>
                      )}
                    </div>
                  </Card>
                </Link>
              ))}
            </div>
          )}
          {total > pageSize && <Pagination simple current={page} pageSize={pageSize} total={total} onChange={(p, s) => update(filters, p, s)} style={{ marginTop: 12, textAlign: 'center' }} />}
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 8 }}>
            {t('meetings.total', { n: total })}
          </Typography.Paragraph>
        </Spin>
      ) : (
        <Table<Meeting>
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
            showTotal: (n) => t('meetings.total', { n }),
            onChange: (p, s) => update(filters, s !== pageSize ? 1 : p, s),
          }}
        />
      )}
      {list.data?.abilities?.create && <MeetingFormDrawer open={createOpen} onClose={() => setCreateOpen(false)} />}
    </div>
  );
}
