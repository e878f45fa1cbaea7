import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { errorText, isConflict, officeKeys, useMobile } from './shared';
import type { InstitutionDetail } from './types';

interface Props {
  open: boolean;
  onClose(): void;
  institution: InstitutionDetail;
}

interface FormValues {
  bodyText: string;
  changeNote?: string;
  effectiveOn?: Dayjs | null;
}

/** 修订: a new version of the text with its change note and effective date, then its files uploaded to the version. */
export function InstitutionVersionModal({ open, onClose, institution }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const mobile = useMobile();
  const [form] = Form.useForm<FormValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ bodyText: institution.currentText });
    setFiles([]);
  }, [open, institution, form]);

  const save = useMutation({
    mutationFn: async (v: FormValues) => {
      const r = await api.post<InstitutionDetail>(`/api/institutions/${institution.id}/versions`, {
        version: institution.version,
        bodyText: v.bodyText,
        changeNote: v.changeNote || undefined,
        effectiveOn: v.effectiveOn ? v.effectiveOn.format('YYYY-MM-DD') : undefined,
      });
      // The new version is the newest one; its files hang on it (ownerType as the server registered it).
      const created = r.versions.find((x) => x.versionNo === r.currentVersionNo) ?? r.versions[0];
      const failures: string[] = [];
      for (const f of files) {
        if (!f.originFileObj || !created) continue;
        const fd = new FormData();
        fd.append('ownerType', created.attachmentOwner.ownerType);
        fd.append('ownerId', created.attachmentOwner.ownerId);
        fd.append('file', f.originFileObj, f.name);
        try {
          await api.upload('/api/attachments', fd);
        } catch (e) {
          failures.push(t('inst.uploadFailed', { name: f.name, reason: errorText(e) }));
        }
      }
      return { r, failures };
    },
    onSuccess: async ({ r, failures }) => {
      message.success(t('inst.versionAdded', { n: r.currentVersionNo }));
      for (const f of failures) message.error(f);
      await qc.invalidateQueries({ queryKey: officeKeys.institutions });
      await qc.invalidateQueries({ queryKey: ['attachments'] });
      onClose();
    },
    onError: async (e) => {
      if (isConflict(e)) {
        message.warning(t('msg.conflict'));
        await qc.invalidateQueries({ queryKey: officeKeys.institutions });
        onClose();
      } else message.error(errorText(e));
    },
  });

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('inst.action.addVersion')}
      onOk={() => form.submit()}
      okText={t('action.save')}
      confirmLoading={save.isPending}
      width={mobile ? '100%' : 760}
      style={mobile ? { top: 8, maxWidth: 'calc(100vw - 16px)' } : undefined}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="bodyText" label={t('inst.field.bodyText')} rules={[{ required: true, message: t('form.required', { label: t('inst.field.bodyText') }) }]}>
          <Input.TextArea rows={mobile ? 10 : 14} />
        </Form.Item>
        <Form.Item name="changeNote" label={t('inst.field.changeNote')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('inst.field.effectiveOn')}>
          <DatePicker style={{ width: '100%' }} inputReadOnly={mobile} />
        </Form.Item>
        <Form.Item label={t('inst.field.attachments')} extra={t('inst.uploadHint')}>
          <Upload
            multiple
            fileList={files}
            beforeUpload={(file) => {
              setFiles((prev) => [...prev, { uid: file.uid, name: file.name, status: 'done', originFileObj: file }]);
              return false;
            }}
            onRemove={(file) => setFiles((prev) => prev.filter((f) => f.uid !== file.uid))}
          >
            <Button icon={<UploadOutlined />}>{t('inst.attachFile')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
