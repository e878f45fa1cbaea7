import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Modal, Radio, Row, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { enumLabel, errorText } from './shared';
import './admin.css';

type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjustedWorkday';
type OverrideKind = 'holiday' | 'workday' | 'default';

interface CalendarDay {
  day: string;
  weekday: number;
  working: boolean;
  kind: DayKind;
  name: string;
  source: 'weekday' | 'national' | 'org';
  orgOverride: { kind: OverrideKind; name?: string } | null;
}

interface CalendarYear {
  year: number;
  nationalSource: string;
  nationalCovered: boolean;
  days: CalendarDay[];
  abilities: { setDay: boolean };
}

const WEEK_HEADER = [1, 2, 3, 4, 5, 6, 0] as const;

function cellClass(d: CalendarDay): string {
  const parts = ['cal-day', `cal-${d.kind}`];
  if (d.orgOverride) parts.push('cal-org');
  return parts.join(' ');
}

/** 工作日历: the year's working days (national holidays, 调休, the org's own overrides). */
export function CalendarPage() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [picked, setPicked] = useState<CalendarDay | null>(null);
  const [form] = Form.useForm<{ kind: OverrideKind; name: string }>();
  const cal = useQuery({ queryKey: ['/api/calendar', year], queryFn: () => api.get<CalendarYear>('/api/calendar', { year }) });
  const today = dayjs().format('YYYY-MM-DD');

  const months = useMemo(() => {
    const out: CalendarDay[][] = Array.from({ length: 12 }, () => []);
    for (const d of cal.data?.days ?? []) out[Number(d.day.slice(5, 7)) - 1].push(d);
    return out;
  }, [cal.data]);

  const setDay = useMutation({
    mutationFn: (v: { day: string; kind: OverrideKind; name: string }) => api.put(`/api/calendar/days/${v.day}`, { kind: v.kind, name: v.kind === 'default' ? '' : (v.name ?? '') }),
    onSuccess: () => {
      message.success(t('msg.saved'));
      setPicked(null);
      qc.invalidateQueries({ queryKey: ['/api/calendar'] });
    },
    onError: (e) => message.error(errorText(e)),
  });

  const canSet = !!cal.data?.abilities.setDay;

  function open(d: CalendarDay) {
    setPicked(d);
    form.setFieldsValue({ kind: d.orgOverride?.kind ?? 'default', name: d.orgOverride?.name ?? '' });
  }

  return (
    <>
      <div className="page-header">
        <Typography.Title level={4}>{t('nav.calendar')}</Typography.Title>
        <Space.Compact>
          <Button icon={<LeftOutlined />} onClick={() => setYear((y) => y - 1)} aria-label={t('admin.cal.prevYear')} />
          <Button style={{ minWidth: 96 }} onClick={() => setYear(new Date().getFullYear())}>
            {t('admin.cal.year', { year })}
          </Button>
          <Button icon={<RightOutlined />} onClick={() => setYear((y) => y + 1)} aria-label={t('admin.cal.nextYear')} />
        </Space.Compact>
      </div>
      <div className="cal-legend">
        {(['workday', 'weekend', 'holiday', 'adjustedWorkday'] as const).map((k) => (
          <span key={k}>
            <i className={`cal-swatch cal-${k}`} />
            {enumLabel('admin.cal.kind', k)}
          </span>
        ))}
        <span>
          <i className="cal-swatch cal-org" />
          {t('admin.cal.orgOverride')}
        </span>
      </div>
      {cal.data && !cal.data.nationalCovered && <Alert type="warning" showIcon title={t('admin.cal.notCovered', { year })} style={{ marginBottom: 12 }} />}
      {cal.isError && <Alert type="error" showIcon title={errorText(cal.error)} style={{ marginBottom: 12 }} />}
      {canSet && <Typography.Paragraph type="secondary">{t('admin.cal.hint')}</Typography.Paragraph>}
      <Spin spinning={cal.isLoading}>
        <Row gutter={[12, 12]}>
          {months.map((days, m) => (
            <Col key={m} xs={24} sm={12} lg={8} xxl={6}>
              <Card size="small" title={t('admin.cal.month', { m: m + 1 })} styles={{ body: { padding: 8 } }} style={{ height: '100%' }}>
                <div className="cal-grid">
                  {WEEK_HEADER.map((w) => (
                    <div key={w} className="cal-head">
                      {enumLabel('admin.cal.weekday', w)}
                    </div>
                  ))}
                  {days.length > 0 &&
                    Array.from({ length: (days[0].weekday + 6) % 7 }, (_, i) => <div key={`pad${i}`} />)}
                  {days.map((d) => (
                    <button
                      type="button"
                      key={d.day}
                      className={cellClass(d) + (d.day === today ? ' cal-today' : '')}
                      title={[d.day, d.name, enumLabel('admin.cal.kind', d.kind)].filter(Boolean).join(' ')}
                      onClick={() => open(d)}
                    >
                      <span className="cal-num">{Number(d.day.slice(8))}</span>
                      <span className="cal-mark">{d.kind === 'holiday' ? t('admin.cal.markHoliday') : d.kind === 'adjustedWorkday' ? t('admin.cal.markWork') : ''}</span>
                    </button>
                  ))}
                </div>
              </Card>
            </Col>
          ))}
        </Row>
      </Spin>
      {cal.data && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {t('admin.cal.source', { source: cal.data.nationalSource })}
        </Typography.Paragraph>
      )}
      <Modal
        open={!!picked}
        title={picked?.day}
        onCancel={() => setPicked(null)}
        onOk={() => form.submit()}
        okButtonProps={{ disabled: !canSet }}
        confirmLoading={setDay.isPending}
        forceRender
      >
        {picked && (
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('admin.cal.weekdayLabel')}>{t('admin.cal.weekdayLong', { w: enumLabel('admin.cal.weekday', picked.weekday) })}</Descriptions.Item>
            <Descriptions.Item label={t('admin.cal.current')}>
              {picked.name ? t('admin.paren', { a: enumLabel('admin.cal.kind', picked.kind), b: picked.name }) : enumLabel('admin.cal.kind', picked.kind)}
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.cal.sourceLabel')}>{enumLabel('admin.cal.sourceKind', picked.source)}</Descriptions.Item>
          </Descriptions>
        )}
        <Form form={form} layout="vertical" disabled={!canSet} onFinish={(v) => picked && setDay.mutate({ day: picked.day, ...v })}>
          <Form.Item name="kind" label={t('admin.cal.setAs')}>
            <Radio.Group
              optionType="button"
              options={(['holiday', 'workday', 'default'] as const).map((k) => ({ value: k, label: enumLabel('admin.cal.override', k) }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {({ getFieldValue }) =>
              getFieldValue('kind') !== 'default' && (
                <Form.Item name="name" label={t('admin.cal.name')} rules={[{ max: 30 }]}>
                  <Input placeholder={t('admin.cal.namePlaceholder')} />
                </Form.Item>
              )
            }
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
