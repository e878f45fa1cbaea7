import './meetings.css';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Pagination, Segmented, Spin, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { api, type Page } from '../../api/client';
import { t } from '../../i18n';
import { LeaveDecision } from './LeaveDecision';
import { chinaText, LeaveTag, meetingKeys } from './shared';
import type { LeaveRequest } from './types';

const PAGE_SIZE = 20;

/** 待审批请假: leave requests the caller decides (pending first; all on demand). Cards on every screen. */
export function MyLeaveRequestsPage() {
  const [params, setParams] = useSearchParams();
  const all = params.get('show') === 'all';
  const page = Number(params.get('page') ?? 1) || 1;
  const query = { scope: 'toDecide', status: all ? undefined : 'pending', page, pageSize: PAGE_SIZE };
  const list = useQuery({ queryKey: meetingKeys.leaveToDecide(query), queryFn: () => api.get<Page<LeaveRequest>>('/api/meetings/leave-requests', query) });
  const items = list.data?.items ?? [];
  return (
    <div className="my-leave" style={{ maxWidth: 760 }}>
      <div className="page-header">
        <Typography.Title level={4}>{t('meetings.leave.toDecideTitle')}</Typography.Title>
      </div>
      <Segmented
        value={all ? 'all' : 'pending'}
        onChange={(v) => setParams(v === 'all' ? { show: 'all' } : {}, { replace: true })}
        options={[
          { value: 'pending', label: t('meetings.leave.pendingOnly') },
          { value: 'all', label: t('meetings.leave.allDecided') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Spin spinning={list.isFetching}>
        {!list.isFetching && items.length === 0 ? (
          <Empty description={t('meetings.leave.nothingToDecide')} />
        ) : (
          <div className="meeting-cards">
            {items.map((l) => (
              <Card key={l.id} size="small" className="meeting-card">
                <div className="meeting-card-title">
                  {l.name} <LeaveTag status={l.status} />
                </div>
                <div className="meeting-card-line">
                  <Link to={`/meetings/${l.meetingId}?tab=leave`}>{l.meetingTitle}</Link>
                  <span className="tabular">{chinaText(l.meetingStartsAt)}</span>
                </div>
                <Typography.Paragraph style={{ margin: '8px 0' }}>
                  {t('meetings.leave.reason')}：{l.reason}
                </Typography.Paragraph>
                {l.comment && <Typography.Paragraph type="secondary">{l.comment}</Typography.Paragraph>}
                <LeaveDecision request={l} />
              </Card>
            ))}
          </div>
        )}
        {(list.data?.total ?? 0) > PAGE_SIZE && (
          <Pagination
            simple
            current={page}
            pageSize={PAGE_SIZE}
            total={list.data?.total ?? 0}
            onChange={(p) => setParams({ ...(all ? { show: 'all' } : {}), page: String(p) }, { replace: true })}
            style={{ marginTop: 12, textAlign: 'center' }}
          />
        )}
      </Spin>
    </div>
  );
}
