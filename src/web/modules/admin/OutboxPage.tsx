import { PagedTable } from '../../components/PagedTable';
import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api, type Page } from '../../api/client';
import { t } from '../../i18n';
import { enumLabel, enumOptions, errorText, fmtTime } from './shared';
import './admin.css';

const OUTBOX_STATUSES = ['pending', 'sent', 'recorded', 'failed'] as const;
const CHANNELS = ['sms', 'email'] as const;
const STATUS_COLOR: Record<string, string> = { pending: 'blue', sent: 'green', recorded: 'default', failed: 'red' };

interface OutboxMessage {
  id: string;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  lastError: string;
  deliveredBy: string;
  createdAt: string;
  sentAt: string | null;
}

/** 短信邮件发送记录: outgoing SMS / email and whether a channel delivered them. Read only. */
export function OutboxPage() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [status, setStatus] = useState<string | undefined>();
  const [channel, setChannel] = useState<string | undefined>();
  const query = { page, pageSize, status, channel };
  const list = useQuery({ queryKey: ['/api/outbox', query], queryFn: () => api.get<Page<OutboxMessage>>('/api/outbox', query) });

  const columns: ColumnsType<OutboxMessage> = [
    { key: 'createdAt', dataIndex: 'createdAt', title: t('label.createdAt'), render: fmtTime },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('label.status'),
      render: (v: string, m) => (
        <div style={{ maxWidth: 220, whiteSpace: 'normal' }}>
          <Tag color={STATUS_COLOR[v] ?? 'default'}>{enumLabel('admin.outbox.status', v)}</Tag>
          {m.status === 'failed' && m.lastError && (
            <div>
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {m.lastError}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { key: 'channel', dataIndex: 'channel', title: t('admin.outbox.channel'), render: (v: string) => enumLabel('admin.outbox.channelKind', v) },
    { key: 'recipient', dataIndex: 'recipient', title: t('admin.outbox.recipient') },
    {
      key: 'content',
      title: t('admin.outbox.content'),
      render: (_: unknown, m) => (
        <div style={{ maxWidth: 360, whiteSpace: 'normal' }}>
          {m.subject && <div style={{ fontWeight: 500 }}>{m.subject}</div>}
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: t('admin.expand') }} style={{ margin: 0 }}>
            {m.body}
          </Typography.Paragraph>
        </div>
      ),
    },
    { key: 'attempts', dataIndex: 'attempts', title: t('admin.outbox.attempts') },
    { key: 'sentAt', dataIndex: 'sentAt', title: t('admin.outbox.sentAt'), render: (v: string | null, m) => [fmtTime(v), m.deliveredBy].filter(Boolean).join(' · ') },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={4}>{t('nav.outbox')}</Typography.Title>
      </div>
      <div className="toolbar toolbar-2col">
        <Select
          allowClear
          placeholder={t('label.status')}
          style={{ minWidth: 200 }}
          value={status}
          options={enumOptions(OUTBOX_STATUSES, 'admin.outbox.status')}
          onChange={(v: string | undefined) => {
            setStatus(v);
            setPage(1);
          }}
        />
        <Select
          allowClear
          placeholder={t('admin.outbox.channel')}
          style={{ minWidth: 120 }}
          value={channel}
          options={enumOptions(CHANNELS, 'admin.outbox.channelKind')}
          onChange={(v: string | undefined) => {
            setChannel(v);
            setPage(1);
          }}
        />
      </div>
      <Typography.Paragraph type="secondary">{t('admin.outbox.intro')}</Typography.Paragraph>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <PagedTable<OutboxMessage>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPageChange={(p, s) => {
          setPage(p);
          setPageSize(s);
        }}
      />
    </>
  );
}
