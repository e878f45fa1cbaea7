import './office.css';
import { CalendarOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Result, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { chinaDay } from '../../../core/time';
import { ORG_READER_ROLES } from '../../../core/roles';
import { api, type Page } from '../../api/client';
import { useAuth } from '../../app/auth';
import { t } from '../../i18n';
import { BookingDetailModal } from './BookingDetailModal';
import { BookingRecords } from './BookingRecords';
import { errorText, label, officeKeys } from './shared';
import type { Booking, Venue } from './types';
import { VenueFormModal } from './VenueFormModal';

/** /venues — the venues (capacity, equipment) with a link to each one's week, and the caller's upcoming bookings. */
export function VenuesPage() {
  const { hasRole } = useAuth();
  const records = hasRole(...ORG_READER_ROLES);
  const [editing, setEditing] = useState<Venue | 'new' | null>(null);
  const [opened, setOpened] = useState<Booking | null>(null);
  const today = chinaDay(new Date());

  const venues = useQuery({
    queryKey: [...officeKeys.venues, 'list'],
    queryFn: () => api.get<Page<Venue>>('/api/venues', { page: 1, pageSize: 100 }),
  });
  const mine = useQuery({
    queryKey: [...officeKeys.bookings, 'mine', today],
    queryFn: () => api.get<Page<Booking>>('/api/venue-bookings', { mine: 'true', status: 'booked', from: today, page: 1, pageSize: 50 }),
    retry: false,
  });
  const bookingAbilities = mine.data?.abilities ?? {};

  if (venues.isError) return <Result status="warning" title={errorText(venues.error)} />;
  const items = venues.data?.items ?? [];
  const myItems = mine.data?.items ?? [];
  const current = opened ? (myItems.find((b) => b.id === opened.id) ?? opened) : null;

  const myList = (
    <>
      {myItems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('msg.empty')} />
      ) : (
        myItems.map((b) => (
          <div key={b.id} className="day-booking" role="button" onClick={() => setOpened(b)}>
            <div className="day-booking-time" style={{ width: 'auto', minWidth: 130 }}>
              <div>{b.startsAtText.slice(0, 10)}</div>
              <div>
                {b.startsAtText.slice(11)}–{b.endsAtText.slice(11)}
              </div>
            </div>
            <div className="day-booking-main">
              <div>
                <Typography.Text strong>{b.venueName}</Typography.Text> <Tag>{label('booking.kind', b.bookedForKind)}</Tag>
                {b.bookedForName}
              </div>
              <Typography.Text type="secondary">{b.purpose}</Typography.Text>
            </div>
          </div>
        ))
      )}
    </>
  );

  return (
    <div className="office-page">
      <div className="page-header">
        <Typography.Title level={4}>{t('venue.title')}</Typography.Title>
        {venues.data?.abilities?.create && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('venue.create')}
          </Button>
        )}
      </div>
      <Spin spinning={venues.isLoading}>
        {items.length === 0 && !venues.isLoading ? (
          <Empty description={t('msg.empty')} />
        ) : (
          <div className="venue-grid">
            {items.map((v) => (
              <Card
                key={v.id}
                size="small"
                className="venue-card"
                title={
                  <Link to={`/venues/${v.id}`} style={{ color: 'inherit' }}>
                    {v.name}
                  </Link>
                }
                extra={
                  <>
                    {!v.active && <Tag>{t('venue.inactive')}</Tag>}
                    {v.abilities.update && <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('venue.edit')} onClick={() => setEditing(v)} />}
                  </>
                }
                actions={[
                  <Link key="week" to={`/venues/${v.id}`}>
                    <CalendarOutlined /> {t('venue.week')}
                    {bookingAbilities.create && v.active ? ` · ${t('venue.book')}` : ''}
                  </Link>,
                ]}
              >
                <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                  <div>
                    <Typography.Text type="secondary">{t('venue.field.capacity')}：</Typography.Text>
                    <span className="tabular">{v.capacity ? t('venue.capacity', { n: v.capacity }) : t('label.none')}</span>
                  </div>
                  {v.equipment.length > 0 && (
                    <div className="office-tags">
                      {v.equipment.map((e) => (
                        <Tag key={e} color="blue">
                          {e}
                        </Tag>
                      ))}
                    </div>
                  )}
                  {v.address && <Typography.Text type="secondary">{v.address}</Typography.Text>}
                </div>
              </Card>
            ))}
          </div>
        )}
      </Spin>

      {(bookingAbilities.create || records) && (
        <Card size="small">
          <Tabs
            size="small"
            items={[
              ...(bookingAbilities.create ? [{ key: 'mine', label: t('venue.myBookings'), children: myList }] : []),
              ...(records ? [{ key: 'all', label: t('venue.allBookings'), children: <BookingRecords venues={items} /> }] : []),
            ]}
          />
        </Card>
      )}
      <VenueFormModal open={editing !== null} onClose={() => setEditing(null)} venue={editing && editing !== 'new' ? editing : undefined} />
      <BookingDetailModal booking={current} onClose={() => setOpened(null)} />
    </div>
  );
}
