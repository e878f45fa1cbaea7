import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, download, type Page } from '../../api/client';
import { t } from '../../i18n';
import { errorText } from './shared';
import type { Attachment } from './types';

interface Props {
  ownerType: string;
  ownerId: string;
}

export const attachmentKey = (ownerType: string, ownerId: string) => ['attachments', ownerType, ownerId] as const;

function sizeText(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** The files of one record (one institution version), each a download link. */
export function VersionAttachments({ ownerType, ownerId }: Props) {
  const { message } = App.useApp();
  const q = useQuery({
    queryKey: attachmentKey(ownerType, ownerId),
    queryFn: () => api.get<Page<Attachment>>('/api/attachments', { ownerType, ownerId, page: 1, pageSize: 50 }),
    retry: false,
  });
  const qc = useQueryClient();
  const [uploading, setUploading] = useState(false);
  const items = q.data?.items ?? [];
  if (q.isLoading) return null;
  const upload = q.data?.abilities?.upload && (
    <Upload
      showUploadList={false}
      beforeUpload={async (file) => {
        const fd = new FormData();
        fd.append('ownerType', ownerType);
        fd.append('ownerId', ownerId);
        fd.append('file', file, file.name);
        setUploading(true);
        try {
          await api.upload('/api/attachments', fd);
          message.success(t('inst.uploaded'));
          await qc.invalidateQueries({ queryKey: attachmentKey(ownerType, ownerId) });
        } catch (e) {
          message.error(errorText(e));
        } finally {
          setUploading(false);
        }
        return false;
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={uploading} style={{ marginTop: 4 }}>
        {t('inst.upload')}
      </Button>
    </Upload>
  );
  return (
    <div className="inst-attachments">
      {items.length === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('inst.noAttachments')}
        </Typography.Text>
      )}
      {items.map((a) => (
        <Button
          key={a.id}
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          style={{ paddingInline: 0, justifyContent: 'flex-start', height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          disabled={!a.abilities.download}
          onClick={() => download(a.downloadUrl, undefined, a.fileName).catch((e: unknown) => message.error(errorText(e)))}
        >
          {a.fileName}
          <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
            {sizeText(a.size)}
          </Typography.Text>
        </Button>
      ))}
      {upload && <div>{upload}</div>}
    </div>
  );
}
