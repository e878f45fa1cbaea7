import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { errorText, isConflict, yearKeys } from './shared';
import type { Plan, PlanPage } from './types';

interface Props {
  open: boolean;
  plan: Plan | null;
  year: number;
  onClose(): void;
  onSaved(p: PlanPage): void;
}

/** 新建 / 编辑工作要点 (year, title, description). */
export function PlanFormModal({ open, plan, year, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ year: number; title: string; description?: string }>();
  const save = useMutation({
    mutationFn: (v: { year: number; title: string; description?: string }) =>
      plan ? api.patch<PlanPage>(`/api/work-plans/${plan.id}`, { ...v, version: plan.version }) : api.post<PlanPage>('/api/work-plans', v),
    onSuccess: (p) => {
      message.success(t('msg.saved'));
      qc.invalidateQueries({ queryKey: yearKeys.plans });
      onSaved(p);
    },
    onError: (e) => {
      message.error(errorText(e));
      if (isConflict(e)) qc.invalidateQueries({ queryKey: yearKeys.plans });
    },
  });
  return (
    <Modal
      open={open}
      title={plan ? t('plans.editPlan') : t('plans.createPlan')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={plan ? { year: plan.year, title: plan.title, description: plan.description } : { year, title: t('plans.titleDefault', { year }) }}
        onFinish={(v) => save.mutate({ ...v, description: v.description ?? '' })}
      >
        <Form.Item name="year" label={t('plans.field.year')} rules={[{ required: true, message: t('form.required', { label: t('plans.field.year') }) }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="title" label={t('plans.field.title')} rules={[{ required: true, message: t('form.required', { label: t('plans.field.title') }) }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('plans.field.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
