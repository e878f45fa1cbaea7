import './year.css';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, List, Popconfirm, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n';
import { AttachmentsCard } from './AttachmentsCard';
import { RequestFormDrawer } from './RequestFormDrawer';
import { OutcomeTag, RequestKindTag } from './RequestTags';
import { dayRange, errorText, isConflict, yearKeys } from './shared';
import type { PartyRequestPage } from './types';

/** /requests/:id — one request or report: the record, what it covers, its document and annexes. */
export function RequestPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const key = yearKeys.request(id);
  const q = useQuery({ queryKey: key, queryFn: () => api.get<PartyRequestPage>(`/api/requests/${id}`), enabled: !!id });
  const r = q.data;
  const act = useMutation({
    mutationFn: (op: 'archive' | 'restore') => api.post<PartyRequestPage>(`/api/requests/${id}/${op}`, { version: r!.version }),
    onSuccess: (next, op) => {
      message.success(op === 'archive' ? t('msg.archived') : t('msg.restored'));
      qc.setQueryData(key, next);
      qc.invalidateQueries({ queryKey: yearKeys.requests });
    },
    onError: (e) => {
      message.error(errorText(e));
      if (isConflict(e)) qc.invalidateQueries({ queryKey: key });
    },
  });
  const back = (
    <Link to="/requests">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('year.backToList')}
      </Button>
    </Link>
  );
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (q.isError || !r) {
    const notFound = q.error instanceof ApiError && q.error.status === 404;
    return <Result status={notFound ? '404' : 'warning'} title={notFound ? t('msg.notFound') : errorText(q.error)} extra={back} />;
  }
  const covers = [...r.meetings.map((m) => ({ ...m, type: 'meeting' as const })), ...r.activities.map((a) => ({ ...a, type: 'activity' as const }))];
  return (
    <div className="year-page">
      {back}
      <div className="page-header">
        <Typography.Title level={4}>{r.title}</Typography.Title>
      </div>
      <Space wrap size={6} style={{ marginBottom: 12 }}>
        <RequestKindTag kind={r.kind} />
        <Tag>{r.subjectLabel}</Tag>
        <OutcomeTag kind={r.kind} outcome={r.outcome} />
        {r.archivedAt && <Tag>{t('label.archived')}</Tag>}
      </Space>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        {r.abilities.update && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('action.edit')}
          </Button>
        )}
        {r.abilities.archive && (
          <Popconfirm title={t('msg.confirmArchive', { name: r.title })} onConfirm={() => act.mutate('archive')}>
            <Button danger>{t('action.archive')}</Button>
          </Popconfirm>
        )}
        {r.abilities.restore && <Button onClick={() => act.mutate('restore')}>{t('action.restore')}</Button>}
      </Space>
      <div className="year-two-col">
        <div className="year-stack">
          <Card size="small" title={t('requests.detail')}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'kind', label: t('requests.field.kind'), children: r.kindLabel },
                { key: 'subject', label: t('requests.field.subject'), children: r.subjectLabel },
                { key: 'sentOn', label: t('requests.field.sentOn'), children: r.sentOn ?? <Typography.Text type="warning">{t('requests.notSent')}</Typography.Text> },
                { key: 'addressee', label: t('requests.field.addressee'), children: r.addressee || t('year.noneSet') },
                r.kind === 'request' && { key: 'decisionOn', label: t('requests.field.decisionOn'), children: r.decisionOn ?? t('year.noneSet') },
                r.kind === 'request' && { key: 'outcome', label: t('requests.field.outcome'), children: <OutcomeTag kind={r.kind} outcome={r.outcome} /> },
                { key: 'documentNo', label: t('requests.field.documentNo'), children: r.documentNo || t('year.noneSet') },
                r.notes && { key: 'notes', label: t('requests.field.notes'), children: <span className="year-prewrap">{r.notes}</span> },
              ].filter((x) => !!x)}
            />
          </Card>
          <Card size="small" title={t('requests.field.covers')}>
            {covers.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('msg.empty')} />
            ) : (
              <List
                size="small"
                dataSource={covers}
                renderItem={(c) => (
                  <List.Item>
                    <div>
                      <Tag>{t(c.type === 'meeting' ? 'requests.compliance.type.meeting' : 'requests.compliance.type.activity')}</Tag>
                      <Link to={c.type === 'meeting' ? `/meetings/${c.id}` : `/activities/${c.id}`}>{c.title || c.id}</Link>
                      <div className="year-muted">{dayRange(c.startsOn, c.endsOn)}</div>
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </div>
        <AttachmentsCard ownerType="request" ownerId={r.id} title={t('requests.field.attachment')} />
      </div>
      {r.abilities.update && <RequestFormDrawer open={editing} request={r} onClose={() => setEditing(false)} />}
    </div>
  );
}
