import './year.css';
import { AlertOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Empty, Grid, Pagination, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, download, type Page } from '../../api/client';
import { t } from '../../i18n';
import { RequestCovers } from './RequestCovers';
import { REQUEST_FILTER_KEYS, RequestFilters, type RequestFilterValues } from './RequestFilters';
import { RequestFormDrawer, type RequestDefaults } from './RequestFormDrawer';
import { OutcomeTag, RequestKindTag } from './RequestTags';
import { errorText, yearKeys } from './shared';
import type { PartyRequest } from './types';

const DEFAULT_PAGE_SIZE = 20;

/** The create defaults carried in the URL (from the compliance view or an activity page). */
function defaultsFrom(params: URLSearchParams): RequestDefaults {
  const d: RequestDefaults = { known: {} };
  const kind = params.get('kind');
  if (kind === 'request' || kind === 'report') d.kind = kind;
  const subject = params.get('subject');
  if (subject) d.subject = subject;
  const title = params.get('title');
  if (title) d.title = title;
  const meetingId = params.get('meetingId');
  if (meetingId) {
    d.meetingIds = [meetingId];
    d.known!.meetings = [{ value: meetingId, label: params.get('meetingTitle') ?? meetingId }];
    d.subject ??= 'majorMeeting';
  }
  const activityId = params.get('activityId');
  if (activityId) {
    d.activityIds = [activityId];
    d.known!.activities = [{ value: activityId, label: params.get('activityTitle') ?? activityId }];
    d.subject ??= 'majorActivity';
  }
  return d;
}

const CREATE_KEYS = ['new', 'kind', 'subject', 'title', 'meetingId', 'meetingTitle', 'activityId', 'activityTitle'];

/** 请示报告 /requests: the ledger (filters in the URL, table on desktop, cards on phones), export, create. */
export function RequestsPage() {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [params, setParams] = useSearchParams();
  const [exporting, setExporting] = useState(false);

  const filters: RequestFilterValues = {};
  for (const k of REQUEST_FILTER_KEYS) {
    const v = params.get(k);
    if (v && !(k === 'kind' && params.get('new'))) filters[k] = v;
  }
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE;
  const query = { ...filters, page, pageSize };
  const creating = params.get('new') === '1';

  const list = useQuery({ queryKey: [...yearKeys.requests, 'list', query], queryFn: () => api.get<Page<PartyRequest>>('/api/requests', query), placeholderData: keepPreviousData });
  const abilities = list.data?.abilities ?? {};

  function update(next: RequestFilterValues, nextPage = 1, nextSize = pageSize) {
    const p = new URLSearchParams();
    for (const k of REQUEST_FILTER_KEYS) if (next[k]) p.set(k, next[k] as string);
    if (nextPage > 1) p.set('page', String(nextPage));
    if (nextSize !== DEFAULT_PAGE_SIZE) p.set('pageSize', String(nextSize));
    setParams(p, { replace: true });
  }
  function setCreating(on: boolean) {
    const p = new URLSearchParams(params);
    if (on) p.set('new', '1');
    else for (const k of CREATE_KEYS) p.delete(k);
    setParams(p, { replace: true });
  }
  async function exportXlsx() {
    setExporting(true);
    try {
      await download('/api/requests/export.xlsx', { ...filters }, t('requests.exportFile'));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  }

  const columns: ColumnsType<PartyRequest> = [
    { key: 'kind', title: t('requests.field.kind'), width: 70, render: (_, r) => <RequestKindTag kind={r.kind} /> },
    { key: 'subject', title: t('requests.field.subject'), width: 120, render: (_, r) => r.subjectLabel },
    {
      key: 'title',
      title: t('requests.field.title'),
      render: (_, r) => (
        <>
          <Link to={`/requests/${r.id}`}>{r.title}</Link>
          {r.archivedAt && <Tag style={{ marginInlineStart: 6 }}>{t('label.archived')}</Tag>}
        </>
      ),
    },
    { key: 'sentOn', title: t('requests.field.sentOn'), width: 110, render: (_, r) => r.sentOn ?? <Typography.Text type="warning">{t('requests.notSent')}</Typography.Text> },
    { key: 'addressee', title: t('requests.field.addressee'), width: 110, render: (_, r) => r.addressee },
    {
      key: 'decision',
      title: t('requests.decision'),
      width: 170,
      render: (_, r) => (
        <Space size={4} wrap>
          {r.decisionOn && <span>{r.decisionOn}</span>}
          <OutcomeTag kind={r.kind} outcome={r.outcome} />
        </Space>
      ),
    },
    { key: 'documentNo', title: t('requests.field.documentNo'), width: 170, render: (_, r) => r.documentNo },
  ];

  if (list.isError && !list.data) return <Result status="warning" title={errorText(list.error)} />;
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  return (
    <div className="year-page">
      <div className="page-header">
        <Typography.Title level={4}>{t('requests.title')}</Typography.Title>
        <Link to="/requests/compliance">
          <Button icon={<AlertOutlined />}>{t('requests.complianceShort')}</Button>
        </Link>
        {abilities.export && (
          <Button icon={<DownloadOutlined />} onClick={exportXlsx} loading={exporting}>
            {t('action.export')}
          </Button>
        )}
        {abilities.create && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('requests.create')}
          </Button>
        )}
      </div>
      <RequestFilters value={filters} onChange={(f) => update(f)} mobile={mobile} />
      {mobile ? (
        <Spin spinning={list.isFetching}>
          {items.length === 0 && !list.isFetching && <Empty description={t('msg.empty')} />}
          <div className="year-cards">
            {items.map((r) => (
              <Link key={r.id} to={`/requests/${r.id}`} className="year-card-link">
                <Card size="small" className="year-card" hoverable>
                  <div className="year-card-title">
                    <span className="year-card-name">{r.title}</span>
                    <RequestKindTag kind={r.kind} />
                    <Tag>{r.subjectLabel}</Tag>
                    <OutcomeTag kind={r.kind} outcome={r.outcome} />
                    {r.archivedAt && <Tag>{t('label.archived')}</Tag>}
                  </div>
                  <div className="year-card-line">{[r.sentOn ?? t('requests.notSent'), r.addressee].filter(Boolean).join(' · ')}</div>
                  {r.documentNo && <div className="year-card-line">{r.documentNo}</div>}
                </Card>
              </Link>
            ))}
          </div>
          {total > pageSize && <Pagination simple current={page} pageSize={pageSize} total={total} onChange={(p, s) => update(filters, p, s)} style={{ marginTop: 12, textAlign: 'center' }} />}
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 8 }}>
            {t('requests.total', { n: total })}
          </Typography.Paragraph>
        </Spin>
      ) : (
        <Table<PartyRequest>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          columns={columns}
          scroll={{ x: 1000 }}
          expandable={{ expandedRowRender: (r) => <RequestCovers id={r.id} /> }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (n) => t('requests.total', { n }),
            onChange: (p, s) => update(filters, s !== pageSize ? 1 : p, s),
          }}
        />
      )}
      {abilities.create && <RequestFormDrawer open={creating} request={null} defaults={creating ? defaultsFrom(params) : undefined} onClose={() => setCreating(false)} />}
    </div>
  );
}
