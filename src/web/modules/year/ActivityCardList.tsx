import { Card, Empty, Pagination, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { t } from '../../i18n';
import { ACTIVITY_STATUS_COLORS, dayRange } from './shared';
import type { Activity } from './types';

interface Props {
  items: Activity[];
  loading: boolean;
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number, pageSize: number): void;
}

/** Activities on a phone: one card each, the whole card links to the activity page. */
export function ActivityCardList({ items, loading, page, pageSize, total, onPage }: Props) {
  if (!loading && items.length === 0) return <Empty description={t('msg.empty')} />;
  return (
    <Spin spinning={loading}>
      <div className="year-cards">
        {items.map((a) => (
          <Link key={a.id} to={`/activities/${a.id}`} className="year-card-link">
            <Card size="small" className="year-card" hoverable>
              <div className="year-card-title">
                <span className="year-card-name">{a.title}</span>
                <Tag color="geekblue">{a.kindLabel}</Tag>
                <Tag color={ACTIVITY_STATUS_COLORS[a.status] ?? 'default'}>{a.statusLabel}</Tag>
                {a.isMajor && <Tag color="volcano">{t('activities.major')}</Tag>}
                {a.archivedAt && <Tag>{t('label.archived')}</Tag>}
              </div>
              <div className="year-card-line">{[dayRange(a.startsOn, a.endsOn), a.place].filter(Boolean).join(' · ')}</div>
              {a.organizerName && <div className="year-card-line">{a.organizerName}</div>}
              {a.participantCount !== undefined && a.participantCount > 0 && (
                <div className="year-card-foot">
                  <Typography.Text type="secondary">{t('activities.countLine', { n: a.participantCount, p: a.presentCount ?? 0 })}</Typography.Text>
                </div>
              )}
            </Card>
          </Link>
        ))}
      </div>
      {total > pageSize && <Pagination simple current={page} pageSize={pageSize} total={total} onChange={onPage} style={{ marginTop: 12, textAlign: 'center' }} />}
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 8 }}>
        {t('activities.total', { n: total })}
      </Typography.Paragraph>
    </Spin>
  );
}
