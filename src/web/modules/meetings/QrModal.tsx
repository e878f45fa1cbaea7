import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Typography } from 'antd';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { fullTitle } from './shared';
import type { MeetingDetail } from './types';
import { useMeetingWrite } from './useMeetingAction';

/** The sign-in QR code for the screen at the venue; rotating it voids the old one. */
export function QrModal({ meeting: m, open, onClose }: { meeting: MeetingDetail; open: boolean; onClose(): void }) {
  const { modal } = App.useApp();
  const rotate = useMeetingWrite(m.id, () => api.post(`/api/meetings/${m.id}/qr/rotate`, { version: m.version }), t('meetings.qr.rotated'));
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('meetings.qr.title')} width={460} destroyOnHidden>
      <div className="qr-box">
        <Typography.Title level={5} style={{ margin: 0, textAlign: 'center' }}>
          {fullTitle(m)}
        </Typography.Title>
        {/* The version changes when the token is rotated, so the image is fetched again. */}
        <img src={`/api/meetings/${m.id}/qr.png?v=${m.version}`} alt={t('meetings.qr.title')} />
        <Typography.Text type="secondary">{t('meetings.qr.hint')}</Typography.Text>
        <Button
          icon={<ReloadOutlined />}
          loading={rotate.isPending}
          onClick={() => modal.confirm({ title: t('meetings.qr.rotateConfirm'), onOk: () => rotate.mutateAsync(undefined) })}
        >
          {t('meetings.qr.rotate')}
        </Button>
      </div>
    </Modal>
  );
}
