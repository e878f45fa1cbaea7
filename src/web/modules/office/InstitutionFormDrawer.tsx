import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { INSTITUTION_KINDS } from '../../../core/institutions';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { errorText, isConflict, officeKeys, options, useMobile } from './shared';
import type { InstitutionDetail } from './types';

interface Props {
  open: boolean;
  onClose(): void;
  /** The rule to edit (metadata only); absent = a new draft. */
  institution?: InstitutionDetail;
}

interface FormValues {
  title: string;
  docNumber?: string;
  issuingBody?: string;
  kind: string;
  summary?: string;
  effectiveOn?: Dayjs | null;
  bodyText?: string;
  changeNote?: string;
}

/** New rule (a draft, optionally with its first text) or its metadata changed. */
export function InstitutionFormDrawer({ open, onClose, institution }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const mobile = useMobile();
  const [form] = Form.useForm<FormValues>();
  const editing = !!institution;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (institution)
      form.setFieldsValue({
        title: institution.title,
        docNumber: institution.docNumber,
        issuingBody: institution.issuingBody,
        kind: institution.kind,
        summary: institution.summary,
        effectiveOn: institution.effectiveOn ? dayjs(institution.effectiveOn) : null,
      });
  }, [open, institution, form]);

  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const meta = {
        title: v.title,
        docNumber: v.docNumber ?? '',
        issuingBody: v.issuingBody ?? '',
        kind: v.kind,
        summary: v.summary ?? '',
        effectiveOn: v.effectiveOn ? v.effectiveOn.format('YYYY-MM-DD') : null,
      };
      if (institution) return api.patch<InstitutionDetail>(`/api/institutions/${institution.id}`, { ...meta, version: institution.version });
      return api.post<InstitutionDetail>('/api/institutions', { ...meta, bodyText: v.bodyText || undefined, changeNote: v.changeNote || undefined });
    },
    onSuccess: async (r) => {
      message.success(t('msg.saved'));
      await qc.invalidateQueries({ queryKey: officeKeys.institutions });
      onClose();
      if (!editing) navigate(`/institutions/${r.id}`);
    },
    onError: async (e) => {
      if (isConflict(e)) {
        message.warning(t('msg.conflict'));
        await qc.invalidateQueries({ queryKey: officeKeys.institutions });
        onClose();
      } else message.error(errorText(e));
    },
  });

  const required = (l: string) => [{ required: true, message: t('form.required', { label: l }) }];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('inst.edit') : t('inst.create')}
      size={mobile ? '100%' : 640}
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
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ kind: 'work' }}>
        <Form.Item name="title" label={t('inst.field.title')} rules={required(t('inst.field.title'))}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="kind" label={t('inst.field.kind')} rules={required(t('inst.field.kind'))}>
          <Select options={options(INSTITUTION_KINDS, 'inst.kind')} />
        </Form.Item>
        <Form.Item name="docNumber" label={t('inst.field.docNumber')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="issuingBody" label={t('inst.field.issuingBody')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('inst.field.effectiveOn')}>
          <DatePicker style={{ width: '100%' }} inputReadOnly={mobile} />
        </Form.Item>
        <Form.Item name="summary" label={t('inst.field.summary')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {!editing && (
          <>
            <Form.Item name="bodyText" label={t('inst.createdFirstText')}>
              <Input.TextArea rows={10} />
            </Form.Item>
            <Form.Item name="changeNote" label={t('inst.field.changeNote')}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
