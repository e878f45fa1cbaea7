import './office.css';
import { ArrowLeftOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Result, Skeleton, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { chinaDay } from '../../../core/time';
import { mondayOf } from '../../../core/venues';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n';
import { BookingDetailModal } from './BookingDetailModal';
import { BookingDrawer, type BookingSlot } from './BookingDrawer';
import { errorText, officeKeys, useMobile } from './shared';
import type { Booking, VenueWeek } from './types';
import { VenueDayList } from './VenueDayList';
import { VenueWeekGrid } from './VenueWeekGrid';

const addDays = (day: string, n: number) => dayjs(day).add(n, 'day').format('YYYY-MM-DD');

/** /venues/:id?start= — one venue's week: a grid on desktop, a day-by-day list on phones; book a slot, open a booking. */
export function VenuePage() {
  const { id = '' } = useParams();
  const mobile = useMobile();
  const [params, setParams] = useSearchParams();
  const today = chinaDay(new Date());
  const thisMonday = mondayOf(today);
  const rawStart = params.get('start');
  const start = rawStart && /^\d{4}-\d{2}-\d{2}$/.test(rawStart) ? mondayOf(rawStart) : thisMonday;
  const [slot, setSlot] = useState<BookingSlot | null>(null);
  const [bookOpen, setBookOpen] = useState(false);
  const [opened, setOpened] = useState<Booking | null>(null);

  const q = useQuery({
    queryKey: officeKeys.venueWeek(id, start),
    queryFn: () => api.get<VenueWeek>(`/api/venues/${id}/week`, { start }),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });
  const go = (s: string) => setParams(s === thisMonday ? {} : { start: s }, { replace: true });
  const book = (s: BookingSlot | null) => {
    setSlot(s);
    setBookOpen(true);
  };

  const back = (
    <Link to="/venues">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('venue.backToList')}
      </Button>
    </Link>
  );
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (q.isError || !q.data) {
    const notFound = q.error instanceof ApiError && q.error.status === 404;
    return <Result status={notFound ? '404' : 'warning'} title={notFound ? t('msg.notFound') : errorText(q.error)} extra={back} />;
  }
  const w = q.data;
  const canBook = w.abilities.book;
  // The open booking, refreshed from the latest week data (e.g. after it was cancelled).
  const current = opened ? (w.days.flatMap((d) => d.bookings).find((b) => b.id === opened.id) ?? opened) : null;

  return (
    <div className="office-page">
      <div>{back}</div>
      <div className="page-header">
        <Typography.Title level={4}>
          {w.venue.name}
          {w.venue.capacity ? (
            <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal', marginInlineStart: 8 }}>
              {t('venue.capacity', { n: w.venue.capacity })}
            </Typography.Text>
          ) : null}
          {!w.venue.active && <Tag style={{ marginInlineStart: 8 }}>{t('venue.inactive')}</Tag>}
        </Typography.Title>
        {canBook && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => book(start === thisMonday ? null : { day: start, start: '09:00', end: '11:30' })}>
            {t('venue.bookVenue')}
          </Button>
        )}
      </div>
      {(w.venue.equipment.length > 0 || w.venue.address) && (
        <div className="office-tags">
          {w.venue.equipment.map((e) => (
            <Tag key={e} color="blue">
              {e}
            </Tag>
          ))}
          {w.venue.address && <Typography.Text type="secondary">{w.venue.address}</Typography.Text>}
        </div>
      )}
      <div className="venue-week-nav">
        <Space.Compact>
          <Button icon={<LeftOutlined />} aria-label={t('venue.prevWeek')} onClick={() => go(addDays(start, -7))} />
          <Button onClick={() => go(thisMonday)} disabled={start === thisMonday}>
            {t('venue.thisWeek')}
          </Button>
          <Button icon={<RightOutlined />} aria-label={t('venue.nextWeek')} onClick={() => go(addDays(start, 7))} />
        </Space.Compact>
        <DatePicker
          picker="week"
          allowClear={false}
          inputReadOnly={mobile}
          value={dayjs(start)}
          onChange={(d) => d && go(mondayOf(d.format('YYYY-MM-DD')))}
          aria-label={t('venue.pickWeek')}
          style={{ width: 150 }}
        />
        <Typography.Text className="venue-week-range">{t('venue.weekRange', { start: w.start, end: w.end })}</Typography.Text>
        {!mobile && canBook && <Typography.Text type="secondary">{t('venue.clickToBook')}</Typography.Text>}
      </div>
      <Spin spinning={q.isFetching && q.isPlaceholderData}>
        {mobile ? (
          <VenueDayList week={w} today={today} onOpen={setOpened} onBook={canBook ? book : undefined} />
        ) : (
          <VenueWeekGrid week={w} today={today} onOpen={setOpened} onBook={canBook ? book : undefined} />
        )}
      </Spin>
      {canBook && <BookingDrawer open={bookOpen} onClose={() => setBookOpen(false)} venue={w.venue} slot={slot} />}
      <BookingDetailModal booking={current} onClose={() => setOpened(null)} />
    </div>
  );
}
