import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api, download } from '../../api/client';
import { t } from '../../i18n';
import { AttendanceTag, chinaText, errorText, meetingKeys, roleLabel } from './shared';
import type { AttendanceSheet, MeetingDetail } from './types';

type Row = AttendanceSheet['items'][number];

/** 考勤: 应到 / 实到 / 请假 / 缺席 and the list, exported as Excel. */
export function AttendanceTab({ meeting: m }: { meeting: MeetingDetail }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const q = useQuery({ queryKey: meetingKeys.part(m.id, 'attendance'), queryFn: () => api.get<AttendanceSheet>(`/api/meetings/${m.id}/attendance`) });
  const c = q.data?.counts;
  async function exportXlsx() {
    setBusy(true);
    try {
      await download(`/api/meetings/${m.id}/attendance.xlsx`, undefined, t('meetings.attendance.exportFile'));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  const columns: ColumnsType<Row> = [
    { key: 'name', title: t('meetings.invitee.name'), dataIndex: 'name', width: 110 },
    { key: 'affiliation', title: t('meetings.invitee.affiliation'), dataIndex: 'affiliation', ellipsis: true },
    { key: 'role', title: t('meetings.invitee.role'), width: 90, render: (_, i) => roleLabel(i.role) },
    { key: 'attendance', title: t('meetings.invitee.attendance'), width: 90, render: (_, i) => <AttendanceTag status={i.attendance} /> },
    { key: 'checkedInAt', title: t('meetings.invitee.checkedInAt'), width: 150, render: (_, i) => <span className="tabular">{chinaText(i.checkedInAt)}</span> },
    { key: 'leaveReason', title: t('meetings.attendance.leaveReason'), dataIndex: 'leaveReason' },
  ];
  return (
    <div>
      <div className="attendance-stats">
        <Card size="small">
          <Statistic title={t('meetings.field.expected')} value={c?.expected ?? 0} />
        </Card>
        <Card size="small">
          <Statistic title={t('meetings.field.present')} value={c?.present ?? 0} styles={{ content: { color: '#389e0d' } }} />
        </Card>
        <Card size="small">
          <Statistic title={t('meetings.field.excused')} value={c?.excused ?? 0} styles={{ content: { color: '#d46b08' } }} />
        </Card>
        <Card size="small">
          <Statistic
            title={m.status === 'held' || m.status === 'closed' ? t('meetings.field.absent') : t('meetings.field.pending')}
            value={m.status === 'held' || m.status === 'closed' ? (c?.absent ?? 0) : (c?.pending ?? 0)}
          />
        </Card>
      </div>
      <div className="toolbar">
        {m.abilities.exportAttendance && (
          <Button icon={<DownloadOutlined />} loading={busy} onClick={exportXlsx}>
            {t('meetings.attendance.export')}
          </Button>
        )}
      </div>
      <Table<Row> rowKey="id" size="small" loading={q.isFetching} dataSource={q.data?.items ?? []} columns={columns} scroll={{ x: 'max-content' }} pagination={{ pageSize: 50, hideOnSinglePage: true }} />
    </div>
  );
}
