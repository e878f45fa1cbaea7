import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tag, Typography } from 'antd';
import { t } from '../../i18n';
import type { BookingSlot } from './BookingDrawer';
import { label } from './shared';
import type { Booking, VenueWeek } from './types';
import { dayPart, hhmm } from './weekLayout';

interface Props {
  week: VenueWeek;
  today: string;
  onOpen(b: Booking): void;
  onBook?: (slot: BookingSlot) => void;
}

/** The week on a phone: one card per day with its bookings in time order. */
export function VenueDayList({ week, today, onOpen, onBook }: Props) {
  return (
    <div className="day-list">
      {week.days.map((d) => (
        <Card
          key={d.day}
          size="small"
          className={`day-card${d.day === today ? ' is-today' : ''}`}
          title={
            <span>
              {d.weekday} <span className="tabular">{d.day.slice(5)}</span>
            </span>
          }
          extra={
            onBook && (
              <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => onBook({ day: d.day, start: '09:00', end: '11:30' })}>
                {t('venue.book')}
              </Button>
            )
          }
        >
          {d.bookings.length === 0 ? (
            <Typography.Text type="secondary">{t('venue.noBookings')}</Typography.Text>
          ) : (
            d.bookings.map((b) => {
              const p = dayPart(b, d.day);
              return (
                <div key={b.id} className={`day-booking${b.status === 'cancelled' ? ' cancelled' : ''}`} onClick={() => onOpen(b)} role="button">
                  <div className="day-booking-time">
                    {hhmm(p.from)}–{hhmm(p.to)}
                  </div>
                  <div className="day-booking-main">
                    <div>
                      {b.bookedForName || label('booking.kind', b.bookedForKind)}
                      {b.status === 'cancelled' && <Tag style={{ marginInlineStart: 6 }}>{label('booking.status', b.status)}</Tag>}
                      {b.mine && b.status !== 'cancelled' && (
                        <Tag color="orange" style={{ marginInlineStart: 6 }}>
                          {t('booking.mine')}
                        </Tag>
                      )}
                    </div>
                    <Typography.Text type="secondary">{b.purpose}</Typography.Text>
                  </div>
                </div>
              );
            })
          )}
        </Card>
      ))}
    </div>
  );
}
