import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Drawer, Form, Grid, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { defaultAgenda } from '../../../core/meetings';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { AgendaEditor, cleanAgenda } from './AgendaEditor';
import { chinaText, errorText, isConflict, meetingKeys, toChinaInstant, useKinds } from './shared';
import type { AgendaItem, MeetingDetail } from './types';

interface Props {
  open: boolean;
  onClose(): void;
  /** Editing an existing meeting (kind fixed, agenda edited on its own tab). */
  meeting?: MeetingDetail;
}

interface Values {
  kind: string;
  title: string;
  number?: number | null;
  startsAt: Dayjs;
  endsAt?: Dayjs | null;
  venue?: string;
  host?: string;
  notes?: string;
}

/** 新建会议 / 编辑会议: kind, title, number (auto when empty), time, venue, host, agenda. */
export function MeetingFormDrawer({ open, onClose, meeting }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const kinds = useKinds();
  const screens = Grid.useBreakpoint();
  const [agenda, setAgenda] = useState<AgendaItem[]>([]);
  const kind = Form.useWatch('kind', form);
  const info = kinds.data?.items.find((k) => k.kind === kind);

  useEffect(() => {
    if (!open) return;
    if (meeting) {
      form.setFieldsValue({
        kind: meeting.kind,
        title: meeting.title,
        number: meeting.number,
        startsAt: dayjs(chinaText(meeting.startsAt)),
        endsAt: meeting.endsAt ? dayjs(chinaText(meeting.endsAt)) : null,
        venue: meeting.venue,
        host: meeting.host,
        notes: meeting.notes,
      });
    } else {
      form.resetFields();
      setAgenda([]);
    }
  }, [open, meeting, form]);

  function onKind(k: string) {
    // A study-first kind starts with the study item; others start empty (unless already edited).
    const studyTitle = defaultAgenda('chairs')[0]?.title;
    if (agenda.every((a) => !a.title.trim() || a.title === studyTitle)) {
      setAgenda(defaultAgenda(k).map((a) => ({ ...a, studyMaterial: '', presenter: '' })));
    }
  }

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const common = {
        title: v.title.trim(),
        number: info?.numbered ? (v.number ?? null) : null,
        startsAt: toChinaInstant(v.startsAt),
        endsAt: v.endsAt ? toChinaInstant(v.endsAt) : null,
        venue: v.venue?.trim() ?? '',
        host: v.host?.trim() ?? '',
        notes: v.notes?.trim() ?? '',
      };
      if (meeting) return api.patch<MeetingDetail>(`/api/meetings/${meeting.id}`, { ...common, version: meeting.version });
      const body: Record<string, unknown> = { ...common, kind: v.kind, agenda: cleanAgenda(agenda) };
      if (body.number === null) delete body.number;
      return api.post<MeetingDetail>('/api/meetings', body);
    },
    onSuccess: (m) => {
      qc.invalidateQueries({ queryKey: meetingKeys.all });
      message.success(meeting ? t('msg.saved') : t('meetings.created'));
      onClose();
      if (!meeting) navigate(`/meetings/${m.id}`);
    },
    onError: (e) => {
      if (isConflict(e)) qc.invalidateQueries({ queryKey: meetingKeys.all });
      message.error(isConflict(e) ? t('msg.conflict') : errorText(e));
    },
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={meeting ? t('meetings.edit') : t('meetings.create')}
      size={screens.md ? 640 : '100%'}
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
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} requiredMark>
        <Form.Item name="kind" label={t('meetings.field.kind')} rules={[{ required: true }]}>
          <Select
            disabled={!!meeting}
            options={(kinds.data?.items ?? []).map((k) => ({ value: k.kind, label: k.label }))}
            onChange={onKind}
            placeholder={t('meetings.field.kind')}
          />
        </Form.Item>
        <Form.Item name="title" label={t('meetings.field.title')} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
          <Input />
        </Form.Item>
        {info?.numbered && (
          <Form.Item name="number" label={t('meetings.field.number')} extra={t('meetings.field.numberAuto')}>
            <InputNumber min={1} max={999} style={{ width: 160 }} />
          </Form.Item>
        )}
        <Space wrap style={{ width: '100%' }} size={12}>
          <Form.Item name="startsAt" label={t('meetings.field.startsAt')} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="endsAt" label={t('meetings.field.endsAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        </Space>
        <Form.Item name="venue" label={t('meetings.field.venue')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="host" label={t('meetings.field.host')} rules={[{ max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="notes" label={t('meetings.field.notes')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        {!meeting && (
          <Form.Item label={t('meetings.field.agenda')}>
            <AgendaEditor value={agenda} onChange={setAgenda} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
