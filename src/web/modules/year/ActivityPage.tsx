import './year.css';
import { ArrowLeftOutlined, DownloadOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, Grid, List, Popconfirm, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, download } from '../../api/client';
import { useAuth } from '../../app/auth';
import { t } from '../../i18n';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import { AttachmentsCard } from './AttachmentsCard';
import { ParticipantsModal } from './ParticipantsModal';
import { ACTIVITY_STATUS_COLORS, ATTENDANCE_COLORS, dayRange, enumLabel, errorText, isConflict, OUTCOME_COLORS, yearKeys } from './shared';
import type { ActivityPage as ActivityDetail, Participant } from './types';

/** /activities/:id — one activity: details, training course, participants and attendance, photos and files, outcome, task and requests. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [editingPeople, setEditingPeople] = useState(false);
  const key = yearKeys.activity(id);
  const q = useQuery({ queryKey: key, queryFn: () => api.get<ActivityDetail>(`/api/activities/${id}`), enabled: !!id });
  const a = q.data;
  const officeView = hasRole('officeAdmin', 'officeStaff', 'proposalOffice', 'leader', 'auditor');

  const act = useMutation({
    mutationFn: (op: { path: string; body: Record<string, unknown> }) => api.post<ActivityDetail>(`/api/activities/${id}/${op.path}`, { version: a!.version, ...op.body }),
    onSuccess: (next) => {
      message.success(t('msg.saved'));
      qc.setQueryData(key, next);
      qc.invalidateQueries({ queryKey: yearKeys.activities });
    },
    onError: (e) => {
      message.error(errorText(e));
      if (isConflict(e)) qc.invalidateQueries({ queryKey: key });
    },
  });

  const back = (
    <Link to={officeView ? '/activities' : '/my/activities'}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('year.backToList')}
      </Button>
    </Link>
  );
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (q.isError || !a) {
    const notFound = q.error instanceof ApiError && q.error.status === 404;
    return <Result status={notFound ? '404' : 'warning'} title={notFound ? t('msg.notFound') : errorText(q.error)} extra={back} />;
  }

  const people: ColumnsType<Participant> = [
    { key: 'name', title: t('activities.field.name'), render: (_, p) => (p.memberId && officeView ? <Link to={`/members/${p.memberId}`}>{p.name}</Link> : p.name) },
    { key: 'identity', title: t('activities.field.identity'), width: 90, render: (_, p) => (p.memberId ? t('activities.identity.member') : t('activities.identity.staff')) },
    { key: 'role', title: t('activities.field.role'), width: 80, render: (_, p) => enumLabel('activities.role', p.role) },
    { key: 'attendance', title: t('activities.field.attendance'), width: 80, render: (_, p) => <Tag color={ATTENDANCE_COLORS[p.attendance]}>{enumLabel('activities.attendance', p.attendance)}</Tag> },
    { key: 'note', title: t('activities.field.note'), render: (_, p) => p.note },
  ];
  const tr = a.training;

  return (
    <div className="year-page">
      {back}
      <div className="page-header">
        <Typography.Title level={4}>{a.title}</Typography.Title>
      </div>
      <Space wrap size={6} style={{ marginBottom: 12 }}>
        <Tag color="geekblue">{a.kindLabel}</Tag>
        <Tag color={ACTIVITY_STATUS_COLORS[a.status] ?? 'default'}>{a.statusLabel}</Tag>
        {a.isMajor && <Tag color="volcano">{t('activities.field.isMajor')}</Tag>}
        {a.archivedAt && <Tag>{t('label.archived')}</Tag>}
      </Space>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        {a.abilities.update && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('action.edit')}
          </Button>
        )}
        {a.abilities.transition.map((to) => (
          <Button key={to} type={to === 'held' ? 'primary' : 'default'} danger={to === 'cancelled'} onClick={() => act.mutate({ path: 'transition', body: { to } })} loading={act.isPending}>
            {enumLabel('activities.statusTo', to)}
          </Button>
        ))}
        {a.abilities.archive && (
          <Popconfirm title={t('msg.confirmArchive', { name: a.title })} onConfirm={() => act.mutate({ path: 'archive', body: {} })}>
            <Button danger>{t('action.archive')}</Button>
          </Popconfirm>
        )}
        {a.abilities.restore && <Button onClick={() => act.mutate({ path: 'restore', body: {} })}>{t('action.restore')}</Button>}
      </Space>

      <div className="year-two-col">
        <div className="year-stack">
          <Card size="small" title={t('activities.basic')}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'dates', label: t('activities.field.dates'), children: dayRange(a.startsOn, a.endsOn) },
                a.place && { key: 'place', label: t('activities.field.place'), children: a.place },
                a.organizerName && { key: 'organizer', label: t('activities.field.organizer'), children: a.organizerName },
                a.partyBranch && { key: 'branch', label: t('activities.field.partyBranch'), children: a.partyBranch },
                a.workPlanTask && {
                  key: 'task',
                  label: t('activities.field.workPlanTask'),
                  children: officeView ? <Link to={`/plans?plan=${a.workPlanTask.planId}&task=${a.workPlanTask.id}`}>{a.workPlanTask.title}</Link> : a.workPlanTask.title,
                },
                a.description && { key: 'description', label: t('activities.field.description'), children: <span className="year-prewrap">{a.description}</span> },
              ].filter((x) => !!x)}
            />
          </Card>
          <Card size="small" title={t('activities.field.outcome')}>
            {a.outcome ? <div className="year-prewrap">{a.outcome}</div> : <Typography.Text type="secondary">{t('year.noneSet')}</Typography.Text>}
          </Card>
          {tr && (
            <Card size="small" title={t('activities.training')}>
              {tr.topics.length > 0 && (
                <div style={{ marginBottom: 8 }}>
                  <Typography.Text type="secondary">{t('year.labelColon', { label: t('activities.training.topics') })}</Typography.Text>
                  <Space wrap size={4}>
                    {tr.topics.map((x) => (
                      <Tag key={x}>{x}</Tag>
                    ))}
                  </Space>
                </div>
              )}
              {tr.sessions.length > 0 && (
                <List
                  size="small"
                  header={<Typography.Text type="secondary">{t('activities.training.sessions')}</Typography.Text>}
                  dataSource={tr.sessions}
                  renderItem={(s, i) => (
                    <List.Item key={i}>
                      <div>
                        <div>
                          <Typography.Text strong>{s.date}</Typography.Text> {s.topic}
                        </div>
                        <div className="year-muted">{[s.lecturer, s.form, s.place].filter(Boolean).join(' · ')}</div>
                      </div>
                    </List.Item>
                  )}
                />
              )}
              {tr.lecturers.length > 0 && (
                <div style={{ marginTop: 8 }}>
                  <Typography.Text type="secondary">{t('year.labelColon', { label: t('activities.training.lecturers') })}</Typography.Text>
                  {tr.lecturers.map((l) => (l.title ? t('admin.paren', { a: l.name, b: l.title }) : l.name)).join(t('admin.listSep'))}
                </div>
              )}
              {tr.traineeCount !== undefined && (
                <div style={{ marginTop: 8 }}>
                  <Typography.Text type="secondary">{t('year.labelColon', { label: t('activities.training.traineeCount') })}</Typography.Text>
                  {tr.traineeCount}
                </div>
              )}
            </Card>
          )}
        </div>
        <div className="year-stack">
          <Card
            size="small"
            title={
              <>
                <TeamOutlined /> {officeView ? t('activities.participants') : t('activities.myParticipation')}
              </>
            }
            extra={
              <Space size={4}>
                {officeView && a.participants.length > 0 && (
                  <Button size="small" icon={<DownloadOutlined />} onClick={() => download(`/api/activities/${a.id}/participants.xlsx`, undefined, `${a.title}.xlsx`).catch((e: unknown) => message.error(errorText(e)))}>
                    {mobile ? null : t('activities.exportParticipants')}
                  </Button>
                )}
                {a.abilities.setParticipants && (
                  <Button size="small" type="primary" onClick={() => setEditingPeople(true)}>
                    {t('activities.editParticipants')}
                  </Button>
                )}
              </Space>
            }
            styles={{ body: { padding: a.participants.length ? 0 : undefined } }}
          >
            {officeView && a.participants.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 12px' }}>
                {t('activities.attendanceSummary', a.attendance)}
              </Typography.Paragraph>
            )}
            {a.participants.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.noParticipants')} />
            ) : (
              <Table<Participant> rowKey="id" size="small" columns={mobile ? people.filter((c) => c.key !== 'identity') : people} dataSource={a.participants} pagination={a.participants.length > 20 ? { pageSize: 20, size: 'small' } : false} scroll={{ x: 'max-content' }} />
            )}
          </Card>
          <AttachmentsCard ownerType="activity" ownerId={a.id} />
          {officeView && (
            <Card
              size="small"
              title={t('activities.requests')}
              extra={
                hasRole('officeAdmin', 'officeStaff') && (
                  <Link to={`/requests?new=1&activityId=${a.id}&activityTitle=${encodeURIComponent(a.title)}`}>
                    <Button size="small" icon={<PlusOutlined />}>
                      {t('activities.addRequest')}
                    </Button>
                  </Link>
                )
              }
            >
              {a.requests.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.noRequests')} />
              ) : (
                <List
                  size="small"
                  dataSource={a.requests}
                  renderItem={(r) => (
                    <List.Item>
                      <div>
                        <Space size={4} wrap>
                          <Tag color={r.kind === 'request' ? 'blue' : 'purple'}>{enumLabel('requests.kind', r.kind)}</Tag>
                          <Link to={`/requests/${r.id}`}>{r.title}</Link>
                        </Space>
                        <div className="year-muted">
                          {r.sentOn ?? t('requests.notSent')}
                          {r.kind === 'request' && (
                            <Tag color={OUTCOME_COLORS[r.outcome ?? 'pending']} style={{ marginInlineStart: 8 }}>
                              {enumLabel('requests.outcome', r.outcome ?? 'pending')}
                            </Tag>
                          )}
                        </div>
                      </div>
                    </List.Item>
                  )}
                />
              )}
            </Card>
          )}
        </div>
      </div>
      {a.abilities.update && <ActivityFormDrawer open={editing} activity={a} onClose={() => setEditing(false)} />}
      {a.abilities.setParticipants && editingPeople && <ParticipantsModal open activity={a} onClose={() => setEditingPeople(false)} />}
    </div>
  );
}
