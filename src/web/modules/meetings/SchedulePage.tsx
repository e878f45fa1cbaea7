import './meetings.css';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Badge, Button, Calendar, Card, Empty, Grid, List, Segmented, Space, Spin, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { t } from '../../i18n';

interface Entry {
  type: 'meeting' | 'activity';
  id: string;
  title: string;
  kind: string;
  kindLabel: string;
  status: string;
  statusLabel: string;
  startsAt: string | null;
  endsAt: string | null;
  startDay: string;
  endDay: string;
  place: string;
  link: string;
}

type View = 'month' | 'week';
const TYPE_COLORS = { meeting: '#b71c1c', activity: '#1677ff' } as const;

function timeOf(e: Entry): string {
  if (!e.startsAt) return '';
  return new Date(new Date(e.startsAt).getTime() + 8 * 3600_000).toISOString().slice(11, 16);
}

function entriesOn(items: Entry[], day: string): Entry[] {
  return items.filter((e) => e.startDay <= day && day <= e.endDay);
}

function EntryLine({ e }: { e: Entry }) {
  return (
    <List.Item>
      <List.Item.Meta
        avatar={<Badge color={TYPE_COLORS[e.type]} />}
        title={
          <Link to={e.link}>
            {timeOf(e) && <span className="tabular">{timeOf(e)} </span>}
            {e.title}
          </Link>
        }
        description={
          <Space size={4} wrap>
            <Tag color={e.type === 'meeting' ? 'red' : 'blue'}>{e.type === 'meeting' ? t('schedule.meeting') : t('schedule.activity')}</Tag>
            <Tag>{e.kindLabel}</Tag>
            <Tag>{e.statusLabel}</Tag>
            {e.place && <span>{e.place}</span>}
            {e.startDay !== e.endDay && (
              <span className="tabular">
                {e.startDay} ~ {e.endDay}
              </span>
            )}
          </Space>
        }
      />
    </List.Item>
  );
}

/** 日程: meetings and activities together — a month calendar with badges, or a week list. */
export function SchedulePage() {
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'week' ? 'week' : 'month';
  const day = dayjs(params.get('day') ?? undefined).isValid() ? dayjs(params.get('day') ?? undefined) : dayjs();
  const selected = day.format('YYYY-MM-DD');
  // Monday-first week containing the day.
  const weekStart = day.subtract((day.day() + 6) % 7, 'day');
  const from = view === 'week' ? weekStart : day.startOf('month').subtract(7, 'day');
  const to = view === 'week' ? weekStart.add(6, 'day') : day.endOf('month').add(14, 'day');
  const range = { from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') };
  const q = useQuery({
    queryKey: ['schedule', range],
    queryFn: () => api.get<{ items: Entry[] }>('/api/schedule', range),
    placeholderData: keepPreviousData,
  });
  const items = q.data?.items ?? [];

  const go = (next: Dayjs, nextView: View = view) => {
    const p: Record<string, string> = { day: next.format('YYYY-MM-DD') };
    if (nextView === 'week') p.view = 'week';
    setParams(p, { replace: true });
  };

  const cell = (d: Dayjs) => {
    const list = entriesOn(items, d.format('YYYY-MM-DD'));
    if (!list.length) return null;
    if (mobile) {
      return (
        <div className="schedule-mini-dot">
          {list.slice(0, 3).map((e) => (
            <Badge key={e.type + e.id} color={TYPE_COLORS[e.type]} />
          ))}
        </div>
      );
    }
    return (
      <ul className="schedule-cell">
        {list.map((e) => (
          <li key={e.type + e.id} title={`${timeOf(e)} ${e.title}`.trim()}>
            <Badge color={TYPE_COLORS[e.type]} text={<Link to={e.link}>{`${timeOf(e)} ${e.title}`.trim()}</Link>} />
          </li>
        ))}
      </ul>
    );
  };

  const days = view === 'week' ? Array.from({ length: 7 }, (_, i) => weekStart.add(i, 'day')) : [];
  const dayList = entriesOn(items, selected);

  return (
    <div className="schedule-page">
      <div className="page-header">
        <Typography.Title level={4}>{t('schedule.title')}</Typography.Title>
        <Segmented<View>
          value={view}
          onChange={(v) => go(day, v)}
          options={[
            { value: 'month', label: t('schedule.month') },
            { value: 'week', label: t('schedule.week') },
          ]}
        />
      </div>
      <Spin spinning={q.isFetching}>
        {view === 'month' ? (
          <>
            <Card size="small">
              <Calendar
                fullscreen={!mobile}
                value={day}
                onSelect={(d) => go(d)}
                onPanelChange={(d) => go(d)}
                cellRender={(d, info) => (info.type === 'date' ? cell(d) : null)}
              />
            </Card>
            {(mobile || dayList.length > 0) && (
              <Card size="small" title={day.format('YYYY-MM-DD dddd')} style={{ marginTop: 12 }}>
                {dayList.length ? <List dataSource={dayList} renderItem={(e) => <EntryLine e={e} />} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('schedule.dayEmpty')} />}
              </Card>
            )}
          </>
        ) : (
          <Card size="small">
            <div className="schedule-toolbar">
              <Button icon={<LeftOutlined />} onClick={() => go(day.subtract(7, 'day'))} aria-label={t('schedule.prev')} />
              <Button onClick={() => go(dayjs())}>{t('schedule.today')}</Button>
              <Button icon={<RightOutlined />} onClick={() => go(day.add(7, 'day'))} aria-label={t('schedule.next')} />
              <Typography.Text strong className="tabular">
                {range.from} ~ {range.to}
              </Typography.Text>
            </div>
            {items.length === 0 && !q.isFetching ? (
              <Empty description={t('schedule.empty')} />
            ) : (
              days.map((d) => {
                const list = entriesOn(items, d.format('YYYY-MM-DD'));
                if (!list.length) return null;
                return (
                  <div key={d.format('YYYY-MM-DD')}>
                    <div className="schedule-list-day">{d.format(t('schedule.dayFormat'))}</div>
                    <List size="small" dataSource={list} renderItem={(e) => <EntryLine e={e} />} />
                  </div>
                );
              })
            )}
          </Card>
        )}
      </Spin>
    </div>
  );
}
