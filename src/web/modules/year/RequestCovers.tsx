import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Space, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, download, type Page } from '../../api/client';
import { t } from '../../i18n';
import { dayRange, errorText, yearKeys } from './shared';
import type { Attachment, PartyRequestPage } from './types';

/** The meetings and activities a request covers and its files (the ledger's expanded row). */
export function RequestCovers({ id }: { id: string }) {
  const { message } = App.useApp();
  const q = useQuery({ queryKey: yearKeys.request(id), queryFn: () => api.get<PartyRequestPage>(`/api/requests/${id}`) });
  const files = useQuery({
    queryKey: yearKeys.attachments('request', id),
    queryFn: () => api.get<Page<Attachment> & { abilities: { upload: boolean } }>('/api/attachments', { ownerType: 'request', ownerId: id, page: 1, pageSize: 100 }),
  });
  if (q.isLoading) return <Spin size="small" />;
  const r = q.data;
  if (!r) return null;
  const none = r.meetings.length === 0 && r.activities.length === 0;
  return (
    <div className="year-covers">
      <div>
        <Typography.Text type="secondary">{t('year.labelColon', { label: t('requests.field.covers') })}</Typography.Text>
        {none && <Typography.Text type="secondary">{t('label.none')}</Typography.Text>}
        <Space wrap size={[8, 4]}>
          {r.meetings.map((m) => (
            <span key={m.id}>
              <Tag>{t('requests.compliance.type.meeting')}</Tag>
              <Link to={`/meetings/${m.id}`}>{m.title}</Link> <span className="year-muted">{dayRange(m.startsOn, m.endsOn)}</span>
            </span>
          ))}
          {r.activities.map((a) => (
            <span key={a.id}>
              <Tag>{t('requests.compliance.type.activity')}</Tag>
              <Link to={`/activities/${a.id}`}>{a.title}</Link> <span className="year-muted">{a.startsOn}</span>
            </span>
          ))}
        </Space>
      </div>
      {r.notes && <div className="year-muted year-prewrap">{r.notes}</div>}
      {(files.data?.items.length ?? 0) > 0 && (
        <div>
          <Typography.Text type="secondary">{t('year.labelColon', { label: t('requests.field.attachment') })}</Typography.Text>
          {files.data!.items.map((a) => (
            <Button key={a.id} type="link" size="small" icon={<PaperClipOutlined />} onClick={() => download(a.downloadUrl, undefined, a.fileName).catch((e: unknown) => message.error(errorText(e)))}>
              {a.fileName}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
