import './year.css';
import { DownloadOutlined, EditOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Grid, Result, Segmented, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, download, type Page } from '../../api/client';
import { t } from '../../i18n';
import { OwnerSummary } from './OwnerSummary';
import { PlanFormModal } from './PlanFormModal';
import { currentYear, enumLabel, errorText, isConflict, yearKeys } from './shared';
import { TaskDrawer } from './TaskDrawer';
import { TaskFormModal } from './TaskFormModal';
import { TaskStatusTag } from './TaskStatusTag';
import type { Plan, PlanPage, Task } from './types';

const STATUS_FILTERS = ['all', 'notStarted', 'inProgress', 'done', 'overdue'] as const;
/** The owner the server groups blank owners under (core/plans/tasks progressByOwner). */
const UNASSIGNED = t('plans.unassigned');

/** 工作要点 /plans: a year's plan, its tasks by owner, the per-owner summary, progress and exports. Year, plan, status and open task in the URL. */
export function PlansPage() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [params, setParams] = useSearchParams();
  const [planForm, setPlanForm] = useState<'new' | 'edit' | null>(null);
  const [taskForm, setTaskForm] = useState(false);

  const all = useQuery({ queryKey: [...yearKeys.plans, 'list'], queryFn: () => api.get<Page<Plan>>('/api/work-plans', { page: 1, pageSize: 100 }) });
  const plans = all.data?.items ?? [];
  const years = [...new Set([...plans.map((p) => p.year), currentYear()])].sort((a, b) => b - a);
  const latest = plans.length ? Math.max(...plans.map((p) => p.year)) : currentYear();
  const year = Number(params.get('year')) || plans.find((p) => p.id === params.get('plan'))?.year || latest;
  const ofYear = plans.filter((p) => p.year === year);
  const planId = ofYear.find((p) => p.id === params.get('plan'))?.id ?? ofYear[0]?.id;
  const status = (STATUS_FILTERS as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as (typeof STATUS_FILTERS)[number]) : 'all';
  const taskId = params.get('task');

  const detail = useQuery({
    queryKey: yearKeys.plan(planId ?? ''),
    queryFn: () => api.get<PlanPage>(`/api/work-plans/${planId}`),
    enabled: !!planId,
    placeholderData: keepPreviousData,
  });
  const plan = planId ? detail.data : undefined;

  function setParam(patch: Record<string, string | null>) {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  }

  const transition = useMutation({
    mutationFn: (to: string) => api.post<PlanPage>(`/api/work-plans/${plan!.id}/transition`, { version: plan!.version, to }),
    onSuccess: () => {
      message.success(t('msg.saved'));
      qc.invalidateQueries({ queryKey: yearKeys.plans });
    },
    onError: (e) => {
      message.error(errorText(e));
      if (isConflict(e)) qc.invalidateQueries({ queryKey: yearKeys.plans });
    },
  });

  async function exportFile(ext: 'xlsx' | 'docx') {
    if (!plan) return;
    try {
      await download(`/api/work-plans/${plan.id}/export.${ext}`, undefined, `${plan.title}.${ext}`);
    } catch (e) {
      message.error(errorText(e));
    }
  }

  if (all.isError) return <Result status="warning" title={errorText(all.error)} />;

  const tasks = (plan?.tasks ?? []).filter((x) => status === 'all' || x.displayStatus === status);
  const groups = new Map<string, Task[]>();
  for (const o of plan?.progress.owners ?? []) groups.set(o.owner, []);
  for (const x of tasks) {
    const owner = x.ownerName.trim() || UNASSIGNED;
    groups.set(owner, [...(groups.get(owner) ?? []), x]);
  }
  const sections = [...new Set((plan?.tasks ?? []).map((x) => x.section).filter(Boolean))];
  const scrollTo = (owner: string) => document.getElementById(`owner-${owner}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });

  return (
    <div className="year-page">
      <div className="page-header">
        <Typography.Title level={4}>{t('plans.title')}</Typography.Title>
        <Select
          aria-label={t('year.selectYear')}
          value={year}
          style={{ width: 110 }}
          onChange={(y: number) => setParam({ year: String(y), plan: null, task: null })}
          options={years.map((y) => ({ value: y, label: t('year.yearLabel', { year: y }) }))}
        />
        {plan && (
          <>
            <Button icon={<DownloadOutlined />} onClick={() => exportFile('xlsx')}>
              {t('action.export')}
            </Button>
            <Button icon={<FileWordOutlined />} onClick={() => exportFile('docx')}>
              {t('year.exportWord')}
            </Button>
          </>
        )}
        {all.data?.abilities?.create && !planId && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanForm('new')}>
            {t('plans.createPlan')}
          </Button>
        )}
      </div>
      {ofYear.length > 1 && (
        <Segmented
          className="year-section"
          value={planId}
          onChange={(v) => setParam({ plan: String(v), task: null })}
          options={ofYear.map((p) => ({ value: p.id, label: p.title }))}
        />
      )}
      {(all.isLoading || (planId && detail.isLoading)) && <Skeleton active />}
      {!all.isLoading && !planId && <Empty description={t('plans.none', { year })} />}
      {detail.isError && planId && <Result status="warning" title={errorText(detail.error)} />}
      {plan && (
        <>
          <Card size="small" className="year-section">
            <div className="year-plan-head">
              <div style={{ flex: 1, minWidth: 0 }}>
                <Space wrap size={6}>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {plan.title}
                  </Typography.Text>
                  <Tag color={plan.status === 'active' ? 'green' : plan.status === 'draft' ? 'blue' : 'default'}>{enumLabel('plans.planStatus', plan.status)}</Tag>
                </Space>
                {plan.description && <div className="year-muted">{plan.description}</div>}
              </div>
              <Space wrap size={6}>
                {plan.abilities.transition.map((to) => (
                  <Button key={to} size="small" onClick={() => transition.mutate(to)} loading={transition.isPending && transition.variables === to}>
                    {enumLabel('plans.planTo', to)}
                  </Button>
                ))}
                {plan.abilities.update && (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setPlanForm('edit')}>
                    {t('action.edit')}
                  </Button>
                )}
              </Space>
            </div>
          </Card>
          <OwnerSummary owners={plan.progress.owners} totals={plan.progress.totals} mobile={mobile} onOwner={scrollTo} />
          <div className="page-header" style={{ marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0, flex: 1 }}>
              {t('plans.tasks')}
            </Typography.Title>
            {plan.abilities.addTask && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setTaskForm(true)}>
                {t('plans.addTask')}
              </Button>
            )}
          </div>
          <div className="year-scroll-x year-section">
            <Segmented
              value={status}
              onChange={(v) => setParam({ status: v === 'all' ? null : String(v) })}
              options={STATUS_FILTERS.map((s) => ({ value: s, label: s === 'all' ? t('label.all') : enumLabel('plans.status', s) }))}
            />
          </div>
          {tasks.length === 0 && <Empty description={t('msg.empty')} />}
          {[...groups.entries()]
            .filter(([, list]) => list.length > 0)
            .map(([owner, list]) => (
              <Card key={owner} id={`owner-${owner}`} size="small" className="year-section year-owner" title={t('plans.tasksOf', { owner, n: list.length })}>
                <div className="year-task-list">
                  {list.map((x) => (
                    <button type="button" key={x.id} className={`year-task${x.overdue ? ' is-overdue' : ''}`} onClick={() => setParam({ task: x.id })}>
                      <div className="year-task-head">
                        <TaskStatusTag status={x.displayStatus} />
                        <span className="year-task-title">{x.title}</span>
                      </div>
                      <div className="year-task-meta">
                        {x.section && <span>{x.section}</span>}
                        {x.dueOn && <span className={x.overdue ? 'year-danger' : undefined}>{t('plans.task.due', { d: x.dueOn })}</span>}
                        {x.completedOn && <span>{t('plans.task.completedOn')} {x.completedOn}</span>}
                        {!!x.activityCount && <span>{t('plans.task.activityCount', { n: x.activityCount })}</span>}
                      </div>
                      {x.lastNote && <div className="year-task-note">{x.lastNote}</div>}
                    </button>
                  ))}
                </div>
              </Card>
            ))}
          <TaskDrawer planId={plan.id} taskId={taskId} sections={sections} onClose={() => setParam({ task: null })} />
          <TaskFormModal open={taskForm} planId={plan.id} task={null} sections={sections} onClose={() => setTaskForm(false)} />
        </>
      )}
      <PlanFormModal
        open={planForm !== null}
        plan={planForm === 'edit' && plan ? plan : null}
        year={year}
        onClose={() => setPlanForm(null)}
        onSaved={(p) => {
          setPlanForm(null);
          setParam({ year: String(p.year), plan: p.id });
        }}
      />
    </div>
  );
}
