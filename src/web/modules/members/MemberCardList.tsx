import { PhoneOutlined } from '@ant-design/icons';
import { Card, Empty, Pagination, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { t } from '../../i18n';
import { MemberAvatar } from './MemberAvatar';
import { MemberTags } from './MemberTags';
import { committeeRoleLabel } from './refs';
import type { RosterItem } from './types';

interface Props {
  items: RosterItem[];
  loading: boolean;
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number, pageSize: number): void;
}

/** The roster on a phone: one card per member, the whole card links to the member page. */
export function MemberCardList({ items, loading, page, pageSize, total, onPage }: Props) {
  if (!loading && items.length === 0) return <Empty description={t('msg.empty')} />;
  return (
    <Spin spinning={loading}>
      <div className="member-cards">
        {items.map((m) => (
          <Link key={m.id} to={`/members/${m.id}`} className="member-card-link">
            <Card size="small" className="member-card" hoverable>
              <div className="member-card-head">
                <MemberAvatar photoId={m.photoAttachmentId} name={m.name} size={44} />
                <div className="member-card-main">
                  <div className="member-card-title">
                    <Typography.Text strong className="member-card-name">
                      {m.name}
                    </Typography.Text>
                    <Typography.Text type="secondary">{m.gender}</Typography.Text>
                    <MemberTags m={m} />
                  </div>
                  <Typography.Text type="secondary" ellipsis className="member-card-line">
                    {[m.sectorName, [m.employer, m.post].filter(Boolean).join(' ')].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </div>
              </div>
              {(m.committees.length > 0 || m.phone) && (
                <div className="member-card-foot">
                  {m.committees.map((c) => (
                    <Tag key={c.committeeId}>
                      {c.name}
                      {c.role !== 'member' ? ` · ${committeeRoleLabel(c.role)}` : ''}
                    </Tag>
                  ))}
                  {m.phone && (
                    <Typography.Text type="secondary" className="member-card-phone">
                      <PhoneOutlined /> {m.phone}
                    </Typography.Text>
                  )}
                </div>
              )}
            </Card>
          </Link>
        ))}
      </div>
      {total > pageSize && (
        <Pagination simple current={page} pageSize={pageSize} total={total} onChange={onPage} style={{ marginTop: 12, textAlign: 'center' }} />
      )}
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 8 }}>
        {t('members.total', { n: total })}
      </Typography.Paragraph>
    </Spin>
  );
}
