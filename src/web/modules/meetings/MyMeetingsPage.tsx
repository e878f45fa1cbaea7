import './meetings.css';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Empty, Segmented, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { api, type Page } from '../../api/client';
import { t } from '../../i18n';
import { AttendanceTag, fullTitle, KIND_COLORS, meetingKeys, StatusTag } from './shared';
import type { Invitee, Meeting } from './types';

type Which = 'upcoming' | 'past';

/** 我的会议 (phone first): meetings I am invited to, upcoming or past, with my attendance. */
export function MyMeetingsPage() {
  const [params, setParams] = useSearchParams();
  const which: Which = params.get('show') === 'past' ? 'past' : 'upcoming';
  const today = dayjs().format('YYYY-MM-DD');
  const yesterday = dayjs().subtract(1, 'day').format('YYYY-MM-DD');
  const query = which === 'upcoming' ? { from: today, pageSize: 50 } : { to: yesterday, pageSize: 50 };
  const list = useQuery({ queryKey: ['meetings', 'my', which], queryFn: () => api.get<Page<Meeting>>('/api/meetings', query) });
  const items = (list.data?.items ?? []).slice();
  if (which === 'upcoming') items.reverse();
  // Each meeting's own invitee line (members get only theirs).
  const mine = useQueries({
    queries: items.map((m) => ({
      queryKey: meetingKeys.part(m.id, 'invitees'),
      queryFn: () => api.get<{ items: Invitee[] }>(`/api/meetings/${m.id}/invitees`),
      staleTime: 30_000,
    })),
  });

  return (
    <div className="my-meetings">
      <div className="page-header">
        <Typography.Title level={4}>{t('meetings.my.title')}</Typography.Title>
      </div>
      <Segmented<Which>
        block
        value={which}
        onChange={(v) => setParams(v === 'past' ? { show: 'past' } : {}, { replace: true })}
        options={[
          { value: 'upcoming', label: t('meetings.my.upcoming') },
          { value: 'past', label: t('meetings.my.past') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Spin spinning={list.isFetching}>
        {!list.isFetching && items.length === 0 ? (
          <Empty description={t('meetings.my.empty')} />
        ) : (
          <div className="meeting-cards">
            {items.map((m, i) => {
              const own = mine[i]?.data?.items[0];
              return (
                <Link key={m.id} to={`/meetings/${m.id}`} className="meeting-card-link">
                  <Card size="small" className="meeting-card" hoverable>
                    <div className="meeting-card-title">{fullTitle(m)}</div>
                    <div className="meeting-card-line">
                      <span className="tabular">{m.startsAtText}</span>
                      {m.venue && <span>{m.venue}</span>}
                    </div>
                    <div className="meeting-card-foot">
                      <Tag color={KIND_COLORS[m.kind]}>{m.kindLabel}</Tag>
                      <StatusTag status={m.status} label={m.statusLabel} />
                      {own && (
                        <span style={{ marginInlineStart: 'auto' }}>
                          <Typography.Text type="secondary">{t('meetings.my.status')} </Typography.Text>
                          <AttendanceTag status={own.attendance} />
                        </span>
                      )}
                    </div>
                  </Card>
                </Link>
              );
            })}
          </div>
        )}
      </Spin>
    </div>
  );
}
