import { PagedTable } from './PagedTable';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { ImportWizard, type ImportWizardProps } from './ImportWizard';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { api, ApiError, download, type Page } from '../api/client';
import { t } from '../i18n';

export interface RefRecord {
  id: string;
  version: number;
  archivedAt: string | null;
  abilities: { update: boolean; archive: boolean; restore: boolean };
  [key: string]: unknown;
}

export interface RefField {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'number' | 'date' | 'select' | 'switch';
  options?: Array<{ value: string; label: string }>;
  required?: boolean;
  /** Sent as `null` when left empty on edit (clears the value); otherwise an empty input is omitted. */
  nullable?: boolean;
  /** Shown as a table column (default true). */
  column?: boolean;
  /** Shown in the create/edit form (default true). */
  form?: boolean;
  /** Help text under the form input. */
  help?: string;
  render?: (value: unknown, rec: RefRecord) => ReactNode;
}

export interface ReferenceTablePageProps {
  title: string;
  /** API path, e.g. `/api/sectors`. */
  resource: string;
  fields: RefField[];
  /** Extra fixed list filters sent to the API. */
  filters?: Record<string, string>;
  /** Whether the resource has an `export.xlsx` route. */
  exportable?: boolean;
  /** Extra buttons in the page header. */
  extra?: ReactNode;
  /** Extra list filters (selects …) shown next to the search box. */
  toolbar?: ReactNode;
  /** Values a new record starts with. */
  defaults?: Record<string, unknown>;
  /** Makes rows selectable (master/detail): called with the clicked record. */
  onSelect?: (rec: RefRecord) => void;
  selectedId?: string | null;
  /** Smaller title, e.g. for the detail table of a master/detail page. */
  compact?: boolean;
  /** Excel import (offered to those who may create): endpoints and texts of the wizard. */
  importer?: Pick<ImportWizardProps, 'importUrl' | 'templateUrl' | 'texts'>;
}

/**
 * One page for every plain reference list (界别, 专委会, 承办单位 …): search, paging, create/edit in
 * a modal, archive/restore, Excel export. Buttons follow the `abilities` the server sends.
 */
export function ReferenceTablePage({ title, resource, fields, filters, exportable = true, extra, toolbar, defaults, onSelect, selectedId, compact, importer }: ReferenceTablePageProps) {
  const [importOpen, setImportOpen] = useState(false);
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [archived, setArchived] = useState(false);
  const [editing, setEditing] = useState<RefRecord | 'new' | null>(null);
  const [form] = Form.useForm();
  // A changed fixed filter (e.g. the category select) starts again at page 1.
  const filtersKey = JSON.stringify(filters ?? {});
  const [seenFilters, setSeenFilters] = useState(filtersKey);
  if (seenFilters !== filtersKey) {
    setSeenFilters(filtersKey);
    setPage(1);
  }
  const query = { ...filters, q, page, pageSize, archived: archived ? 'only' : 'exclude' };
  const list = useQuery({ queryKey: [resource, query], queryFn: () => api.get<Page<RefRecord>>(resource, query) });

  const save = useMutation({
    mutationFn: async (values: Record<string, unknown>) => {
      const nullable = new Set(fields.filter((f) => f.nullable).map((f) => f.name));
      const empty = (k: string) => (editing !== 'new' && nullable.has(k) ? null : undefined);
      const body = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' || v === undefined || v === null ? empty(k) : v]));
      if (editing === 'new') return api.post(resource, { ...filters, ...body });
      if (editing) return api.patch(`${resource}/${editing.id}`, { ...body, version: editing.version });
    },
    onSuccess: () => {
      message.success(t('msg.saved'));
      setEditing(null);
      qc.invalidateQueries({ queryKey: [resource] });
    },
    onError: (e) => {
      message.error(e instanceof ApiError ? e.message : t('msg.loadFailed'));
      if (e instanceof ApiError && e.code === 'CONFLICT') qc.invalidateQueries({ queryKey: [resource] });
    },
  });
  const archive = useMutation({
    mutationFn: (args: { rec: RefRecord; op: 'archive' | 'restore' }) => api.post(`${resource}/${args.rec.id}/${args.op}`, { version: args.rec.version }),
    onSuccess: (_d, v) => {
      message.success(v.op === 'archive' ? t('msg.archived') : t('msg.restored'));
      qc.invalidateQueries({ queryKey: [resource] });
    },
    onError: (e) => message.error(e instanceof ApiError ? e.message : t('msg.loadFailed')),
  });

  const columns: ColumnsType<RefRecord> = [
    ...fields
      .filter((f) => f.column !== false)
      .map((f) => ({
        key: f.name,
        dataIndex: f.name,
        title: f.label,
        ellipsis: f.kind === 'textarea',
        render: (v: unknown, rec: RefRecord) =>
          f.render ? f.render(v, rec) : f.kind === 'switch' ? (v ? t('label.yes') : t('label.no')) : f.options ? (f.options.find((o) => o.value === v)?.label ?? String(v ?? '')) : String(v ?? ''),
      })),
    {
      key: 'actions',
      title: t('label.actions'),
      width: 140,
      render: (_: unknown, rec: RefRecord) => (
        <Space size="small" onClick={(e) => e.stopPropagation()}>
          {rec.abilities.update && (
            <Button
              size="small"
              type="link"
              onClick={() => {
                form.setFieldsValue(rec);
                setEditing(rec);
              }}
            >
              {t('action.edit')}
            </Button>
          )}
          {rec.abilities.archive && (
            <Popconfirm title={t('msg.confirmArchive', { name: String(rec.name ?? '') })} onConfirm={() => archive.mutate({ rec, op: 'archive' })}>
              <Button size="small" type="link" danger>
                {t('action.archive')}
              </Button>
            </Popconfirm>
          )}
          {rec.abilities.restore && (
            <Button size="small" type="link" onClick={() => archive.mutate({ rec, op: 'restore' })}>
              {t('action.restore')}
            </Button>
          )}
          {rec.archivedAt && <Tag>{t('label.archived')}</Tag>}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={compact ? 5 : 4} style={compact ? { margin: 0, flex: 1, minWidth: 160 } : undefined}>
          {title}
        </Typography.Title>
        {extra}
        {exportable && (
          <Button onClick={() => download(`${resource}/export.xlsx`, { ...filters, q }, `${title}.xlsx`).catch((e: Error) => message.error(e.message))}>{t('action.export')}</Button>
        )}
        {importer && list.data?.abilities?.create && (
          <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
            {t('action.import')}
          </Button>
        )}
        {list.data?.abilities?.create && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              if (defaults) form.setFieldsValue(defaults);
              setEditing('new');
            }}
          >
            {t('action.create')}
          </Button>
        )}
      </div>
      {importer && importOpen && (
        <ImportWizard open={importOpen} onClose={() => setImportOpen(false)} {...importer} onImported={() => qc.invalidateQueries({ queryKey: [resource] })} />
      )}
      <div className="toolbar">
        <Input.Search
          allowClear
          placeholder={t('label.keyword')}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          style={{ maxWidth: 320 }}
        />
        {toolbar}
        <Space>
          <Switch checked={archived} onChange={setArchived} size="small" />
          {t('label.showArchived')}
        </Space>
      </div>
      <PagedTable<RefRecord>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        onRow={onSelect ? (rec) => ({ onClick: () => onSelect(rec), style: { cursor: 'pointer' } }) : undefined}
        rowClassName={(rec) => (selectedId && rec.id === selectedId ? 'ant-table-row-selected' : '')}
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPageChange={(p, s) => {
          setPage(p);
          setPageSize(s);
        }}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? `${t('action.create')}${title}` : `${t('action.edit')}${title}`}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} preserve={false}>
          {fields
            .filter((f) => f.form !== false)
            .map((f) => (
            <Form.Item
              key={f.name}
              name={f.name}
              label={f.label}
              extra={f.help}
              rules={f.required ? [{ required: true, message: t('form.required', { label: f.label }) }] : []}
              valuePropName={f.kind === 'switch' ? 'checked' : 'value'}
            >
              {fieldInput(f)}
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}

function fieldInput(f: RefField): ReactNode {
  switch (f.kind) {
    case 'textarea':
      return <Input.TextArea rows={3} />;
    case 'number':
      return <InputNumber style={{ width: '100%' }} />;
    case 'date':
      return <Input type="date" />;
    case 'select':
      return <Select options={f.options} allowClear={!f.required} showSearch={{ optionFilterProp: 'label' }} />;
    case 'switch':
      return <Switch />;
    default:
      return <Input />;
  }
}
