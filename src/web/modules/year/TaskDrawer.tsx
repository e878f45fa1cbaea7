import { EditOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Drawer, Empty, Form, Grid, Input, List, Modal, Result, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { MeetingPicker } from './pickers';
import { dayRange, enumLabel, errorText, isConflict, yearKeys } from './shared';
import { TaskFormModal } from './TaskFormModal';
import { TaskStatusTag } from './TaskStatusTag';
import type { TaskPage } from './types';

interface Props {
  planId: string;
  taskId: string | null;
  sections: string[];
  onClose(): void;
}

/** One task: status changes, progress notes (timeline), the meetings and activities that fulfil it. */
export function TaskDrawer({ planId, taskId, sections, onClose }: Props) {
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [linking, setLinking] = useState(false);
  const [meetingIds, setMeetingIds] = useState<string[]>([]);
  const [noteForm] = Form.useForm<{ body: string; notedOn?: string }>();
  const key = yearKeys.task(planId, taskId ?? '');
  const q = useQuery({ queryKey: key, queryFn: () => api.get<TaskPage>(`/api/work-plans/${planId}/tasks/${taskId}`), enabled: !!taskId });
  const task = q.data;
  const base = `/api/work-plans/${planId}/tasks/${taskId}`;

  const done = (msg: string) => (next: TaskPage) => {
    message.success(msg);
    qc.setQueryData(key, next);
    qc.invalidateQueries({ queryKey: yearKeys.plans });
  };
  const fail = (e: unknown) => {
    message.error(errorText(e));
    if (isConflict(e)) qc.invalidateQueries({ queryKey: yearKeys.plans });
  };
  const transition = useMutation({
    mutationFn: (to: string) => api.post<TaskPage>(`${base}/transition`, { version: task!.version, to }),
    onSuccess: done(t('msg.saved')),
    onError: fail,
  });
  const addNote = useMutation({
    mutationFn: (v: { body: string; notedOn?: string }) => api.post<TaskPage>(`${base}/notes`, { version: task!.version, body: v.body, notedOn: v.notedOn || undefined }),
    onSuccess: (next) => {
      noteForm.resetFields();
      done(t('msg.saved'))(next);
    },
    onError: fail,
  });
  const link = useMutation({
    mutationFn: (ids: string[]) => api.put<TaskPage>(`${base}/meetings`, { version: task!.version, meetingIds: ids }),
    onSuccess: (next) => {
      setLinking(false);
      done(t('msg.saved'))(next);
    },
    onError: fail,
  });

  const transitionLabel = (to: string) => (to === 'inProgress' && task?.status === 'done' ? t('plans.to.reopen') : enumLabel('plans.to', to));

  return (
    <Drawer open={!!taskId} onClose={onClose} size={mobile ? '100%' : 640} title={t('plans.taskDetail')} destroyOnHidden>
      {q.isLoading && <Skeleton active />}
      {q.isError && <Result status="warning" title={errorText(q.error)} />}
      {task && (
        <div className="year-stack">
          <div>
            <Space size={6} wrap style={{ marginBottom: 6 }}>
              <TaskStatusTag status={task.displayStatus} />
              {task.section && <Tag>{task.section}</Tag>}
              {task.archivedAt && <Tag>{t('label.archived')}</Tag>}
            </Space>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {task.title}
            </Typography.Title>
            {task.description && <Typography.Paragraph type="secondary">{task.description}</Typography.Paragraph>}
            {(task.abilities.transition.length > 0 || task.abilities.update) && (
            <Space wrap>
              {task.abilities.transition.map((to) => (
                <Button key={to} size="small" type={to === 'done' ? 'primary' : 'default'} loading={transition.isPending && transition.variables === to} onClick={() => transition.mutate(to)}>
                  {transitionLabel(to)}
                </Button>
              ))}
              {task.abilities.update && (
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t('action.edit')}
                </Button>
              )}
            </Space>
            )}
          </div>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('plans.task.ownerName')}>{task.ownerName || t('year.noneSet')}</Descriptions.Item>
            <Descriptions.Item label={t('plans.task.dueOn')}>
              <span className={task.overdue ? 'year-danger' : undefined}>{task.dueOn ?? t('year.noneSet')}</span>
            </Descriptions.Item>
            {task.completedOn && <Descriptions.Item label={t('plans.task.completedOn')}>{task.completedOn}</Descriptions.Item>}
          </Descriptions>

          <Card size="small" title={t('plans.notes')}>
            {task.notes.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.noNotes')} />
            ) : (
              <Timeline
                className="year-timeline"
                items={[...task.notes].reverse().map((n) => ({
                  key: n.id,
                  content: (
                    <>
                      <Typography.Text strong>{n.notedOn}</Typography.Text>
                      {n.authorName && <span className="year-muted"> · {n.authorName}</span>}
                      <div className="year-prewrap">{n.body}</div>
                    </>
                  ),
                }))}
              />
            )}
            {task.abilities.addNote && (
              <Form form={noteForm} layout="vertical" onFinish={(v) => addNote.mutate(v)} className="year-note-form">
                <Form.Item name="body" label={t('plans.addNote')} rules={[{ required: true, whitespace: true, message: t('form.required', { label: t('plans.note.body') }) }]}>
                  <Input.TextArea rows={3} maxLength={5000} placeholder={t('plans.note.body')} />
                </Form.Item>
                <Space wrap>
                  <Form.Item name="notedOn" noStyle>
                    <Input type="date" aria-label={t('plans.note.notedOn')} style={{ width: 160 }} />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={addNote.isPending}>
                    {t('plans.addNote')}
                  </Button>
                </Space>
              </Form>
            )}
          </Card>
          <Card
            size="small"
            title={t('plans.fulfilled')}
            extra={
              <Space size={4} wrap>
                {task.abilities.linkMeetings && (
                  <Button
                    size="small"
                    icon={<LinkOutlined />}
                    onClick={() => {
                      setMeetingIds(task.meetings.map((m) => m.id));
                      setLinking(true);
                    }}
                  >
                    {t('plans.linkMeetings')}
                  </Button>
                )}
                {task.abilities.update && (
                  <Link to={`/activities?new=1&taskId=${task.id}&taskTitle=${encodeURIComponent(task.title)}`}>
                    <Button size="small" icon={<PlusOutlined />}>
                      {t('plans.addActivity')}
                    </Button>
                  </Link>
                )}
              </Space>
            }
          >
            {task.meetings.length === 0 && task.activities.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.noLinks')} />}
            {task.meetings.length > 0 && (
              <List
                size="small"
                header={<Typography.Text type="secondary">{t('plans.linkedMeetings')}</Typography.Text>}
                dataSource={task.meetings}
                renderItem={(m) => (
                  <List.Item>
                    <Link to={`/meetings/${m.id}`}>{m.title || m.id}</Link>
                    <span className="year-muted year-nowrap">{dayRange(m.startsOn, m.endsOn)}</span>
                  </List.Item>
                )}
              />
            )}
            {task.activities.length > 0 && (
              <List
                className="year-scroll-y"
                size="small"
                header={<Typography.Text type="secondary">{t('plans.linkedActivities')}</Typography.Text>}
                dataSource={task.activities}
                renderItem={(a) => (
                  <List.Item>
                    <Link to={`/activities/${a.id}`}>{a.title}</Link>
                    <span className="year-muted year-nowrap">{a.startsOn}</span>
                  </List.Item>
                )}
              />
            )}
          </Card>

          <TaskFormModal open={editing} planId={planId} task={task} sections={sections} onClose={() => {
            setEditing(false);
            qc.invalidateQueries({ queryKey: key });
          }} />
          <Modal open={linking} title={t('plans.linkMeetings')} onCancel={() => setLinking(false)} onOk={() => link.mutate(meetingIds)} confirmLoading={link.isPending} destroyOnHidden>
            <MeetingPicker value={meetingIds} onChange={setMeetingIds} known={task.meetings.map((m) => ({ value: m.id, label: `${m.startsOn} ${m.title}` }))} />
          </Modal>
        </div>
      )}
    </Drawer>
  );
}
