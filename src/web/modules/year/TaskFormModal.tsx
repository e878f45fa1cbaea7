import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Form, Input, InputNumber, Modal, Select } from 'antd';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { clean, errorText, isConflict, useCommittees, yearKeys } from './shared';
import type { Task } from './types';

interface Values {
  section?: string;
  title: string;
  description?: string;
  ownerCommitteeId?: string | null;
  ownerName?: string;
  dueOn?: string | null;
  sortOrder?: number | null;
}

interface Props {
  open: boolean;
  planId: string;
  task: Task | null;
  /** Sections already used in the plan, offered as suggestions. */
  sections: string[];
  onClose(): void;
}

/** 新增 / 编辑工作任务. */
export function TaskFormModal({ open, planId, task, sections, onClose }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const committees = useCommittees(open);
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = clean({ ...v }, task ? ['ownerCommitteeId', 'dueOn'] : []);
      if (task) return api.patch<Task>(`/api/work-plans/${planId}/tasks/${task.id}`, { ...body, section: v.section ?? '', description: v.description ?? '', ownerName: v.ownerName ?? '', version: task.version });
      return api.post<Task>(`/api/work-plans/${planId}/tasks`, body);
    },
    onSuccess: () => {
      message.success(t('msg.saved'));
      qc.invalidateQueries({ queryKey: yearKeys.plans });
      onClose();
    },
    onError: (e) => {
      message.error(errorText(e));
      if (isConflict(e)) qc.invalidateQueries({ queryKey: yearKeys.plans });
    },
  });
  const req = (label: string) => [{ required: true, message: t('form.required', { label }) }];
  return (
    <Modal open={open} title={task ? t('plans.editTask') : t('plans.addTask')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          task
            ? { section: task.section, title: task.title, description: task.description, ownerCommitteeId: task.ownerCommitteeId, ownerName: task.ownerName, dueOn: task.dueOn, sortOrder: task.sortOrder }
            : {}
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="section" label={t('plans.task.section')}>
          <AutoComplete options={sections.map((x) => ({ value: x }))} filterOption={(input, o) => String(o?.value ?? '').includes(input)} maxLength={100} />
        </Form.Item>
        <Form.Item name="title" label={t('plans.task.title')} rules={req(t('plans.task.title'))}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="description" label={t('plans.task.description')}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="ownerCommitteeId" label={t('plans.task.ownerCommittee')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={committees.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="ownerName" label={t('plans.task.ownerName')} extra={t('plans.task.ownerHelp')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('plans.task.dueOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('plans.task.sortOrder')} extra={t('admin.sortOrderHelp')}>
          <InputNumber min={0} max={100000} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
