import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { MINUTES_STATUS_LABELS, type MinutesStatus } from '../../../core/meetings';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { meetingKeys } from './shared';
import type { MeetingDetail, Minutes } from './types';
import { useMeetingWrite } from './useMeetingAction';

/** 纪要: the minutes editor with its due date; approving locks it and shows it to invitees. */
export function MinutesTab({ meeting: m }: { meeting: MeetingDetail }) {
  const { modal } = App.useApp();
  const q = useQuery({ queryKey: meetingKeys.part(m.id, 'minutes'), queryFn: () => api.get<Minutes>(`/api/meetings/${m.id}/minutes`) });
  const [text, setText] = useState('');
  useEffect(() => setText(q.data?.minutes?.text ?? ''), [q.data?.minutes?.text]);
  const save = useMeetingWrite(m.id, () => api.put(`/api/meetings/${m.id}/minutes`, { version: q.data?.minutes?.version ?? 0, text }), t('msg.saved'));
  const approve = useMeetingWrite(m.id, () => api.post(`/api/meetings/${m.id}/minutes/approve`, { version: q.data?.minutes?.version ?? 1 }), t('meetings.minutes.approved'));
  const d = q.data;
  if (!d) return null;
  const status = d.minutes?.status as MinutesStatus | undefined;
  return (
    <div style={{ maxWidth: 900 }}>
      <Space wrap style={{ marginBottom: 12 }}>
        {status && <Tag color={status === 'approved' ? 'green' : 'gold'}>{MINUTES_STATUS_LABELS[status]}</Tag>}
        {d.dueOn && <Typography.Text type={d.overdue ? 'danger' : 'secondary'}>{t('meetings.minutes.dueOn', { day: d.dueOn })}</Typography.Text>}
      </Space>
      {d.overdue && <Alert type="error" showIcon title={t('meetings.minutes.overdue')} style={{ marginBottom: 12 }} />}
      {d.abilities.edit ? (
        <>
          <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} rows={14} aria-label={t('meetings.minutes.text')} />
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" loading={save.isPending} onClick={() => save.mutate(undefined)}>
              {t('meetings.minutes.save')}
            </Button>
            <Button
              disabled={!d.abilities.approve || text !== (d.minutes?.text ?? '')}
              loading={approve.isPending}
              onClick={() => modal.confirm({ title: t('meetings.minutes.approveConfirm'), onOk: () => approve.mutateAsync(undefined) })}
            >
              {t('meetings.minutes.approve')}
            </Button>
          </Space>
        </>
      ) : d.minutes ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.minutes.text}</Typography.Paragraph>
      ) : (
        <Empty description={m.status === 'held' || m.status === 'closed' ? t('meetings.minutes.none') : t('meetings.minutes.notHeld')} />
      )}
    </div>
  );
}
