import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Button, Drawer, Form, Grid, Input, Radio, Select, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ADDRESSEE_SUGGESTIONS, REQUEST_KINDS, REQUEST_OUTCOMES, REQUEST_SUBJECTS } from '../../../core/requests/kinds';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { ActivityPicker, MeetingPicker } from './pickers';
import { enumLabel, errorText, yearKeys } from './shared';
import type { PartyRequestPage } from './types';

interface Values {
  kind: string;
  subject: string;
  title: string;
  sentOn?: string | null;
  addressee?: string;
  decisionOn?: string | null;
  outcome?: string | null;
  documentNo?: string;
  notes?: string;
  meetingIds?: string[];
  activityIds?: string[];
}

export interface RequestDefaults extends Partial<Values> {
  /** Labels of the meetings and activities in `meetingIds` / `activityIds`. */
  known?: { meetings?: Array<{ value: string; label: string }>; activities?: Array<{ value: string; label: string }> };
}

interface Props {
  open: boolean;
  request: PartyRequestPage | null;
  defaults?: RequestDefaults;
  onClose(): void;
}

const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** 登记 / 编辑请示报告, with the meetings and activities it covers. */
export function RequestFormDrawer({ open, request, defaults, onClose }: Props) {
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const fields = {
        kind: v.kind,
        subject: v.subject,
        title: v.title,
        sentOn: v.sentOn || null,
        addressee: v.addressee ?? '',
        decisionOn: v.decisionOn || null,
        outcome: v.kind === 'request' ? (v.outcome ?? null) : null,
        documentNo: v.documentNo ?? '',
        notes: v.notes ?? '',
      };
      const meetingIds = v.meetingIds ?? [];
      const activityIds = v.activityIds ?? [];
      if (!request) return api.post<PartyRequestPage>('/api/requests', { ...fields, meetingIds, activityIds });
      let next = await api.patch<PartyRequestPage>(`/api/requests/${request.id}`, { ...fields, version: request.version });
      const linksChanged = !same(meetingIds, request.meetings.map((m) => m.id)) || !same(activityIds, request.activities.map((a) => a.id));
      if (linksChanged && request.abilities.setLinks) next = await api.put<PartyRequestPage>(`/api/requests/${request.id}/links`, { version: next.version, meetingIds, activityIds });
      return next;
    },
    onSuccess: (r) => {
      message.success(t('msg.saved'));
      qc.invalidateQueries({ queryKey: yearKeys.requests });
      qc.invalidateQueries({ queryKey: yearKeys.activities });
      qc.setQueryData(yearKeys.request(r.id), r);
      onClose();
      if (!request) navigate(`/requests/${r.id}`);
    },
    onError: (e) => {
      message.error(errorText(e));
      // A failed links update after a saved edit leaves a newer version: always reload.
      qc.invalidateQueries({ queryKey: yearKeys.requests });
    },
  });

  const initial: Partial<Values> = request
    ? {
        kind: request.kind,
        subject: request.subject,
        title: request.title,
        sentOn: request.sentOn,
        addressee: request.addressee,
        decisionOn: request.decisionOn,
        outcome: request.outcome,
        documentNo: request.documentNo,
        notes: request.notes,
        meetingIds: request.meetings.map((m) => m.id),
        activityIds: request.activities.map((a) => a.id),
      }
    : { kind: 'request', subject: 'majorMeeting', meetingIds: [], activityIds: [], ...defaults };
  const knownMeetings = request ? request.meetings.map((m) => ({ value: m.id, label: `${m.startsOn} ${m.title}` })) : defaults?.known?.meetings;
  const knownActivities = request ? request.activities.map((a) => ({ value: a.id, label: `${a.startsOn} ${a.title}` })) : defaults?.known?.activities;
  const req = (label: string) => [{ required: true, whitespace: true, message: t('form.required', { label }) }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      title={request ? t('requests.edit') : t('requests.create')}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('action.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} preserve={false} scrollToFirstError>
        <Form.Item name="kind" label={t('requests.field.kind')} rules={req(t('requests.field.kind'))}>
          <Radio.Group optionType="button" buttonStyle="solid" options={REQUEST_KINDS.map((k) => ({ value: k, label: enumLabel('requests.kindLong', k) }))} />
        </Form.Item>
        <Form.Item name="subject" label={t('requests.field.subject')} rules={req(t('requests.field.subject'))}>
          <Select options={REQUEST_SUBJECTS.map((s) => ({ value: s, label: enumLabel('requests.subject', s) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('requests.field.title')} rules={req(t('requests.field.title'))}>
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
        <div className="year-form-grid">
          <Form.Item name="sentOn" label={t('requests.field.sentOn')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="addressee" label={t('requests.field.addressee')}>
            <AutoComplete options={ADDRESSEE_SUGGESTIONS.map((a) => ({ value: a }))} maxLength={100} />
          </Form.Item>
          <Form.Item name="documentNo" label={t('requests.field.documentNo')}>
            <Input maxLength={100} />
          </Form.Item>
          {kind === 'request' && (
            <>
              <Form.Item name="decisionOn" label={t('requests.field.decisionOn')}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="outcome" label={t('requests.field.outcome')}>
                <Select allowClear placeholder={t('requests.outcome.pending')} options={REQUEST_OUTCOMES.map((o) => ({ value: o, label: enumLabel('requests.outcome', o) }))} />
              </Form.Item>
            </>
          )}
        </div>
        {kind === 'report' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
            {t('requests.outcomeReportHint')}
          </Typography.Paragraph>
        )}
        <Form.Item name="meetingIds" label={t('requests.field.meetings')}>
          <MeetingPicker known={knownMeetings} />
        </Form.Item>
        <Form.Item name="activityIds" label={t('requests.field.activities')}>
          <ActivityPicker known={knownActivities} />
        </Form.Item>
        <Form.Item name="notes" label={t('requests.field.notes')} extra={request ? undefined : t('requests.attachmentHint')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
