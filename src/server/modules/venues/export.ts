import { BOOKED_FOR_LABELS, BOOKING_STATUS_LABELS, type BookedForKind, type BookingStatus } from '../../../core/venues';
import { chinaDateTime } from '../../../core/time';
import type { XlsxColumn } from '../../export/xlsx';
import type { BookingWithVenue } from './queries';

type Rec = Record<string, unknown>;
const str = (k: string) => (r: Rec) => (r[k] === null || r[k] === undefined ? '' : String(r[k]));

/** Columns of the 会场 export (used by the reference-resource export). */
export const VENUE_EXPORT_COLUMNS: XlsxColumn<Rec>[] = [
  { header: '会场名称', value: str('name'), width: 24 },
  { header: '容纳人数', value: (r) => (r.capacity === null || r.capacity === undefined ? null : Number(r.capacity)), width: 10 },
  { header: '设施设备', value: (r) => (Array.isArray(r.equipment) ? r.equipment.join('、') : ''), width: 40 },
  { header: '地址', value: str('address'), width: 30 },
  { header: '说明', value: str('description'), width: 30 },
  { header: '是否启用', value: (r) => (r.active ? '是' : '否'), width: 10 },
];

/** Columns of the 会场预订 export. */
export const BOOKING_EXPORT_COLUMNS: XlsxColumn<BookingWithVenue>[] = [
  { header: '会场', value: (r) => r.venueName, width: 20 },
  { header: '开始时间', value: (r) => chinaDateTime(r.startsAt), text: true, width: 18 },
  { header: '结束时间', value: (r) => chinaDateTime(r.endsAt), text: true, width: 18 },
  { header: '使用类别', value: (r) => BOOKED_FOR_LABELS[r.bookedForKind as BookedForKind] ?? r.bookedForKind, width: 12 },
  { header: '使用单位', value: (r) => r.bookedForName, width: 20 },
  { header: '用途', value: (r) => r.purpose, width: 36 },
  { header: '联系人', value: (r) => r.contactName, width: 10 },
  { header: '联系电话', value: (r) => r.contactPhone, text: true, width: 14 },
  { header: '状态', value: (r) => BOOKING_STATUS_LABELS[r.status as BookingStatus] ?? r.status, width: 10 },
  { header: '取消原因', value: (r) => r.cancelReason, width: 20 },
];
