import './year.css';
import { ArrowLeftOutlined, CheckCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Grid, Result, Segmented, Select, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useAuth } from '../../app/auth';
import { t } from '../../i18n';
import { currentYear, dayRange, errorText, yearKeys } from './shared';
import type { ComplianceResult, ComplianceRow } from './types';

function createLink(row: ComplianceRow, kind: 'request' | 'report'): string {
  const p = new URLSearchParams({ new: '1', kind, subject: row.type === 'meeting' ? 'majorMeeting' : 'majorActivity' });
  p.set(row.type === 'meeting' ? 'meetingId' : 'activityId', row.id);
  p.set(row.type === 'meeting' ? 'meetingTitle' : 'activityTitle', `${row.startsOn} ${row.title}`);
  p.set('title', t(kind === 'request' ? 'requests.compliance.requestTitle' : 'requests.compliance.reportTitle', { title: row.title }));
  return `/requests?${p.toString()}`;
}

/** 请示报告落实情况 /requests/compliance?year=: major meetings and activities lacking their request before or report after, in red, with a link to create the missing one. */
export function CompliancePage() {
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const { hasRole } = useAuth();
  const canCreate = hasRole('officeAdmin', 'officeStaff');
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || currentYear();
  const show = params.get('show') === 'all' ? 'all' : 'missing';
  const q = useQuery({ queryKey: [...yearKeys.compliance, year, show], queryFn: () => api.get<ComplianceResult>('/api/requests/compliance', { year, show }) });
  const years = Array.from({ length: 6 }, (_, i) => currentYear() - i);
  if (!years.includes(year)) years.push(year);

  function set(patch: Record<string, string | null>) {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  }

  const part = (row: ComplianceRow, kind: 'request' | 'report') => {
    const linked = row.requests.filter((r) => r.kind === kind);
    const missing = kind === 'request' ? row.requestMissing : row.reportMissing;
    const ok = kind === 'request' ? row.hasRequest : row.hasReport;
    return (
      <div className="year-compliance-cell">
        {linked.map((r) => (
          <div key={r.id}>
            <Link to={`/requests/${r.id}`}>{r.title}</Link> <span className="year-muted">{r.sentOn ?? t('requests.notSent')}</span>
          </div>
        ))}
        {ok && !missing && (
          <Tag color="success" icon={<CheckCircleOutlined />}>
            {t('requests.compliance.ok')}
          </Tag>
        )}
        {missing && (
          <Space size={4} wrap>
            <Tag color="error">{t(kind === 'request' ? 'requests.compliance.requestMissing' : 'requests.compliance.reportMissing')}</Tag>
            {canCreate && (
              <Link to={createLink(row, kind)}>
                <Button size="small" danger icon={<PlusOutlined />}>
                  {t(kind === 'request' ? 'requests.compliance.createRequest' : 'requests.compliance.createReport')}
                </Button>
              </Link>
            )}
          </Space>
        )}
        {!ok && !missing && <Typography.Text type="secondary">{t('requests.compliance.notDue')}</Typography.Text>}
      </div>
    );
  };

  const itemCell = (row: ComplianceRow) => (
    <>
      <Tag>{t(row.type === 'meeting' ? 'requests.compliance.type.meeting' : 'requests.compliance.type.activity')}</Tag>
      <Link to={row.type === 'meeting' ? `/meetings/${row.id}` : `/activities/${row.id}`} className={row.requestMissing || row.reportMissing ? 'year-danger' : undefined}>
        {row.title}
      </Link>
    </>
  );
  const columns: ColumnsType<ComplianceRow> = [
    { key: 'date', title: t('requests.compliance.date'), width: 120, render: (_, r) => dayRange(r.startsOn, r.endsOn) },
    { key: 'item', title: t('requests.compliance.item'), render: (_, r) => itemCell(r) },
    { key: 'request', title: t('requests.compliance.request'), width: 300, render: (_, r) => part(r, 'request') },
    { key: 'report', title: t('requests.compliance.report'), width: 300, render: (_, r) => part(r, 'report') },
  ];
  const d = q.data;

  return (
    <div className="year-page">
      <Link to="/requests">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('requests.title')}
        </Button>
      </Link>
      <div className="page-header">
        <Typography.Title level={4}>{t('requests.compliance')}</Typography.Title>
        <Select aria-label={t('year.selectYear')} value={year} style={{ width: 110 }} onChange={(y: number) => set({ year: String(y) })} options={years.map((y) => ({ value: y, label: t('year.yearLabel', { year: y }) }))} />
        <Segmented
          value={show}
          onChange={(v) => set({ show: v === 'all' ? 'all' : null })}
          options={[
            { value: 'missing', label: t('requests.compliance.showMissing') },
            { value: 'all', label: t('requests.compliance.showAll') },
          ]}
        />
      </div>
      <Alert type="info" showIcon title={t('requests.compliance.hint')} className="year-section" />
      {q.isLoading && <Skeleton active />}
      {q.isError && <Result status="warning" title={errorText(q.error)} />}
      {d && (
        <>
          <div className="year-stats year-section">
            <Card size="small">
              <Statistic title={t('requests.compliance.major')} value={d.summary.major} />
            </Card>
            <Card size="small">
              <Statistic title={t('requests.compliance.requestMissing')} value={d.summary.requestMissing} styles={{ content: d.summary.requestMissing ? { color: '#cf1322' } : undefined }} />
            </Card>
            <Card size="small">
              <Statistic title={t('requests.compliance.reportMissing')} value={d.summary.reportMissing} styles={{ content: d.summary.reportMissing ? { color: '#cf1322' } : undefined }} />
            </Card>
          </div>
          {d.items.length === 0 ? (
            <Empty description={show === 'missing' && d.summary.major > 0 ? t('requests.compliance.none', { year }) : t('msg.empty')} />
          ) : mobile ? (
            <div className="year-cards">
              {d.items.map((row) => (
                <Card key={row.id} size="small" className={`year-card${row.requestMissing || row.reportMissing ? ' year-card-missing' : ''}`}>
                  <div className="year-card-line" style={{ marginTop: 0 }}>
                    {dayRange(row.startsOn, row.endsOn)}
                  </div>
                  <div style={{ margin: '4px 0 8px' }}>{itemCell(row)}</div>
                  <div className="year-card-line">{t('requests.compliance.request')}</div>
                  {part(row, 'request')}
                  <div className="year-card-line">{t('requests.compliance.report')}</div>
                  {part(row, 'report')}
                </Card>
              ))}
            </div>
          ) : (
            <Table<ComplianceRow>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={d.items}
              pagination={false}
              rowClassName={(r) => (r.requestMissing || r.reportMissing ? 'year-row-missing' : '')}
              scroll={{ x: 900 }}
            />
          )}
        </>
      )}
    </div>
  );
}
