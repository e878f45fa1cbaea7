import { TrophyOutlined } from '@ant-design/icons';
import { Card, Tag, Typography } from 'antd';
import { t } from '../../i18n';
import { CATEGORY_COLORS } from './colors';
import { label } from './shared';
import type { MemberCommendation } from './types';

interface Props {
  items: readonly MemberCommendation[] | undefined;
}

/** 表彰 on a member's page (from the member response's `commendations`); nothing when there are none. */
export function MemberCommendationsCard({ items }: Props) {
  if (!items || items.length === 0) return null;
  return (
    <Card
      size="small"
      title={
        <span>
          <TrophyOutlined style={{ color: '#d48806', marginInlineEnd: 6 }} />
          {t('comm.memberCard')}
        </span>
      }
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
        {items.map((c) => (
          <div key={c.id}>
            <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6 }}>
              <Tag color={CATEGORY_COLORS[c.category]} style={{ marginInlineEnd: 0 }}>
                {label('comm.category', c.category)}
              </Tag>
              <Typography.Text strong className="tabular">
                {t('office.yearOf', { year: c.year })}
              </Typography.Text>
              <Typography.Text type="secondary" className="tabular">
                {[c.decisionMeetingLabel, c.decidedOn, c.decisionDocNumber].filter(Boolean).join(' · ')}
              </Typography.Text>
            </div>
            {c.citation && (
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: t('action.more') }} style={{ margin: '4px 0 0' }}>
                {c.citation}
              </Typography.Paragraph>
            )}
          </div>
        ))}
      </div>
    </Card>
  );
}
