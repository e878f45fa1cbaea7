import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const at = (day: string, time: string) => `${day}T${time}:00+08:00`;

describe('venues and bookings', () => {
  let homeId = '';
  let roomId = '';
  let firstId = '';
  let convenerBookingId = '';

  it('refuses anonymous callers and roles without access', async () => {
    expect((await t.anon.get('/api/venues')).statusCode).toBe(401);
    expect((await t.anon.get('/api/venue-bookings')).statusCode).toBe(401);
    expect((await (await t.as('member1')).post('/api/venues', { name: '委员之家' })).statusCode).toBe(403);
    expect((await (await t.as('convener')).post('/api/venues', { name: '委员之家' })).statusCode).toBe(403);
    expect((await (await t.as('unitadmin')).get('/api/venue-bookings')).statusCode).toBe(403);
  });

  it('office staff keep the venues', async () => {
    const staff = await t.as('staff');
    const home = await staff.post('/api/venues', { name: '委员之家', capacity: 80, equipment: ['投影仪', '音响', '视频会议系统'], address: '市政协机关一楼' });
    expect(home.statusCode).toBe(201);
    homeId = home.json().id;
    expect(home.json().equipment).toEqual(['投影仪', '音响', '视频会议系统']);
    const room = await staff.post('/api/venues', { name: '第二会议室', capacity: 20, equipment: ['投影仪'] });
    roomId = room.json().id;
    const list = await (await t.as('member1')).get('/api/venues?q=' + encodeURIComponent('委员'));
    expect(list.json().items.map((v: { id: string }) => v.id)).toEqual([homeId]);
    const off = await staff.patch(`/api/venues/${roomId}`, { version: room.json().version, active: false });
    expect(off.statusCode).toBe(200);
    expect((await staff.get('/api/venues?active=true')).json().items.map((v: { id: string }) => v.id)).toEqual([homeId]);
    const closed = await staff.post(`/api/venues/${roomId}/bookings`, { startsAt: at('2023-05-02', '09:00'), endsAt: at('2023-05-02', '10:00'), bookedForKind: 'office', bookedForName: '办公室', purpose: 'x' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('INVALID_STATE');
    expect((await staff.patch(`/api/venues/${roomId}`, { version: off.json().version, active: true })).statusCode).toBe(200);
  });

  it('books a venue, and refuses a clash with a message naming the existing booking', async () => {
    const staff = await t.as('staff');
    const res = await staff.post(`/api/venues/${homeId}/bookings`, {
      startsAt: at('2023-05-04', '09:00'),
      endsAt: at('2023-05-04', '11:30'),
      bookedForKind: 'committee',
      bookedForId: t.ids.committeeA,
      purpose: '提案工作座谈会',
    });
    expect(res.statusCode).toBe(201);
    firstId = res.json().id;
    expect(res.json()).toMatchObject({ bookedForName: '提案委员会', venueName: '委员之家', startsAtText: '2023-05-04 09:00', status: 'booked', abilities: { cancel: true } });

    const clash = await staff.post(`/api/venues/${homeId}/bookings`, { startsAt: at('2023-05-04', '11:00'), endsAt: at('2023-05-04', '12:00'), bookedForKind: 'office', bookedForName: '办公室', purpose: '机关学习' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('BOOKING_CLASH');
    expect(clash.json().message).toBe('该时段会场已被预订：委员之家 2023-05-04 09:00–11:30，提案委员会「提案工作座谈会」');

    // touching intervals and another venue are fine
    const after = await staff.post(`/api/venues/${homeId}/bookings`, { startsAt: at('2023-05-04', '11:30'), endsAt: at('2023-05-04', '12:00'), bookedForKind: 'office', bookedForName: '办公室', purpose: '机关学习' });
    expect(after.statusCode).toBe(201);
    const elsewhere = await staff.post(`/api/venues/${roomId}/bookings`, { startsAt: at('2023-05-04', '09:00'), endsAt: at('2023-05-04', '10:00'), bookedForKind: 'office', bookedForName: '办公室', purpose: '党支部会议' });
    expect(elsewhere.statusCode).toBe(201);

    const bad = await staff.post(`/api/venues/${homeId}/bookings`, { startsAt: at('2023-05-05', '10:00'), endsAt: at('2023-05-05', '09:00'), bookedForKind: 'office', bookedForName: '办公室', purpose: 'x' });
    expect(bad.statusCode).toBe(400);
  });

  it('serializes racing bookings: one wins, the others get the clash', async () => {
    const staff = await t.as('staff');
    const admin = await t.as('admin');
    const body = (purpose: string) => ({ startsAt: at('2023-05-06', '14:00'), endsAt: at('2023-05-06', '16:00'), bookedForKind: 'office', bookedForName: '办公室', purpose });
    const racers = ['甲', '乙', '丙', '丁', '戊', '己'].map((p, i) => (i % 2 ? admin : staff).post(`/api/venues/${roomId}/bookings`, body(p)));
    const results = await Promise.all(racers);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(results.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'BOOKING_CLASH')).toBe(true);
    const [{ n }] = await t.database.query<{ n: number }>(`select count(*)::int as n from venue_bookings where venue_id = $1 and starts_at = $2 and status = 'booked'`, [roomId, at('2023-05-06', '14:00')]);
    expect(n).toBe(1);
  });

  it('room conveners book for their rooms and change only their own bookings', async () => {
    const convener = await t.as('convener');
    const notRoom = await convener.post(`/api/venues/${homeId}/bookings`, { startsAt: at('2023-05-05', '14:00'), endsAt: at('2023-05-05', '16:00'), bookedForKind: 'committee', bookedForName: '提案委', purpose: 'x' });
    expect(notRoom.statusCode).toBe(403);
    const res = await convener.post(`/api/venues/${homeId}/bookings`, { startsAt: at('2023-05-05', '14:00'), endsAt: at('2023-05-05', '16:00'), bookedForKind: 'room', bookedForName: '东街“有事好商量”协商议事室', purpose: '老旧小区加装电梯协商' });
    expect(res.statusCode).toBe(201);
    convenerBookingId = res.json().id;
    expect(res.json()).toMatchObject({ mine: true, abilities: { update: true, cancel: true } });

    const first = (await convener.get(`/api/venue-bookings/${firstId}`)).json();
    expect(first.abilities.cancel).toBe(false);
    expect((await convener.post(`/api/venue-bookings/${firstId}/cancel`, { version: first.version })).statusCode).toBe(403);

    const moved = await convener.patch(`/api/venue-bookings/${convenerBookingId}`, { version: res.json().version, startsAt: at('2023-05-04', '10:00'), endsAt: at('2023-05-04', '11:00') });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().code).toBe('BOOKING_CLASH');
    const ok = await convener.patch(`/api/venue-bookings/${convenerBookingId}`, { version: res.json().version, endsAt: at('2023-05-05', '17:00') });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().endsAtText).toBe('2023-05-05 17:00');
    const stale = await convener.post(`/api/venue-bookings/${convenerBookingId}/cancel`, { version: res.json().version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
  });

  it('a cancelled booking frees the time', async () => {
    const staff = await t.as('staff');
    const first = (await staff.get(`/api/venue-bookings/${firstId}`)).json();
    const c = await staff.post(`/api/venue-bookings/${firstId}/cancel`, { version: first.version, reason: '会议改期' });
    expect(c.statusCode).toBe(200);
    expect(c.json()).toMatchObject({ status: 'cancelled', statusLabel: '已取消', cancelReason: '会议改期' });
    expect((await staff.post(`/api/venue-bookings/${firstId}/cancel`, { version: c.json().version })).statusCode).toBe(409);
    const again = await staff.post(`/api/venues/${homeId}/bookings`, { startsAt: at('2023-05-04', '10:00'), endsAt: at('2023-05-04', '11:00'), bookedForKind: 'sectorGroup', bookedForName: '经济界别小组', purpose: '界别协商' });
    expect(again.statusCode).toBe(201);
  });

  it('shows the week calendar in China time', async () => {
    const member = await t.as('member1');
    const res = await member.get(`/api/venues/${homeId}/week?start=2023-05-01`);
    expect(res.statusCode).toBe(200);
    const w = res.json();
    expect(w.days.map((d: { day: string }) => d.day)).toEqual(['2023-05-01', '2023-05-02', '2023-05-03', '2023-05-04', '2023-05-05', '2023-05-06', '2023-05-07']);
    expect(w.days[0].weekday).toBe('周一');
    const thursday = w.days[3].bookings.map((b: { purpose: string; status: string }) => `${b.purpose}/${b.status}`);
    expect(thursday).toEqual(['提案工作座谈会/cancelled', '界别协商/booked', '机关学习/booked']);
    expect(w.days[4].bookings).toHaveLength(1);
    expect(w.abilities.book).toBe(false);
    expect((await (await t.as('convener')).get(`/api/venues/${homeId}/week?start=2023-05-01`)).json().abilities.book).toBe(true);
  });

  it('answers another org exactly like a missing record', async () => {
    const other = await t.as('b_staff');
    const missing = await other.get('/api/venue-bookings/00000000-0000-4000-8000-000000000000');
    const foreign = await other.get(`/api/venue-bookings/${convenerBookingId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await other.get(`/api/venues/${homeId}`)).statusCode).toBe(404);
    expect((await other.get(`/api/venues/${homeId}/week`)).statusCode).toBe(404);
    expect((await other.post(`/api/venues/${homeId}/bookings`, { startsAt: at('2023-06-01', '09:00'), endsAt: at('2023-06-01', '10:00'), bookedForKind: 'office', bookedForName: '乙', purpose: 'x' })).statusCode).toBe(404);
    expect((await other.post(`/api/venue-bookings/${convenerBookingId}/cancel`, { version: 1 })).statusCode).toBe(404);
    expect((await other.get('/api/venue-bookings')).json().total).toBe(0);
  });

  it('lists, filters and exports bookings; counts them as a statistic', async () => {
    const staff = await t.as('staff');
    const list = await staff.get(`/api/venue-bookings?venueId=${homeId}&status=booked&from=2023-05-04&to=2023-05-04`);
    expect(list.json().total).toBe(2);
    expect((await staff.get('/api/venue-bookings?q=' + encodeURIComponent('电梯'))).json().total).toBe(1);
    expect((await (await t.as('convener')).get('/api/venue-bookings?mine=true')).json().total).toBe(1);

    const x = await staff.get(`/api/venue-bookings/export.xlsx?venueId=${homeId}`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('会场');
    expect(wb.worksheets[0].getRow(2).getCell(2).value).toBe('2023-05-04 09:00');
    expect(wb.worksheets[0].rowCount).toBe(5);
    const v = await staff.get('/api/venues/export.xlsx');
    expect(v.statusCode).toBe(200);

    const stat = await (await t.as('leader')).get(`/api/stats/venues.bookings?from=2023-05-01&to=2023-05-31&venueId=${homeId}`);
    expect(stat.statusCode).toBe(200);
    expect(stat.json().value).toBe(3);
    expect(stat.json().records[0]).toMatchObject({ type: 'venueBooking', date: '2023-05-04' });
    expect((await (await t.as('leader')).get('/api/stats/venues.bookings?from=2023-05-01&to=2023-05-31&bookedForKind=room')).json().value).toBe(1);
  });
});
