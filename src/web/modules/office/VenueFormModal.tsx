import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { errorText, isConflict, officeKeys } from './shared';
import type { Venue } from './types';

interface Props {
  open: boolean;
  onClose(): void;
  venue?: Venue;
}

interface FormValues {
  name: string;
  capacity?: number | null;
  equipment?: string[];
  address?: string;
  description?: string;
  active?: boolean;
}

/** 会场 record: name, capacity, equipment tags, address (office only). */
export function VenueFormModal({ open, onClose, venue }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (venue) form.setFieldsValue({ name: venue.name, capacity: venue.capacity, equipment: venue.equipment, address: venue.address, description: venue.description, active: venue.active });
  }, [open, venue, form]);

  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const body = { name: v.name, capacity: v.capacity ?? null, equipment: v.equipment ?? [], address: v.address ?? '', description: v.description ?? '', active: v.active ?? true };
      return venue ? api.patch<Venue>(`/api/venues/${venue.id}`, { ...body, version: venue.version }) : api.post<Venue>('/api/venues', body);
    },
    onSuccess: async () => {
      message.success(t('msg.saved'));
      await qc.invalidateQueries({ queryKey: officeKeys.venues });
      onClose();
    },
    onError: async (e) => {
      if (isConflict(e)) {
        message.warning(t('msg.conflict'));
        await qc.invalidateQueries({ queryKey: officeKeys.venues });
        onClose();
      } else message.error(errorText(e));
    },
  });

  return (
    <Modal open={open} title={venue ? t('venue.edit') : t('venue.create')} onCancel={onClose} onOk={() => form.submit()} okText={t('action.save')} confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ active: true }}>
        <Form.Item name="name" label={t('venue.field.name')} rules={[{ required: true, message: t('form.required', { label: t('venue.field.name') }) }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="capacity" label={t('venue.field.capacity')}>
          <InputNumber min={1} max={100000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="equipment" label={t('venue.field.equipment')} extra={t('venue.equipmentHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="address" label={t('venue.field.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('venue.field.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="active" label={t('venue.field.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
