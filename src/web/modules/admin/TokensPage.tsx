import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { errorText, fmtTime } from './shared';

interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  abilities: { revoke: boolean };
}

interface CreatedToken {
  id: string;
  name: string;
  prefix: string;
  expiresAt: string | null;
  token: string;
}

const EXPIRY_DAYS = [30, 90, 365, 0] as const;

function statusOf(tk: ApiToken): { color: string; label: string } {
  if (tk.revokedAt) return { color: 'default', label: t('admin.token.revoked') };
  if (tk.expiresAt && new Date(tk.expiresAt).getTime() < Date.now()) return { color: 'orange', label: t('admin.token.expired') };
  return { color: 'green', label: t('admin.token.valid') };
}

/** 访问令牌: the caller's own API tokens for scripts and integrations. */
export function TokensPage() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [form] = Form.useForm<{ name: string; expiresInDays: number }>();
  const list = useQuery({ queryKey: ['/api/tokens'], queryFn: () => api.get<{ items: ApiToken[]; total: number }>('/api/tokens') });

  const create = useMutation({
    mutationFn: (v: { name: string; expiresInDays: number }) => api.post<CreatedToken>('/api/tokens', { name: v.name, expiresInDays: v.expiresInDays || undefined }),
    onSuccess: (tk) => {
      setCreating(false);
      setCreated(tk);
      qc.invalidateQueries({ queryKey: ['/api/tokens'] });
    },
    onError: (e) => message.error(errorText(e)),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.post(`/api/tokens/${id}/revoke`),
    onSuccess: () => {
      message.success(t('admin.token.revokedMsg'));
      qc.invalidateQueries({ queryKey: ['/api/tokens'] });
    },
    onError: (e) => message.error(errorText(e)),
  });

  const columns: ColumnsType<ApiToken> = [
    { key: 'name', dataIndex: 'name', title: t('admin.token.name') },
    { key: 'prefix', dataIndex: 'prefix', title: t('admin.token.prefix'), render: (v: string) => <Typography.Text code>{v}…</Typography.Text> },
    {
      key: 'status',
      title: t('label.status'),
      render: (_: unknown, tk) => {
        const s = statusOf(tk);
        return <Tag color={s.color}>{s.label}</Tag>;
      },
    },
    { key: 'createdAt', dataIndex: 'createdAt', title: t('label.createdAt'), render: fmtTime },
    { key: 'lastUsedAt', dataIndex: 'lastUsedAt', title: t('admin.token.lastUsedAt'), render: (v: string | null) => fmtTime(v) || t('admin.token.neverUsed') },
    { key: 'expiresAt', dataIndex: 'expiresAt', title: t('admin.token.expiresAt'), render: (v: string | null) => fmtTime(v) || t('admin.token.noExpiry') },
    {
      key: 'actions',
      title: t('label.actions'),
      render: (_: unknown, tk) =>
        tk.abilities.revoke && (
          <Popconfirm title={t('admin.token.confirmRevoke', { name: tk.name })} onConfirm={() => revoke.mutate(tk.id)}>
            <Button size="small" type="link" danger>
              {t('admin.token.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={4}>{t('nav.tokens')}</Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            form.resetFields();
            setCreating(true);
          }}
        >
          {t('admin.token.create')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('admin.token.intro')}</Typography.Paragraph>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />}
      <Table<ApiToken> rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data?.items ?? []} columns={columns} scroll={{ x: 'max-content' }} pagination={false} />
      <Modal open={creating} title={t('admin.token.create')} onCancel={() => setCreating(false)} onOk={() => form.submit()} confirmLoading={create.isPending} forceRender>
        <Form form={form} layout="vertical" initialValues={{ expiresInDays: 365 }} onFinish={(v) => create.mutate(v)}>
          <Form.Item name="name" label={t('admin.token.name')} extra={t('admin.token.nameHelp')} rules={[{ required: true, max: 60, message: t('form.required', { label: t('admin.token.name') }) }]}>
            <Input />
          </Form.Item>
          <Form.Item name="expiresInDays" label={t('admin.token.validity')}>
            <Select options={EXPIRY_DAYS.map((d) => ({ value: d, label: d ? t('admin.token.days', { n: d }) : t('admin.token.noExpiry') }))} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!created}
        title={t('admin.token.createdTitle')}
        closable={false}
        mask={{ closable: false }}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {t('admin.token.savedIt')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('admin.token.showOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: created?.token ?? '' }} code style={{ wordBreak: 'break-all' }}>
          {created?.token}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('admin.token.usage')}</Typography.Text>
      </Modal>
    </>
  );
}
