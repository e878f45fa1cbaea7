import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Grid, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MembershipCommandKind } from '../../../core/membership';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { changeLabel, errorText, isConflict, memberKeys } from './refs';
import type { MemberDetail } from './types';

interface Props {
  open: boolean;
  onClose(): void;
  member: MemberDetail;
}

interface Values {
  kind: MembershipCommandKind;
  effectiveOn: Dayjs;
  approvingMeetingLabel: string;
  reason?: string;
}

/** 委员资格变动: 增补 / 辞去 / 撤销, with date and approving meeting. Allowed kinds come from abilities. */
export function MembershipChangeModal({ open, onClose, member }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const kinds = member.abilities.changeMembership;

  const save = useMutation({
    mutationFn: (v: Values) =>
      api.post<MemberDetail>(`/api/members/${member.id}/membership-changes`, {
        version: member.version,
        kind: v.kind,
        effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
        approvingMeetingLabel: v.approvingMeetingLabel.trim(),
        reason: v.reason?.trim() ?? '',
      }),
    onSuccess: async () => {
      message.success(t('members.changeSaved'));
      await qc.invalidateQueries({ queryKey: memberKeys.all });
      onClose();
    },
    onError: async (e) => {
      if (isConflict(e)) {
        message.warning(t('msg.conflict'));
        await qc.invalidateQueries({ queryKey: memberKeys.all });
      } else message.error(errorText(e));
    },
  });

  const required = (label: string) => [{ required: true, message: t('members.required', { label }) }];

  return (
    <Modal
      open={open}
      title={`${t('members.changeTitle')} · ${member.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      confirmLoading={save.isPending}
      width={screens.md ? 520 : '100%'}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('members.changeHint')} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ kind: kinds[0], effectiveOn: dayjs() }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="kind" label={t('members.field.changeKind')} rules={required(t('members.field.changeKind'))}>
          <Select options={kinds.map((k) => ({ value: k, label: changeLabel(k) }))} />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('members.field.joiningDate')} rules={required(t('members.field.joiningDate'))}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="approvingMeetingLabel" label={t('members.field.approvingMeeting')} rules={[...required(t('members.field.approvingMeeting')), { whitespace: true, message: t('members.required', { label: t('members.field.approvingMeeting') }) }]}>
          <Input maxLength={100} placeholder={t('members.meetingPlaceholder')} />
        </Form.Item>
        <Form.Item name="reason" label={t('members.field.reason')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
