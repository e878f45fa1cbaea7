import { Tooltip } from 'antd';
import { label } from './shared';
import type { Booking, VenueWeek } from './types';
import type { BookingSlot } from './BookingDrawer';
import { HOUR_PX, hhmm, hourRange, layoutDay } from './weekLayout';

interface Props {
  week: VenueWeek;
  today: string;
  onOpen(b: Booking): void;
  /** Present when the caller may book: a click on a free half hour. */
  onBook?: (slot: BookingSlot) => void;
}

/** The desktop week calendar: 7 day columns × hours, each booking a block placed by its time. */
export function VenueWeekGrid({ week, today, onOpen, onBook }: Props) {
  const { first, last } = hourRange(week.days);
  const height = (last - first) * HOUR_PX;
  const top = (m: number) => ((m - first * 60) / 60) * HOUR_PX;
  const halfHours = Array.from({ length: (last - first) * 2 }, (_, i) => first * 60 + i * 30);
  return (
    <div className="wk-scroll">
      <div className="wk" style={{ minWidth: 760 }}>
        <div className="wk-head" />
        {week.days.map((d) => (
          <div key={d.day} className={`wk-head${d.day === today ? ' is-today' : ''}`}>
            <div>{d.weekday}</div>
            <div className="tabular">{d.day.slice(5)}</div>
          </div>
        ))}
        <div className="wk-hours" style={{ height }}>
          {Array.from({ length: last - first }, (_, i) => first + i).map((h) => (
            <span key={h} className="wk-hour-label" style={{ top: (h - first) * HOUR_PX + 2 }}>
              {hhmm(h * 60)}
            </span>
          ))}
        </div>
        {week.days.map((d) => (
          <div key={d.day} className="wk-day" style={{ height }}>
            {halfHours.map((m) => (
              <div
                key={m}
                className={`wk-slot${onBook ? ' bookable' : ''}`}
                style={{ top: top(m), height: HOUR_PX / 2, borderTopStyle: m % 60 === 0 ? 'solid' : 'dashed' }}
                onClick={onBook ? () => onBook({ day: d.day, start: hhmm(m), end: hhmm(Math.min(m + 60, 22 * 60)) }) : undefined}
              />
            ))}
            {layoutDay(d.bookings, d.day).map((s) => {
              const b = s.booking;
              const from = Math.max(s.from, first * 60);
              const to = Math.min(s.to, last * 60);
              const width = 100 / s.lanes;
              return (
                <Tooltip key={b.id} title={`${b.startsAtText.slice(11)}–${b.endsAtText.slice(11)} ${b.bookedForName} ${b.purpose}`}>
                  <div
                    className={`wk-block${b.status === 'cancelled' ? ' cancelled' : b.mine ? ' mine' : ''}`}
                    style={{ top: top(from), height: Math.max(20, top(to) - top(from) - 2), left: `calc(${s.lane * width}% + 3px)`, width: `calc(${width}% - 6px)`, right: 'auto' }}
                    onClick={() => onOpen(b)}
                    role="button"
                    aria-label={`${b.startsAtText}–${b.endsAtText.slice(11)} ${b.bookedForName} ${b.purpose} ${label('booking.status', b.status)}`}
                  >
                    <div className="wk-block-time">
                      {hhmm(s.from)}–{hhmm(s.to)}
                    </div>
                    <div>{b.bookedForName || label('booking.kind', b.bookedForKind)}</div>
                    <div>{b.purpose}</div>
                  </div>
                </Tooltip>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
