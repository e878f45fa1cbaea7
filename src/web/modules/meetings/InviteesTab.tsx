import { CheckOutlined, PlusOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ATTENDANCE_STATUSES, CHECK_IN_METHOD_LABELS, type CheckInMethod } from '../../../core/meetings';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { InviteModal } from './InviteModal';
import { QrModal } from './QrModal';
import { attendanceLabel, AttendanceTag, chinaText, meetingKeys, roleLabel } from './shared';
import type { Invitee, MeetingDetail } from './types';
import { useMeetingWrite } from './useMeetingAction';

/** 参会人员: the list with attendance, staff sign-in per row or in bulk, the QR code, invite. */
export function InviteesTab({ meeting: m }: { meeting: MeetingDetail }) {
  const { modal } = App.useApp();
  const qc = useQueryClient();
  const [inviteOpen, setInviteOpen] = useState(false);
  const [qrOpen, setQrOpen] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const list = useQuery({
    queryKey: meetingKeys.part(m.id, 'invitees'),
    queryFn: () => api.get<{ items: Invitee[]; total: number }>(`/api/meetings/${m.id}/invitees`),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: meetingKeys.detail(m.id) });

  const checkIn = useMeetingWrite(
    m.id,
    (ids: string[]) => api.post<{ checkedIn: Invitee[] }>(`/api/meetings/${m.id}/check-in`, { inviteeIds: ids }),
    (r) => t('meetings.invitee.checkedIn', { n: r.checkedIn.length }),
  );
  const remove = useMeetingWrite(m.id, (i: Invitee) => api.post(`/api/meetings/${m.id}/invitees/${i.id}/remove`, { version: m.version }), t('msg.saved'));
  const correct = useMeetingWrite(m.id, (v: { i: Invitee; attendance: string }) => api.post(`/api/meetings/${m.id}/invitees/${v.i.id}/attendance`, { version: v.i.version, attendance: v.attendance }), t('msg.saved'));

  const columns: ColumnsType<Invitee> = [
    { key: 'name', title: t('meetings.invitee.name'), dataIndex: 'name', width: 110 },
    { key: 'affiliation', title: t('meetings.invitee.affiliation'), dataIndex: 'affiliation', ellipsis: true },
    { key: 'role', title: t('meetings.invitee.role'), width: 90, render: (_, i) => roleLabel(i.role) },
    {
      key: 'attendance',
      title: t('meetings.invitee.attendance'),
      width: 130,
      render: (_, i) =>
        m.abilities.correctAttendance ? (
          <Select
            size="small"
            value={i.attendance}
            style={{ width: 100 }}
            aria-label={`${i.name}${t('meetings.invitee.correct')}`}
            options={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: attendanceLabel(s) }))}
            onChange={(v) => correct.mutate({ i, attendance: v })}
          />
        ) : (
          <AttendanceTag status={i.attendance} />
        ),
    },
    {
      key: 'checkedInAt',
      title: t('meetings.invitee.checkedInAt'),
      width: 220,
      render: (_, i) =>
        i.checkedInAt ? (
          <span className="tabular" style={{ whiteSpace: 'nowrap' }}>
            {chinaText(i.checkedInAt)} {i.checkInMethod ? <Typography.Text type="secondary">{CHECK_IN_METHOD_LABELS[i.checkInMethod as CheckInMethod] ?? ''}</Typography.Text> : null}
          </span>
        ) : null,
    },
    {
      key: 'notified',
      title: t('meetings.invitee.notified'),
      width: 80,
      render: (_, i) => (i.notifiedAt ? <Tag color="blue">{t('meetings.invitee.notifiedYes')}</Tag> : <Tag>{t('meetings.invitee.notifiedNo')}</Tag>),
    },
    {
      key: 'actions',
      title: t('label.actions'),
      width: 150,
      render: (_, i) => (
        <span>
          {m.abilities.checkIn && i.attendance !== 'present' && (
            <Button size="small" type="link" icon={<CheckOutlined />} onClick={() => checkIn.mutate([i.id])} aria-label={`${t('meetings.invitee.checkIn')} ${i.name}`}>
              {t('meetings.invitee.checkIn')}
            </Button>
          )}
          {m.abilities.invite && (
            <Button
              size="small"
              type="link"
              danger
              onClick={() => modal.confirm({ title: t('meetings.invitee.removeConfirm', { name: i.name }), onOk: () => remove.mutateAsync(i) })}
            >
              {t('meetings.invitee.remove')}
            </Button>
          )}
        </span>
      ),
    },
  ];

  return (
    <div>
      <div className="toolbar">
        {m.abilities.invite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setInviteOpen(true)}>
            {t('meetings.invite.add')}
          </Button>
        )}
        {m.abilities.checkIn && selected.length > 0 && (
          <Button icon={<CheckOutlined />} loading={checkIn.isPending} onClick={() => checkIn.mutateAsync(selected).then(() => setSelected([]))}>
            {t('meetings.invitee.checkInSelected', { n: selected.length })}
          </Button>
        )}
        {m.abilities.showQr && (
          <Button icon={<QrcodeOutlined />} onClick={() => setQrOpen(true)}>
            {t('meetings.qr.show')}
          </Button>
        )}
        <Button onClick={refresh}>{t('action.refresh')}</Button>
      </div>
      <Table<Invitee>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showTotal: (n) => t('meetings.invitee.total', { n }), hideOnSinglePage: true }}
        rowSelection={
          m.abilities.checkIn
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (i) => ({ disabled: i.attendance === 'present' }) }
            : undefined
        }
      />
      {m.abilities.invite && <InviteModal meeting={m} open={inviteOpen} onClose={() => setInviteOpen(false)} />}
      {m.abilities.showQr && <QrModal meeting={m} open={qrOpen} onClose={() => setQrOpen(false)} />}
    </div>
  );
}
