import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Form, Input, List, Modal, Select, Tag } from 'antd';
import { useState } from 'react';
import { SPEECH_MODES, SPEECH_MODE_LABELS } from '../../../core/meetings';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { meetingKeys } from './shared';
import type { MeetingDetail, Speech } from './types';
import { useMeetingWrite } from './useMeetingAction';

interface Values {
  speakerName: string;
  mode: string;
  title: string;
  text?: string;
}

/** 发言: oral and written speeches; the office registers them. */
export function SpeechesTab({ meeting: m }: { meeting: MeetingDetail }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const list = useQuery({ queryKey: meetingKeys.part(m.id, 'speeches'), queryFn: () => api.get<{ items: Speech[] }>(`/api/meetings/${m.id}/speeches`) });
  const add = useMeetingWrite(m.id, (v: Values) => api.post(`/api/meetings/${m.id}/speeches`, { speakerName: v.speakerName.trim(), mode: v.mode, title: v.title.trim(), text: v.text?.trim() ?? '' }), t('msg.saved'));
  return (
    <div>
      {m.abilities.addSpeech && (
        <div className="toolbar">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('meetings.speech.add')}
          </Button>
        </div>
      )}
      {(list.data?.items.length ?? 0) === 0 ? (
        <Empty description={t('meetings.speech.empty')} />
      ) : (
        <List
          dataSource={list.data?.items ?? []}
          renderItem={(s) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <span>
                    {s.title} <Tag>{s.modeLabel}</Tag>
                  </span>
                }
                description={`${t('meetings.speech.speaker')}：${s.speakerName}`}
              />
              {s.text && <div style={{ whiteSpace: 'pre-wrap', maxWidth: 600 }}>{s.text.slice(0, 200)}</div>}
            </List.Item>
          )}
        />
      )}
      <Modal
        open={open}
        title={t('meetings.speech.add')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={add.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ mode: 'oral' }}
          onFinish={async (v) => {
            await add.mutateAsync(v);
            setOpen(false);
          }}
        >
          <Form.Item name="speakerName" label={t('meetings.speech.speaker')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="title" label={t('meetings.speech.title')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="mode" label={t('meetings.speech.mode')}>
            <Select options={SPEECH_MODES.map((x) => ({ value: x, label: SPEECH_MODE_LABELS[x] }))} />
          </Form.Item>
          <Form.Item name="text" label={t('meetings.speech.text')}>
            <Input.TextArea rows={5} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
