import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { t } from '../../i18n';
import type { LeaveRequest } from './types';
import { useMeetingWrite } from './useMeetingAction';

/** Approve / refuse buttons of one leave request (only for its approver), with an optional comment. */
export function LeaveDecision({ request: l }: { request: LeaveRequest }) {
  const { modal } = App.useApp();
  const [comment, setComment] = useState('');
  const decide = useMeetingWrite(
    l.meetingId,
    (decision: 'approve' | 'refuse') => api.post(`/api/meetings/${l.meetingId}/leave-requests/${l.id}/decide`, { version: l.version, decision, comment }),
    t('meetings.leave.decided'),
  );
  if (!l.abilities.decide) return null;
  return (
    <Space wrap size={4}>
      <Button size="small" type="primary" loading={decide.isPending && decide.variables === 'approve'} onClick={() => decide.mutate('approve')} aria-label={`${t('meetings.leave.approve')} ${l.name}`}>
        {t('meetings.leave.approve')}
      </Button>
      <Button
        size="small"
        danger
        loading={decide.isPending && decide.variables === 'refuse'}
        onClick={() =>
          modal.confirm({
            title: t('meetings.leave.refuse'),
            content: <Input.TextArea rows={2} placeholder={t('meetings.leave.comment')} maxLength={500} onChange={(e) => setComment(e.target.value)} />,
            onOk: () => decide.mutateAsync('refuse'),
          })
        }
      >
        {t('meetings.leave.refuse')}
      </Button>
    </Space>
  );
}
