import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Divider, Drawer, Form, Grid, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { TaskPicker } from './pickers';
import { errorText, isConflict, useActivityKinds, useCommittees, yearKeys } from './shared';
import type { ActivityPage, TrainingInfo } from './types';

interface Values {
  kind: string;
  title: string;
  organizerCommitteeId?: string | null;
  organizerName?: string;
  partyBranch?: string;
  startsOn: string;
  endsOn?: string | null;
  place?: string;
  description?: string;
  outcome?: string;
  isMajor?: boolean;
  workPlanTaskId?: string | null;
  status?: 'planned' | 'held';
  training?: Partial<TrainingInfo> | null;
}

interface Props {
  open: boolean;
  /** The activity to edit; null = new. */
  activity: ActivityPage | null;
  /** Values a new activity starts with (e.g. the work-plan task it fulfils). */
  defaults?: Partial<Values>;
  /** Title of the task in `defaults.workPlanTaskId`. */
  taskLabel?: string;
  onClose(): void;
}

function trainingOf(v: Partial<TrainingInfo> | null | undefined): TrainingInfo {
  return {
    topics: (v?.topics ?? []).map((x) => x.trim()).filter(Boolean),
    sessions: (v?.sessions ?? []).filter((s) => s && s.date && s.topic).map((s) => ({ date: s.date, topic: s.topic, lecturer: s.lecturer ?? '', place: s.place ?? '', form: s.form ?? '' })),
    lecturers: (v?.lecturers ?? []).filter((l) => l && l.name).map((l) => ({ name: l.name, title: l.title ?? '' })),
    ...(v?.traineeCount !== undefined && v?.traineeCount !== null ? { traineeCount: v.traineeCount } : {}),
  };
}

/** 新增 / 编辑活动: the common fields, plus topics, sessions, lecturers and trainees for a training course. */
export function ActivityFormDrawer({ open, activity, defaults, taskLabel, onClose }: Props) {
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const kinds = useActivityKinds(open);
  const committees = useCommittees(open);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        kind: v.kind,
        title: v.title,
        organizerCommitteeId: v.organizerCommitteeId ?? null,
        organizerName: v.organizerName ?? '',
        partyBranch: v.partyBranch ?? '',
        startsOn: v.startsOn,
        endsOn: v.endsOn || null,
        place: v.place ?? '',
        description: v.description ?? '',
        outcome: v.outcome ?? '',
        isMajor: !!v.isMajor,
        workPlanTaskId: v.workPlanTaskId ?? null,
        training: v.kind === 'training' ? trainingOf(v.training) : null,
      };
      if (activity) return api.patch<ActivityPage>(`/api/activities/${activity.id}`, { ...body, version: activity.version });
      return api.post<ActivityPage>('/api/activities', { ...body, status: v.status ?? 'planned' });
    },
    onSuccess: (a) => {
      message.success(t('msg.saved'));
      qc.invalidateQueries({ queryKey: yearKeys.activities });
      qc.invalidateQueries({ queryKey: yearKeys.plans });
      qc.setQueryData(yearKeys.activity(a.id), a);
      onClose();
      if (!activity) navigate(`/activities/${a.id}`);
    },
    onError: (e) => {
      message.error(errorText(e));
      if (isConflict(e)) qc.invalidateQueries({ queryKey: yearKeys.activities });
    },
  });

  const initial: Partial<Values> = activity
    ? {
        kind: activity.kind,
        title: activity.title,
        organizerCommitteeId: activity.organizerCommitteeId,
        organizerName: activity.organizerName,
        partyBranch: activity.partyBranch,
        startsOn: activity.startsOn,
        endsOn: activity.endsOn,
        place: activity.place,
        description: activity.description,
        outcome: activity.outcome,
        isMajor: activity.isMajor,
        workPlanTaskId: activity.workPlanTaskId,
        training: activity.training ?? { topics: [], sessions: [], lecturers: [] },
      }
    : { status: 'planned', isMajor: false, training: { topics: [], sessions: [], lecturers: [] }, ...defaults };
  const req = (label: string) => [{ required: true, whitespace: true, message: t('form.required', { label }) }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={mobile ? '100%' : 720}
      title={activity ? t('activities.edit') : t('activities.create')}
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
        <Form.Item name="kind" label={t('activities.field.kind')} rules={req(t('activities.field.kind'))}>
          <Select options={kinds.map((k) => ({ value: k.key, label: k.label }))} />
        </Form.Item>
        <Form.Item name="title" label={t('activities.field.title')} rules={req(t('activities.field.title'))}>
          <Input maxLength={200} />
        </Form.Item>
        <div className="year-form-grid year-form-grid-keep">
          <Form.Item name="startsOn" label={t('activities.field.startsOn')} rules={req(t('activities.field.startsOn'))}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="endsOn" label={t('activities.field.endsOn')}>
            <Input type="date" />
          </Form.Item>
        </div>
        {!activity && (
          <Form.Item name="status" label={t('activities.field.status')}>
            <Radio.Group
              options={[
                { value: 'planned', label: t('activities.status.planned') },
                { value: 'held', label: t('activities.status.held') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item name="organizerCommitteeId" label={t('activities.field.organizerCommittee')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={committees.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="organizerName" label={t('activities.field.organizerName')} extra={t('activities.field.organizerHelp')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="partyBranch" label={t('activities.field.partyBranch')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="place" label={t('activities.field.place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('activities.field.description')}>
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
        <Form.Item name="outcome" label={t('activities.field.outcome')}>
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
        <Form.Item name="workPlanTaskId" label={t('activities.field.workPlanTask')}>
          <TaskPicker
            known={
              activity?.workPlanTask
                ? [{ value: activity.workPlanTask.id, label: activity.workPlanTask.title }]
                : defaults?.workPlanTaskId && taskLabel
                  ? [{ value: defaults.workPlanTaskId, label: taskLabel }]
                  : undefined
            }
          />
        </Form.Item>
        <Form.Item name="isMajor" label={t('activities.field.isMajor')} valuePropName="checked" extra={t('activities.field.isMajorHelp')}>
          <Switch />
        </Form.Item>
        {kind === 'training' && (
          <>
            <Divider titlePlacement="start">{t('activities.training')}</Divider>
            <Form.Item name={['training', 'topics']} label={t('activities.training.topics')} extra={t('activities.training.topicsHelp')}>
              <Select mode="tags" open={false} tokenSeparators={t('year.tokenSeparators').split(' ')} />
            </Form.Item>
            <Form.Item label={t('activities.training.sessions')}>
              <Form.List name={['training', 'sessions']}>
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f) => (
                      <div key={f.key} className="year-subform">
                        <div className="year-subform-row">
                          <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: t('form.required', { label: t('activities.training.session.date') }) }]} style={{ marginBottom: 0 }}>
                            <Input type="date" aria-label={t('activities.training.session.date')} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'topic']} className="wide" rules={req(t('activities.training.session.topic'))} style={{ marginBottom: 0 }}>
                            <Input placeholder={t('activities.training.session.topic')} maxLength={100} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'lecturer']} style={{ marginBottom: 0 }}>
                            <Input placeholder={t('activities.training.session.lecturer')} maxLength={50} />
                          </Form.Item>
                          <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('action.archive')} />
                        </div>
                        <div className="year-subform-row" style={{ marginTop: 8 }}>
                          <Form.Item name={[f.name, 'form']} style={{ marginBottom: 0 }}>
                            <Input placeholder={t('activities.training.session.form')} maxLength={30} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'place']} className="wide" style={{ marginBottom: 0 }}>
                            <Input placeholder={t('activities.training.session.place')} maxLength={100} />
                          </Form.Item>
                        </div>
                      </div>
                    ))}
                    <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ date: form.getFieldValue('startsOn') ?? '', topic: '', lecturer: '', place: '', form: '' })}>
                      {t('activities.training.addSession')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Form.Item>
            <Form.Item label={t('activities.training.lecturers')}>
              <Form.List name={['training', 'lecturers']}>
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f) => (
                      <div key={f.key} className="year-subform-row lecturer" style={{ marginBottom: 8 }}>
                        <Form.Item name={[f.name, 'name']} rules={req(t('activities.training.lecturer.name'))} style={{ marginBottom: 0 }}>
                          <Input placeholder={t('activities.training.lecturer.name')} maxLength={50} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'title']} style={{ marginBottom: 0 }}>
                          <Input placeholder={t('activities.training.lecturer.title')} maxLength={100} />
                        </Form.Item>
                        <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('action.archive')} />
                      </div>
                    ))}
                    <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '', title: '' })}>
                      {t('activities.training.addLecturer')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Form.Item>
            <Form.Item name={['training', 'traineeCount']} label={t('activities.training.traineeCount')}>
              <InputNumber min={0} max={100000} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
