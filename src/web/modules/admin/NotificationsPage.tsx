import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, List, Modal, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, type Page } from '../../api/client';
import { t } from '../../i18n';
import { errorText, fmtTime } from './shared';
import './admin.css';

interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
  abilities: { markRead: boolean };
}

type Inbox = Page<Notification> & { unread: number };

/** 消息: the caller's inbox. Opening a message marks it read; a message with a link goes there. */
export function NotificationsPage() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [opened, setOpened] = useState<Notification | null>(null);
  const query = { page, pageSize: 20, unread: onlyUnread ? 'true' : 'false' };
  const list = useQuery({ queryKey: ['notifications', 'list', query], queryFn: () => api.get<Inbox>('/api/notifications', query) });
  const refresh = () => qc.invalidateQueries({ queryKey: ['notifications'] });

  const markRead = useMutation({ mutationFn: (id: string) => api.post(`/api/notifications/${id}/read`), onSuccess: refresh });
  const readAll = useMutation({
    mutationFn: () => api.post<{ updated: number }>('/api/notifications/read-all'),
    onSuccess: (r) => {
      message.success(t('admin.notif.readAllDone', { n: r.updated }));
      refresh();
    },
    onError: (e) => message.error(errorText(e)),
  });

  function open(n: Notification) {
    if (!n.readAt) markRead.mutate(n.id);
    setOpened(n);
  }

  const unread = list.data?.unread ?? 0;
  const internalLink = (link: string) => link.startsWith('/');

  return (
    <>
      <div className="page-header">
        <Typography.Title level={4}>
          {t('nav.notifications')} {unread > 0 && <Badge count={unread} style={{ marginInlineStart: 4 }} />}
        </Typography.Title>
        <Segmented
          value={onlyUnread ? 'unread' : 'all'}
          options={[
            { value: 'all', label: t('label.all') },
            { value: 'unread', label: t('admin.notif.unread') },
          ]}
          onChange={(v) => {
            setOnlyUnread(v === 'unread');
            setPage(1);
          }}
        />
        <Button disabled={unread === 0 || list.data?.abilities?.readAll === false} loading={readAll.isPending} onClick={() => readAll.mutate()}>
          {t('admin.notif.readAll')}
        </Button>
      </div>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <List<Notification>
        className="notif-list"
        bordered
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: onlyUnread ? t('admin.notif.noUnread') : t('admin.notif.empty') }}
        pagination={
          (list.data?.total ?? 0) > 20
            ? { current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, size: 'small', showSizeChanger: false }
            : false
        }
        renderItem={(n) => (
          <List.Item className={n.readAt ? 'notif-item' : 'notif-item notif-unread'} onClick={() => open(n)}>
            <div className="notif-row">
              {!n.readAt && <Badge status="error" />}
              <div className="notif-main">
                <div className="notif-title">{n.title}</div>
                {n.body && <div className="notif-body">{n.body}</div>}
              </div>
              <div className="notif-time">{fmtTime(n.createdAt)}</div>
            </div>
          </List.Item>
        )}
      />
      <Modal
        open={!!opened}
        title={<div style={{ paddingInlineEnd: 24 }}>{opened?.title}</div>}
        onCancel={() => setOpened(null)}
        footer={[
          <Button key="close" onClick={() => setOpened(null)}>
            {t('admin.close')}
          </Button>,
          opened?.link ? (
            <Button
              key="go"
              type="primary"
              onClick={() => {
                const link = opened.link;
                setOpened(null);
                if (internalLink(link)) navigate(link);
                else window.open(link, '_blank', 'noopener');
              }}
            >
              {t('admin.notif.goTo')}
            </Button>
          ) : null,
        ]}
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {opened && fmtTime(opened.createdAt)}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{opened?.body || t('admin.notif.noBody')}</Typography.Paragraph>
      </Modal>
    </>
  );
}
