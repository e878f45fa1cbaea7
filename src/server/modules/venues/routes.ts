import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasAnyRole } from '../../../core/roles';
import { chinaDay, chinaDayStart } from '../../../core/time';
import { mondayOf, overlaps, weekDays } from '../../../core/venues';
import { venues } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { buildWorkbook, sendXlsx, stamp } from '../../export/xlsx';
import { registerReferenceResource } from '../../lib/crud';
import { ctxOf } from '../../lib/context';
import { offsetOf } from '../../lib/paging';
import { cancelBooking, createBooking, updateBooking } from './commands';
import { BOOKING_EXPORT_COLUMNS, VENUE_EXPORT_COLUMNS } from './export';
import { BOOKING_READERS, BOOKING_WRITERS, VENUE_WRITERS, bookingListAbilities } from './policy';
import { presentBooking } from './presenter';
import { loadBooking, loadVenue, queryBookings, venueBookingsBetween } from './queries';
import { bookingExportQuery, bookingListQuery, cancelBookingBody, createBookingBody, idParams, updateBookingBody, weekQuery } from './schemas';
import './stats';

const tags = ['venues'];
const DAY_MS = 24 * 3600_000;
const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** 会场 (委员之家, meeting rooms) and their bookings, with the week calendar. */
export async function venueRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  r.get('/api/venue-bookings', { schema: { tags, summary: '会场预订列表', querystring: bookingListQuery }, config: { access: BOOKING_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    const q = req.query;
    const { rows, total } = await queryBookings(db, actor, q, { limit: q.pageSize, offset: offsetOf(q) });
    return { items: rows.map((b) => presentBooking(actor, b)), total, page: q.page, pageSize: q.pageSize, abilities: bookingListAbilities(actor) };
  });

  r.get('/api/venue-bookings/export.xlsx', { schema: { tags, summary: '导出会场预订（Excel）', querystring: bookingExportQuery }, config: { access: BOOKING_READERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const { rows } = await queryBookings(db, actor, req.query);
    return sendXlsx(reply, await buildWorkbook('会场预订', BOOKING_EXPORT_COLUMNS, rows), `会场预订_${stamp()}.xlsx`);
  });

  r.get('/api/venue-bookings/:id', { schema: { tags, summary: '预订详情', params: idParams }, config: { access: BOOKING_READERS } }, async (req) => {
    const actor = ctxOf(req).actor;
    return presentBooking(actor, await loadBooking(db, actor, req.params.id));
  });

  r.post('/api/venues/:id/bookings', { schema: { tags, summary: '预订会场（时段冲突时拒绝）', params: idParams, body: createBookingBody }, config: { access: BOOKING_WRITERS } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const b = await createBooking(deps, ctx, req.params.id, req.body);
    reply.code(201);
    return presentBooking(ctx.actor, await loadBooking(db, ctx.actor, b.id));
  });

  r.patch('/api/venue-bookings/:id', { schema: { tags, summary: '修改预订', params: idParams, body: updateBookingBody }, config: { access: BOOKING_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    const b = await updateBooking(deps, ctx, req.params.id, req.body);
    return presentBooking(ctx.actor, await loadBooking(db, ctx.actor, b.id));
  });

  r.post('/api/venue-bookings/:id/cancel', { schema: { tags, summary: '取消预订', params: idParams, body: cancelBookingBody }, config: { access: BOOKING_WRITERS } }, async (req) => {
    const ctx = ctxOf(req);
    const b = await cancelBooking(deps, ctx, req.params.id, req.body);
    return presentBooking(ctx.actor, await loadBooking(db, ctx.actor, b.id));
  });

  r.get(
    '/api/venues/:id/week',
    { schema: { tags, summary: '会场周历（北京时间，默认本周）', params: idParams, querystring: weekQuery }, config: { access: BOOKING_READERS } },
    async (req) => {
      const actor = ctxOf(req).actor;
      const venue = await loadVenue(db, actor, req.params.id);
      const start = req.query.start ?? mondayOf(chinaDay(new Date()));
      const days = weekDays(start);
      const from = chinaDayStart(start);
      const rows = await venueBookingsBetween(db, venue.id, from, new Date(from.getTime() + 7 * DAY_MS));
      return {
        venue: { id: venue.id, name: venue.name, capacity: venue.capacity, equipment: venue.equipment, address: venue.address, active: venue.active && !venue.archivedAt },
        start,
        end: days[6],
        days: days.map((day) => {
          const dayStart = chinaDayStart(day);
          const span = { startsAt: dayStart, endsAt: new Date(dayStart.getTime() + DAY_MS) };
          const weekday = WEEKDAYS[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7];
          return { day, weekday, bookings: rows.filter((b) => overlaps(span, b)).map((b) => presentBooking(actor, b)) };
        }),
        abilities: { book: hasAnyRole(actor.roles, BOOKING_WRITERS) && venue.active && !venue.archivedAt },
      };
    },
  );

  // Venue records: the plain reference shape (list / detail / create / update / archive / restore / export).
  registerReferenceResource(app, deps, {
    path: 'venues',
    table: venues,
    targetType: 'venue',
    label: '会场',
    fields: {
      name: z.string().trim().min(1).max(100),
      capacity: z.number().int().min(1).max(100000).nullable().optional(),
      equipment: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
      address: z.string().trim().max(200).optional(),
      description: z.string().trim().max(2000).optional(),
      active: z.boolean().optional(),
    },
    filters: { active: { schema: z.enum(['true', 'false']).transform((v) => v === 'true'), column: venues.active } },
    searchColumns: [venues.name, venues.address, venues.description],
    exportColumns: VENUE_EXPORT_COLUMNS,
    orderBy: [venues.name],
    writeRoles: VENUE_WRITERS,
    labelOf: (x) => String(x.name),
  });
}
