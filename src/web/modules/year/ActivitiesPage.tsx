import './year.css';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Grid, Result, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, download, type Page } from '../../api/client';
import { useAuth } from '../../app/auth';
import { t } from '../../i18n';
import { ActivityCardList } from './ActivityCardList';
import { ACTIVITY_FILTER_KEYS, ActivityFilters } from './ActivityFilters';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import { ACTIVITY_STATUS_COLORS, dayRange, errorText, yearKeys } from './shared';
import type { Activity } from './types';
import { useUrlFilters } from '../../components/useUrlFilters';

const DEFAULT_PAGE_SIZE = 20;

/** 活动 /activities (the office's ledger) and 我的活动 /my/activities (a member's own): filters in the URL, table on desktop, cards on phones. */
export function ActivitiesPage({ mine = false }: { mine?: boolean }) {
  const { message } = App.useApp();
  const { me } = useAuth();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [exporting, setExporting] = useState(false);

  const { params, setParams, filters, page, pageSize, update } = useUrlFilters(ACTIVITY_FILTER_KEYS, DEFAULT_PAGE_SIZE);
  const own = mine && me?.user.memberId ? { participantMemberId: me.user.memberId } : {};
  const query = { ...filters, ...own, page, pageSize };
  const creating = !mine && params.get('new') === '1';
  const newTaskId = params.get('taskId');

  const list = useQuery({
    queryKey: [...yearKeys.activities, 'list', query],
    queryFn: () => api.get<Page<Activity>>('/api/activities', query),
    placeholderData: keepPreviousData,
  });
  const abilities = list.data?.abilities ?? {};

  function setCreating(on: boolean) {
    const p = new URLSearchParams(params);
    if (on) p.set('new', '1');
    else (p.delete('new'), p.delete('taskId'), p.delete('taskTitle'));
    setParams(p, { replace: true });
  }

  async function exportXlsx() {
    setExporting(true);
    try {
      await download('/api/activities/export.xlsx', { ...filters }, t('activities.exportFile'));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  }

  const columns: ColumnsType<Activity> = [
    { key: 'date', title: t('activities.field.dates'), width: 120, render: (_, a) => <span className="year-nowrap" style={{ marginInlineStart: 0 }}>{dayRange(a.startsOn, a.endsOn)}</span> },
    {
      key: 'title',
      title: t('activities.field.title'),
      render: (_, a) => (
        <>
          <Link to={`/activities/${a.id}`}>{a.title}</Link>
          {a.isMajor && (
            <Tag color="volcano" style={{ marginInlineStart: 6 }}>
              {t('activities.major')}
            </Tag>
          )}
          {a.archivedAt && <Tag style={{ marginInlineStart: 6 }}>{t('label.archived')}</Tag>}
        </>
      ),
    },
    { key: 'kind', title: t('activities.field.kind'), width: 130, render: (_, a) => a.kindLabel },
    { key: 'organizer', title: t('activities.field.organizer'), width: 160, render: (_, a) => a.organizerName },
    { key: 'place', title: t('activities.field.place'), width: 150, ellipsis: true, render: (_, a) => a.place },
    { key: 'count', title: t('activities.field.participants'), width: 90, align: 'right', render: (_, a) => (a.participantCount ? `${a.presentCount ?? 0}/${a.participantCount}` : '') },
    { key: 'status', title: t('activities.field.status'), width: 90, render: (_, a) => <Tag color={ACTIVITY_STATUS_COLORS[a.status] ?? 'default'}>{a.statusLabel}</Tag> },
  ];

  if (list.isError && !list.data) return <Result status="warning" title={errorText(list.error)} />;

  return (
    <div className="year-page">
      <div className="page-header">
        <Typography.Title level={4}>{mine ? t('activities.myTitle') : t('activities.title')}</Typography.Title>
        {!mine && abilities.export && (
          <Button icon={<DownloadOutlined />} onClick={exportXlsx} loading={exporting}>
            {t('action.export')}
          </Button>
        )}
        {!mine && abilities.create && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('activities.create')}
          </Button>
        )}
      </div>
      <ActivityFilters value={filters} onChange={(f) => update(f)} mobile={mobile} mine={mine} />
      {mobile ? (
        <ActivityCardList items={list.data?.items ?? []} loading={list.isFetching} page={page} pageSize={pageSize} total={list.data?.total ?? 0} onPage={(p, s) => update(filters, p, s)} />
      ) : (
        <Table<Activity>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columns}
          scroll={{ x: 1000 }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (n) => t('activities.total', { n }),
            onChange: (p, s) => update(filters, s !== pageSize ? 1 : p, s),
          }}
        />
      )}
      {!mine && abilities.create && (
        <ActivityFormDrawer open={creating} activity={null} defaults={newTaskId ? { workPlanTaskId: newTaskId } : undefined} taskLabel={params.get('taskTitle') ?? undefined} onClose={() => setCreating(false)} />
      )}
    </div>
  );
}
