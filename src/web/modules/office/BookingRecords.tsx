import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Empty, Pagination, Select, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { BOOKED_FOR_KINDS, BOOKING_STATUSES } from '../../../core/venues';
import { api, download, type Page } from '../../api/client';
import { t } from '../../i18n';
import { BookingDetailModal } from './BookingDetailModal';
import { errorText, label, officeKeys, options, useMobile } from './shared';
import type { Booking, Venue } from './types';

interface Props {
  venues: Venue[];
}

/** 预订记录 (office): every booking with venue, kind, status and date filters; Excel export of the same selection. */
export function BookingRecords({ venues }: Props) {
  const { message } = App.useApp();
  const mobile = useMobile();
  const [venueId, setVenueId] = useState<string>();
  const [kind, setKind] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [opened, setOpened] = useState<Booking | null>(null);
  const [exporting, setExporting] = useState(false);
  const filters = {
    venueId,
    bookedForKind: kind,
    status,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const q = useQuery({
    queryKey: [...officeKeys.bookings, 'records', filters, page, pageSize],
    queryFn: () => api.get<Page<Booking>>('/api/venue-bookings', { ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const reset = <T,>(fn: (v: T) => void) => (v: T) => {
    fn(v);
    setPage(1);
  };

  async function exportXlsx() {
    setExporting(true);
    try {
      await download('/api/venue-bookings/export.xlsx', filters, t('booking.exportFile'));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  }

  const columns: ColumnsType<Booking> = [
    { key: 'time', title: t('booking.field.time'), width: 190, render: (_, b) => <span className="tabular">{`${b.startsAtText}–${b.endsAtText.slice(0, 10) === b.startsAtText.slice(0, 10) ? b.endsAtText.slice(11) : b.endsAtText}`}</span> },
    { key: 'venue', title: t('booking.field.venue'), dataIndex: 'venueName', width: 120 },
    { key: 'for', title: t('booking.field.bookedFor'), width: 260, render: (_, b) => <><Tag>{label('booking.kind', b.bookedForKind)}</Tag>{b.bookedForName}</> },
    { key: 'purpose', title: t('booking.field.purpose'), dataIndex: 'purpose' },
    { key: 'status', title: t('booking.field.status'), width: 90, render: (_, b) => <Tag color={b.status === 'booked' ? 'blue' : 'default'}>{label('booking.status', b.status)}</Tag> },
  ];
  const selectStyle = mobile ? { width: '100%' } : { width: 150 };
  return (
    <div>
      <div className="toolbar office-filter-grid" style={{ display: mobile ? 'grid' : undefined, gridTemplateColumns: '1fr 1fr' }}>
        <Select allowClear style={selectStyle} placeholder={t('booking.field.venue')} value={venueId} onChange={reset(setVenueId)} options={venues.map((v) => ({ value: v.id, label: v.name }))} />
        <Select allowClear style={selectStyle} placeholder={t('booking.field.bookedForKind')} value={kind} onChange={reset(setKind)} options={options(BOOKED_FOR_KINDS, 'booking.kind')} />
        <Select allowClear style={selectStyle} placeholder={t('booking.field.status')} value={status} onChange={reset(setStatus)} options={options(BOOKING_STATUSES, 'booking.status')} />
        <DatePicker.RangePicker style={mobile ? { gridColumn: '1 / -1' } : undefined} value={range} onChange={reset(setRange)} inputReadOnly={mobile} />
        <Button icon={<DownloadOutlined />} onClick={exportXlsx} loading={exporting}>
          {t('action.export')}
        </Button>
      </div>
      {mobile ? (
        <Spin spinning={q.isFetching}>
          {(q.data?.items ?? []).length === 0 && !q.isFetching ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('msg.empty')} />
          ) : (
            (q.data?.items ?? []).map((b) => (
              <div key={b.id} className={`day-booking${b.status === 'cancelled' ? ' cancelled' : ''}`} role="button" onClick={() => setOpened(b)}>
                <div className="day-booking-time" style={{ width: 'auto', minWidth: 110 }}>
                  <div>{b.startsAtText.slice(0, 10)}</div>
                  <div>
                    {b.startsAtText.slice(11)}–{b.endsAtText.slice(11)}
                  </div>
                </div>
                <div className="day-booking-main">
                  <div>
                    <Typography.Text strong>{b.venueName}</Typography.Text> {b.bookedForName}
                  </div>
                  <Typography.Text type="secondary">{b.purpose}</Typography.Text>
                </div>
              </div>
            ))
          )}
          {(q.data?.total ?? 0) > pageSize && <Pagination simple current={page} pageSize={pageSize} total={q.data?.total ?? 0} onChange={(p) => setPage(p)} style={{ marginTop: 8, textAlign: 'center' }} />}
        </Spin>
      ) : (
        <Table<Booking>
          rowKey="id"
          size="small"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          onRow={(b) => ({ onClick: () => setOpened(b), style: { cursor: 'pointer' } })}
          rowClassName={(b) => (b.status === 'cancelled' ? 'booking-row-cancelled' : '')}
          pagination={{
            current: page,
            pageSize,
            total: q.data?.total ?? 0,
            size: 'small',
            showTotal: (n) => <Typography.Text type="secondary">{t('label.total', { n })}</Typography.Text>,
            onChange: (p, s) => {
              setPage(s !== pageSize ? 1 : p);
              setPageSize(s);
            },
          }}
        />
      )}
      <BookingDetailModal booking={opened} onClose={() => setOpened(null)} />
    </div>
  );
}
