import { useQuery } from '@tanstack/react-query';
import { Alert, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { LeaveDecision } from './LeaveDecision';
import { chinaText, LeaveTag, meetingKeys } from './shared';
import type { LeaveRequest, MeetingDetail } from './types';

/** 请假: the meeting's leave requests; the approver decides here. */
export function LeaveTab({ meeting: m }: { meeting: MeetingDetail }) {
  const list = useQuery({
    queryKey: meetingKeys.part(m.id, 'leave'),
    queryFn: () => api.get<{ items: LeaveRequest[] }>(`/api/meetings/${m.id}/leave-requests`),
  });
  const columns: ColumnsType<LeaveRequest> = [
    { key: 'name', title: t('meetings.leave.name'), dataIndex: 'name', width: 100 },
    { key: 'reason', title: t('meetings.leave.reason'), dataIndex: 'reason' },
    { key: 'createdAt', title: t('meetings.leave.createdAt'), width: 150, render: (_, l) => <span className="tabular">{chinaText(l.createdAt)}</span> },
    {
      key: 'status',
      title: t('meetings.leave.status'),
      width: 160,
      render: (_, l) => (
        <>
          <LeaveTag status={l.status} />
          {l.comment && <Typography.Text type="secondary">{l.comment}</Typography.Text>}
        </>
      ),
    },
    { key: 'actions', title: t('label.actions'), width: 160, render: (_, l) => <LeaveDecision request={l} /> },
  ];
  return (
    <div>
      {!m.effectiveLeaveApproverId && <Alert type="info" showIcon title={t('meetings.leave.noApprover')} style={{ marginBottom: 12 }} />}
      <Table<LeaveRequest>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('meetings.leave.empty') }}
        pagination={false}
      />
    </div>
  );
}
