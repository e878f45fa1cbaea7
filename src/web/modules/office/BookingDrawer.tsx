import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, DatePicker, Drawer, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { BOOKED_FOR_KINDS, type BookedForKind } from '../../../core/venues';
import { api, ApiError, type Page } from '../../api/client';
import { useAuth } from '../../app/auth';
import { t } from '../../i18n';
import { errorText, isConflict, officeKeys, options, useMobile } from './shared';
import type { Booking } from './types';

export interface BookingSlot {
  day: string;
  start: string;
  end: string;
}

interface Props {
  open: boolean;
  onClose(): void;
  venue: { id: string; name: string };
  /** The slot clicked in the calendar (defaults: tomorrow 09:00–11:30). */
  slot?: BookingSlot | null;
  /** A booking to change (time, who, purpose); absent = a new booking. */
  booking?: Booking | null;
}

interface FormValues {
  day: Dayjs;
  start: string;
  end: string;
  bookedForKind: BookedForKind;
  bookedForId?: string;
  bookedForName?: string;
  purpose: string;
  contactName?: string;
  contactPhone?: string;
}

/** Half-hour steps from 07:00 to 22:00. */
const TIMES = Array.from({ length: 31 }, (_, i) => {
  const m = 7 * 60 + i * 30;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
});
const TIME_OPTIONS = TIMES.map((x) => ({ value: x, label: x }));

interface RefItem {
  id: string;
  name: string;
}

function useRefs(path: 'committees' | 'member-groups', enabled: boolean) {
  return useQuery({
    queryKey: ['office-ref', path],
    queryFn: () => api.get<Page<RefItem>>(`/api/${path}`, { page: 1, pageSize: 500 }),
    enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** 预订会场: a time range on one day, who it is for, the purpose. A clash shows the server's message naming the booking in the way. */
export function BookingDrawer({ open, onClose, venue, slot, booking }: Props) {
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const qc = useQueryClient();
  const mobile = useMobile();
  const [form] = Form.useForm<FormValues>();
  const [clash, setClash] = useState<string | null>(null);
  const forAnyone = hasRole('officeAdmin', 'officeStaff');
  const kind = Form.useWatch('bookedForKind', form);
  const committees = useRefs('committees', open && forAnyone);
  const groups = useRefs('member-groups', open && forAnyone);

  useEffect(() => {
    if (!open) return;
    setClash(null);
    form.resetFields();
    if (booking) {
      form.setFieldsValue({
        day: dayjs(booking.startsAtText.slice(0, 10)),
        start: booking.startsAtText.slice(11),
        end: booking.endsAtText.slice(11),
        bookedForKind: booking.bookedForKind as BookedForKind,
        bookedForId: booking.bookedForId ?? undefined,
        bookedForName: booking.bookedForName,
        purpose: booking.purpose,
        contactName: booking.contactName,
        contactPhone: booking.contactPhone,
      });
      return;
    }
    const s = slot ?? { day: dayjs().add(1, 'day').format('YYYY-MM-DD'), start: '09:00', end: '11:30' };
    form.setFieldsValue({ day: dayjs(s.day), start: s.start, end: s.end, bookedForKind: forAnyone ? 'office' : 'room' });
  }, [open, slot, booking, form, forAnyone]);

  const refName = (k: BookedForKind, id?: string): string | undefined => {
    const list = k === 'committee' ? committees.data?.items : groups.data?.items;
    return list?.find((x) => x.id === id)?.name;
  };

  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const day = v.day.format('YYYY-MM-DD');
      const withId = v.bookedForKind === 'committee' || v.bookedForKind === 'sectorGroup';
      const body = {
        startsAt: `${day}T${v.start}:00+08:00`,
        endsAt: `${day}T${v.end}:00+08:00`,
        bookedForKind: v.bookedForKind,
        bookedForId: withId ? (v.bookedForId ?? null) : null,
        // For a committee / member group the server takes the record's name; when changing a booking, send the chosen one's name so it is not left stale.
        bookedForName: withId ? refName(v.bookedForKind, v.bookedForId) : v.bookedForName?.trim() || undefined,
        purpose: v.purpose,
        contactName: v.contactName?.trim() || undefined,
        contactPhone: v.contactPhone?.trim() || undefined,
      };
      return booking ? api.patch<Booking>(`/api/venue-bookings/${booking.id}`, { ...body, version: booking.version }) : api.post<Booking>(`/api/venues/${venue.id}/bookings`, body);
    },
    onSuccess: async () => {
      message.success(booking ? t('msg.saved') : t('booking.booked'));
      await qc.invalidateQueries({ queryKey: officeKeys.venues });
      await qc.invalidateQueries({ queryKey: officeKeys.bookings });
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'BOOKING_CLASH') setClash(e.message);
      else message.error(isConflict(e) ? t('msg.conflict') : errorText(e));
    },
  });

  const required = (l: string) => [{ required: true, message: t('form.required', { label: l }) }];
  const kinds = forAnyone ? BOOKED_FOR_KINDS : (['room'] as const);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={booking ? t('booking.edit') : t('venue.bookTitle', { name: venue.name })}
      size={mobile ? '100%' : 520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {booking ? t('action.save') : t('venue.book')}
          </Button>
        </Space>
      }
    >
      {clash && <Alert type="error" showIcon title={t('booking.clash')} description={clash} style={{ marginBottom: 16 }} closable={{ onClose: () => setClash(null) }} />}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} onValuesChange={() => clash && setClash(null)}>
        <Form.Item name="day" label={t('booking.field.day')} rules={required(t('booking.field.day'))}>
          <DatePicker style={{ width: '100%' }} inputReadOnly={mobile} allowClear={false} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="start" label={t('booking.field.start')} rules={required(t('booking.field.start'))}>
              <Select options={TIME_OPTIONS} virtual={false} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="end"
              label={t('booking.field.end')}
              dependencies={['start']}
              rules={[
                ...required(t('booking.field.end')),
                ({ getFieldValue }) => ({
                  validator: (_r, v?: string) => (!v || !getFieldValue('start') || v > getFieldValue('start') ? Promise.resolve() : Promise.reject(new Error(t('booking.endAfterStart')))),
                }),
              ]}
            >
              <Select options={TIME_OPTIONS} virtual={false} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="bookedForKind" label={t('booking.field.bookedForKind')} rules={required(t('booking.field.bookedForKind'))} extra={forAnyone ? undefined : t('booking.roomOnly')}>
          <Select options={options(kinds, 'booking.kind')} disabled={!forAnyone} onChange={() => form.setFieldsValue({ bookedForId: undefined })} />
        </Form.Item>
        {kind === 'committee' && (
          <Form.Item name="bookedForId" label={t('booking.field.committee')} rules={required(t('booking.field.committee'))}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={committees.isLoading} options={(committees.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
        {kind === 'sectorGroup' && (
          <Form.Item name="bookedForId" label={t('booking.field.sectorGroup')} rules={required(t('booking.field.sectorGroup'))}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={groups.isLoading} options={(groups.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
        {kind !== 'committee' && kind !== 'sectorGroup' && (
          <Form.Item name="bookedForName" label={t('booking.field.bookedFor')} rules={required(t('booking.field.bookedFor'))}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Form.Item name="purpose" label={t('booking.field.purpose')} rules={required(t('booking.field.purpose'))}>
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="contactName" label={t('booking.field.contactName')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactPhone" label={t('booking.field.contactPhone')}>
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
