import { Card, List, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { t } from '../../i18n';
import type { OwnerProgress } from './types';

interface Props {
  owners: OwnerProgress[];
  totals: Omit<OwnerProgress, 'owner'>;
  mobile: boolean;
  onOwner?: (owner: string) => void;
}

function Count({ n, color }: { n: number; color?: string }) {
  if (!n) return <span className="year-muted">0</span>;
  return color ? <Tag color={color} style={{ marginInlineEnd: 0 }}>{n}</Tag> : <span>{n}</span>;
}

/** 按牵头单位的进度: per owner, how many tasks are done / in progress / not started / overdue (in red). */
export function OwnerSummary({ owners, totals, mobile, onOwner }: Props) {
  const rows = [...owners, { owner: t('plans.summary.all'), ...totals }];
  if (mobile)
    return (
      <Card size="small" title={t('plans.summary')} className="year-section">
        <List
          size="small"
          dataSource={rows}
          renderItem={(r, i) => (
            <List.Item onClick={i < owners.length && onOwner ? () => onOwner(r.owner) : undefined} style={{ cursor: i < owners.length ? 'pointer' : undefined }}>
              <div className="year-summary-row">
                <Typography.Text strong={i === owners.length}>{r.owner}</Typography.Text>
                <span className="year-summary-tags">
                  <Tag color="success">{t('plans.summary.done')} {r.done}</Tag>
                  <Tag color="processing">{t('plans.summary.inProgress')} {r.inProgress}</Tag>
                  {r.notStarted > 0 && <Tag>{t('plans.summary.notStarted')} {r.notStarted}</Tag>}
                  {r.overdue > 0 && <Tag color="error">{t('plans.summary.overdue')} {r.overdue}</Tag>}
                </span>
              </div>
            </List.Item>
          )}
        />
      </Card>
    );
  const columns: ColumnsType<OwnerProgress> = [
    {
      key: 'owner',
      title: t('plans.summary.owner'),
      render: (_, r, i) => (i < owners.length && onOwner ? <a onClick={() => onOwner(r.owner)}>{r.owner}</a> : <Typography.Text strong>{r.owner}</Typography.Text>),
    },
    { key: 'total', title: t('plans.summary.total'), dataIndex: 'total', width: 80, align: 'right' },
    { key: 'done', title: t('plans.summary.done'), width: 90, align: 'right', render: (_, r) => <Count n={r.done} color="success" /> },
    { key: 'inProgress', title: t('plans.summary.inProgress'), width: 90, align: 'right', render: (_, r) => <Count n={r.inProgress} color="processing" /> },
    { key: 'notStarted', title: t('plans.summary.notStarted'), width: 90, align: 'right', render: (_, r) => <Count n={r.notStarted} /> },
    { key: 'overdue', title: t('plans.summary.overdue'), width: 90, align: 'right', render: (_, r) => <Count n={r.overdue} color="error" /> },
  ];
  return (
    <Card size="small" title={t('plans.summary')} className="year-section" styles={{ body: { padding: 0 } }}>
      <Table<OwnerProgress> rowKey="owner" size="small" columns={columns} dataSource={rows} pagination={false} />
    </Card>
  );
}
