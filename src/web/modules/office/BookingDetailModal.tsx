import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Input, Modal, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { BookingDrawer } from './BookingDrawer';
import { t } from '../../i18n';
import { errorText, isConflict, label, officeKeys } from './shared';
import type { Booking } from './types';

interface Props {
  booking: Booking | null;
  onClose(): void;
}

/** One booking: who, when, what for; 取消预订 when the server allows it (own bookings, or the office). */
export function BookingDetailModal({ booking: b, onClose }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    setConfirming(false);
    setReason('');
    setEditing(false);
  }, [b?.id]);

  const cancel = useMutation({
    mutationFn: (x: Booking) => api.post<Booking>(`/api/venue-bookings/${x.id}/cancel`, { version: x.version, reason: reason.trim() || undefined }),
    onSuccess: async () => {
      message.success(t('booking.cancelled'));
      await qc.invalidateQueries({ queryKey: officeKeys.venues });
      await qc.invalidateQueries({ queryKey: officeKeys.bookings });
      onClose();
    },
    onError: async (e) => {
      message.error(isConflict(e) ? t('msg.conflict') : errorText(e));
      await qc.invalidateQueries({ queryKey: officeKeys.venues });
      await qc.invalidateQueries({ queryKey: officeKeys.bookings });
    },
  });

  if (b && editing)
    return (
      <BookingDrawer
        open
        onClose={() => {
          setEditing(false);
          onClose();
        }}
        venue={{ id: b.venueId, name: b.venueName ?? '' }}
        booking={b}
      />
    );
  const range = b ? (b.startsAtText.slice(0, 10) === b.endsAtText.slice(0, 10) ? `${b.startsAtText}–${b.endsAtText.slice(11)}` : `${b.startsAtText} – ${b.endsAtText}`) : '';
  return (
    <Modal
      open={!!b}
      title={t('booking.detail')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        b && (
          <Space wrap>
            {b.abilities.update && !confirming && <Button onClick={() => setEditing(true)}>{t('action.edit')}</Button>}
            {b.abilities.cancel && !confirming && (
              <Button danger onClick={() => setConfirming(true)}>
                {t('booking.cancel')}
              </Button>
            )}
            {confirming && (
              <Button danger type="primary" loading={cancel.isPending} onClick={() => cancel.mutate(b)}>
                {t('booking.cancel')}
              </Button>
            )}
            <Button onClick={onClose}>{t('action.back')}</Button>
          </Space>
        )
      }
    >
      {b && (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              ...(b.venueName ? [{ key: 'venue', label: t('booking.field.venue'), children: b.venueName }] : []),
              { key: 'time', label: t('booking.field.time'), children: <span className="tabular">{range}</span> },
              { key: 'for', label: t('booking.field.bookedFor'), children: <Space wrap size={4}><Tag>{label('booking.kind', b.bookedForKind)}</Tag>{b.bookedForName}</Space> },
              { key: 'purpose', label: t('booking.field.purpose'), children: b.purpose },
              ...(b.contactName || b.contactPhone ? [{ key: 'contact', label: t('booking.field.contactName'), children: [b.contactName, b.contactPhone].filter(Boolean).join(' ') }] : []),
              {
                key: 'status',
                label: t('booking.field.status'),
                children: (
                  <Space wrap size={4}>
                    <Tag color={b.status === 'booked' ? 'blue' : 'default'}>{label('booking.status', b.status)}</Tag>
                    {b.mine && <Tag color="orange">{t('booking.mine')}</Tag>}
                  </Space>
                ),
              },
              ...(b.cancelReason ? [{ key: 'reason', label: t('booking.field.cancelReason'), children: b.cancelReason }] : []),
            ]}
          />
          {confirming && (
            <div style={{ marginTop: 12 }}>
              <div style={{ marginBottom: 6 }}>{t('booking.cancelConfirm')}</div>
              <Input.TextArea rows={2} maxLength={300} placeholder={t('booking.field.cancelReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          )}
        </>
      )}
    </Modal>
  );
}
