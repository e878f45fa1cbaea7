import { DeleteOutlined, FileOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Image, List, Popconfirm, Upload } from 'antd';
import { api, download, type Page } from '../../api/client';
import { t } from '../../i18n';
import { errorText, yearKeys } from './shared';
import type { Attachment } from './types';

function sizeText(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Photos and files of a record (POST /api/attachments); upload and archive follow the server's abilities. */
export function AttachmentsCard({ ownerType, ownerId, title }: { ownerType: string; ownerId: string; title?: string }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const key = yearKeys.attachments(ownerType, ownerId);
  const list = useQuery({
    queryKey: key,
    queryFn: () => api.get<Page<Attachment> & { abilities: { upload: boolean } }>('/api/attachments', { ownerType, ownerId, page: 1, pageSize: 100 }),
  });
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('ownerType', ownerType);
      form.append('ownerId', ownerId);
      form.append('file', file);
      return api.upload<Attachment>('/api/attachments', form);
    },
    onSuccess: () => {
      message.success(t('year.uploaded'));
      qc.invalidateQueries({ queryKey: key });
    },
    onError: (e) => message.error(errorText(e)),
  });
  const archive = useMutation({
    mutationFn: (id: string) => api.post(`/api/attachments/${id}/archive`, {}),
    onSuccess: () => {
      message.success(t('msg.archived'));
      qc.invalidateQueries({ queryKey: key });
    },
    onError: (e) => message.error(errorText(e)),
  });
  const items = list.data?.items ?? [];
  const images = items.filter((a) => a.mimeType.startsWith('image/'));
  const files = items.filter((a) => !a.mimeType.startsWith('image/'));
  return (
    <Card
      size="small"
      title={
        <>
          <PaperClipOutlined /> {title ?? t('year.attachments')}
        </>
      }
      loading={list.isLoading}
      extra={
        list.data?.abilities.upload && (
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
              {t('action.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('year.noAttachments')} />}
      {images.length > 0 && (
        <div className="year-photos">
          <Image.PreviewGroup>
            {images.map((a) => (
              <div key={a.id} className="year-photo">
                <Image src={`${a.downloadUrl}?inline=true`} alt={a.fileName} width={104} height={104} style={{ objectFit: 'cover' }} />
                {a.abilities.archive && (
                  <Popconfirm title={t('year.confirmArchiveFile', { name: a.fileName })} onConfirm={() => archive.mutate(a.id)}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} className="year-photo-del" aria-label={t('action.archive')} />
                  </Popconfirm>
                )}
              </div>
            ))}
          </Image.PreviewGroup>
        </div>
      )}
      {files.length > 0 && (
        <List
          size="small"
          dataSource={files}
          renderItem={(a) => (
            <List.Item
              actions={[
                a.abilities.archive && (
                  <Popconfirm key="del" title={t('year.confirmArchiveFile', { name: a.fileName })} onConfirm={() => archive.mutate(a.id)}>
                    <Button size="small" type="link" danger>
                      {t('action.archive')}
                    </Button>
                  </Popconfirm>
                ),
              ].filter(Boolean)}
            >
              <Button type="link" icon={<FileOutlined />} style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => download(a.downloadUrl, undefined, a.fileName).catch((e: unknown) => message.error(errorText(e)))}>
                {a.fileName} <span className="year-muted">({sizeText(a.size)})</span>
              </Button>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
