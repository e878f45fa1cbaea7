import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, List, Space, Typography } from 'antd';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { LeaveDecision } from './LeaveDecision';
import { agendaText, AttendanceTag, chinaText, LeaveTag, meetingKeys, roleLabel } from './shared';
import type { LeaveRequest, MeetingDetail, Minutes } from './types';
import { useMeetingWrite } from './useMeetingAction';

/** A member's view of a meeting (phone first): time and place, my status, the leave form, agenda. */
export function MyMeetingView({ meeting: m }: { meeting: MeetingDetail }) {
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const leaves = useQuery({ queryKey: meetingKeys.part(m.id, 'leave'), queryFn: () => api.get<{ items: LeaveRequest[] }>(`/api/meetings/${m.id}/leave-requests`) });
  const minutes = useQuery({ queryKey: meetingKeys.part(m.id, 'minutes'), queryFn: () => api.get<Minutes>(`/api/meetings/${m.id}/minutes`), enabled: m.status === 'held' || m.status === 'closed' });
  const mine = (leaves.data?.items ?? []).filter((l) => l.inviteeId === m.myInvitation?.id);
  const toDecide = (leaves.data?.items ?? []).filter((l) => l.abilities.decide);
  const open = mine.find((l) => l.status === 'pending' || l.status === 'approved');
  const ask = useMeetingWrite(m.id, (reason: string) => api.post(`/api/meetings/${m.id}/leave-requests`, { reason }), t('meetings.leave.submitted'));
  const withdraw = useMeetingWrite(m.id, (l: LeaveRequest) => api.post(`/api/meetings/${m.id}/leave-requests/${l.id}/withdraw`, { version: l.version }), t('meetings.leave.withdrawn'));
  const inv = m.myInvitation;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Card size="small" className="my-status-card" title={t('meetings.my.yourStatus')}>
        {inv ? (
          <div className="my-status-line">
            <AttendanceTag status={inv.attendance} />
            {inv.role !== 'attendee' && <Typography.Text type="secondary">{roleLabel(inv.role)}</Typography.Text>}
            {inv.checkedInAt && <Typography.Text className="tabular">{chinaText(inv.checkedInAt)}</Typography.Text>}
          </div>
        ) : (
          <Typography.Text type="secondary">{t('meetings.my.notInvited')}</Typography.Text>
        )}
        {mine.map((l) => (
          <div key={l.id} style={{ marginTop: 8 }}>
            <Typography.Text>
              {t('meetings.leave.reason')}：{l.reason}
            </Typography.Text>{' '}
            <LeaveTag status={l.status} />
            {l.comment && <Typography.Text type="secondary"> {l.comment}</Typography.Text>}
            {l.abilities.withdraw && (
              <Button size="small" type="link" onClick={() => modal.confirm({ title: t('meetings.leave.withdraw'), onOk: () => withdraw.mutateAsync(l) })}>
                {t('meetings.leave.withdraw')}
              </Button>
            )}
          </div>
        ))}
        {m.abilities.requestLeave && !open && inv && inv.attendance !== 'present' && (
          <>
            {!m.effectiveLeaveApproverId && <Alert type="info" showIcon title={t('meetings.leave.noApprover')} style={{ marginTop: 12 }} />}
            <Form
              form={form}
              layout="vertical"
              style={{ marginTop: 12 }}
              onFinish={async (v) => {
                await ask.mutateAsync(v.reason.trim());
                form.resetFields();
              }}
            >
              <Form.Item name="reason" label={t('meetings.leave.reason')} rules={[{ required: true, whitespace: true }, { min: 2, max: 500 }]}>
                <Input.TextArea rows={3} placeholder={t('meetings.leave.reasonPlaceholder')} maxLength={500} />
              </Form.Item>
              <Button type="primary" htmlType="submit" block size="large" loading={ask.isPending} disabled={!m.effectiveLeaveApproverId}>
                {t('meetings.leave.submit')}
              </Button>
            </Form>
          </>
        )}
      </Card>
      {toDecide.length > 0 && (
        <Card size="small" title={t('meetings.leave.toDecideTitle')}>
          <List dataSource={toDecide} renderItem={(l) => <List.Item actions={[<LeaveDecision key="d" request={l} />]}>{l.name}：{l.reason}</List.Item>} />
        </Card>
      )}
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('meetings.field.time')}>{m.startsAtText}</Descriptions.Item>
          <Descriptions.Item label={t('meetings.field.venue')}>{m.venue}</Descriptions.Item>
          {m.host && <Descriptions.Item label={t('meetings.field.host')}>{m.host}</Descriptions.Item>}
          <Descriptions.Item label={t('meetings.field.agenda')}>
            <div>
              {m.agenda.map((a, i) => (
                <div key={a.id ?? i}>{agendaText(a, i)}</div>
              ))}
            </div>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {minutes.data?.minutes && (
        <Card size="small" title={t('meetings.tab.minutes')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{minutes.data.minutes.text}</Typography.Paragraph>
        </Card>
      )}
    </Space>
  );
}
