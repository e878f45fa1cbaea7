import { PagedTable } from '../../components/PagedTable';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { api, type Page } from '../../api/client';
import { useAuth } from '../../app/auth';
import { t } from '../../i18n';
import { ROLE_LABELS, type Role } from '../../../core/roles';
import { enumLabel, errorText, fmtTime, hasMessage, useMobile } from './shared';
import './admin.css';

interface AuditEvent {
  id: number;
  orgId: string | null;
  actorId: string | null;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string;
  changes: Record<string, unknown> | null;
  ip: string;
  requestId: string;
  at: string;
}

interface UserOption {
  id: string;
  username: string;
  displayName: string;
}

const REF_TYPES = ['term', 'plenarySession', 'sector', 'committee', 'unit', 'leader', 'memberGroup'] as const;
/** Target types and the actions the server records for them (the filter offers these). */
const ACTIONS: Record<string, readonly string[]> = {
  ...Object.fromEntries(REF_TYPES.map((tt) => [tt, ['create', 'update', 'archive', 'restore'].map((v) => `${tt}.${v}`)])),
  unit: ['unit.create', 'unit.update', 'unit.archive', 'unit.restore', 'unit.import'],
  org: ['org.create', 'org.update'],
  user: ['user.create', 'user.update', 'user.resetPassword', 'user.changePassword', 'user.disable', 'user.enable', 'user.unlock', 'user.archive', 'user.restore'],
  member: ['member.create', 'member.update', 'member.setCommittees', 'member.archive', 'member.restore', 'member.import'],
  apiToken: ['token.create', 'token.revoke'],
  calendarDay: ['calendarDay.set'],
  attachment: ['attachment.upload', 'attachment.download', 'attachment.archive'],
};
const TARGET_TYPES = Object.keys(ACTIONS);

/** 修改用户 from `user.update`: the verb and the target type, each from the catalog. */
export function actionLabel(action: string, targetType?: string): string {
  const fixed = `admin.audit.action.${action}`;
  if (hasMessage(fixed)) return t(fixed);
  const dot = action.lastIndexOf('.');
  const verb = action.slice(dot + 1);
  const type = targetType ?? action.slice(0, dot);
  const vKey = `admin.audit.verb.${verb}`;
  if (!hasMessage(vKey)) return action;
  return `${t(vKey)}${enumLabel('admin.targetType', type)}`;
}

function fieldLabel(key: string): string {
  const k = `admin.field.${key}`;
  return hasMessage(k) ? t(k) : key;
}

/** A recorded value in words: enum codes through the catalog (`admin.value.<field>.<code>`), roles by their labels. */
function valueText(v: unknown, field = ''): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? t('label.yes') : t('label.no');
  if (Array.isArray(v)) return v.length ? v.map((x) => valueText(x, field)).join(t('admin.listSep')) : '—';
  if (typeof v === 'object') return JSON.stringify(v);
  if (field === 'roles' && typeof v === 'string' && v in ROLE_LABELS) return ROLE_LABELS[v as Role];
  const key = `admin.value.${field}.${String(v)}`;
  return hasMessage(key) ? t(key) : String(v);
}

function isDiff(v: unknown): v is { from: unknown; to: unknown } {
  return !!v && typeof v === 'object' && !Array.isArray(v) && 'from' in v && 'to' in v;
}

interface ChangeRow {
  key: string;
  name: string;
  field: string;
  from?: unknown;
  to: unknown;
}

/** The `changes` of an audit row as a readable table: from → to for diffs, field → value otherwise. */
function ChangesTable({ changes }: { changes: Record<string, unknown> | null }) {
  if (!changes || Object.keys(changes).length === 0) return <Typography.Text type="secondary">{t('admin.audit.noChanges')}</Typography.Text>;
  const entries = Object.entries(changes);
  const diffMode = entries.every(([, v]) => isDiff(v));
  const rows: ChangeRow[] = entries.map(([k, v]) => (isDiff(v) ? { key: k, name: k, field: fieldLabel(k), from: v.from, to: v.to } : { key: k, name: k, field: fieldLabel(k), to: v }));
  const columns: ColumnsType<ChangeRow> = diffMode
    ? [
        { key: 'field', dataIndex: 'field', title: t('admin.audit.field'), width: 140 },
        { key: 'from', dataIndex: 'from', title: t('admin.audit.from'), render: (v: unknown, r) => <span className="audit-from">{valueText(v, r.name)}</span> },
        { key: 'to', dataIndex: 'to', title: t('admin.audit.to'), render: (v: unknown, r) => <span className="audit-to">{valueText(v, r.name)}</span> },
      ]
    : [
        { key: 'field', dataIndex: 'field', title: t('admin.audit.field'), width: 140 },
        { key: 'to', dataIndex: 'to', title: t('admin.audit.value'), render: (v: unknown, r) => valueText(v, r.name) },
      ];
  return <Table<ChangeRow> rowKey="key" size="small" pagination={false} dataSource={rows} columns={columns} scroll={{ x: 'max-content' }} className="audit-changes" />;
}

/** 操作日志: the org's audit trail, read only. */
export function AuditPage() {
  const { hasRole } = useAuth();
  const mobile = useMobile();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [actor, setActor] = useState<{ id: string; name: string } | null>(null);
  const [userQ, setUserQ] = useState('');
  const [targetType, setTargetType] = useState<string | undefined>();
  const [action, setAction] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const query = {
    page,
    pageSize,
    actorId: actor?.id,
    targetType,
    action,
    from: range?.[0] ? range[0].startOf('day').format() : undefined,
    to: range?.[1] ? range[1].add(1, 'day').startOf('day').format() : undefined,
  };
  const list = useQuery({ queryKey: ['/api/audit-events', query], queryFn: () => api.get<Page<AuditEvent>>('/api/audit-events', query) });
  const canListUsers = hasRole('officeAdmin');
  const users = useQuery({
    queryKey: ['/api/users', 'pick', userQ],
    queryFn: () => api.get<Page<UserOption>>('/api/users', { q: userQ, pageSize: 20, archived: 'include' }),
    enabled: canListUsers,
  });
  const actionOptions = useMemo(
    () => (targetType ? (ACTIONS[targetType] ?? []) : TARGET_TYPES.flatMap((tt) => ACTIONS[tt])).map((a) => ({ value: a, label: actionLabel(a) })),
    [targetType],
  );
  const reset = (fn: () => void) => {
    fn();
    setPage(1);
  };

  const columns: ColumnsType<AuditEvent> = [
    { key: 'at', dataIndex: 'at', title: t('admin.audit.at'), render: (v: string) => fmtTime(v), width: 150 },
    {
      key: 'actor',
      dataIndex: 'actorName',
      title: t('admin.audit.actor'),
      render: (v: string, e) =>
        e.actorId ? (
          <Typography.Link onClick={(ev) => (ev.stopPropagation(), reset(() => setActor({ id: e.actorId!, name: v })))} title={t('admin.audit.filterByActor')}>
            {v}
          </Typography.Link>
        ) : (
          v || t('admin.audit.system')
        ),
    },
    { key: 'action', dataIndex: 'action', title: t('admin.audit.action'), render: (v: string, e) => <Tag>{actionLabel(v, e.targetType)}</Tag> },
    {
      key: 'target',
      title: t('admin.audit.target'),
      render: (_: unknown, e) => (
        <span>
          <Typography.Text type="secondary">{enumLabel('admin.targetType', e.targetType)}</Typography.Text> {e.targetLabel}
        </span>
      ),
    },
    { key: 'ip', dataIndex: 'ip', title: t('admin.audit.ip') },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={4}>{t('nav.audit')}</Typography.Title>
      </div>
      <div className="toolbar toolbar-2col">
        {canListUsers ? (
          <Select
            allowClear
            showSearch={{ filterOption: false, onSearch: setUserQ }}
            placeholder={t('admin.audit.actor')}
            style={{ minWidth: 160 }}
            value={actor?.id}
            options={[
              ...(actor && !users.data?.items.some((u) => u.id === actor.id) ? [{ value: actor.id, label: actor.name }] : []),
              ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: t('admin.paren', { a: u.displayName, b: u.username }) })),
            ]}
            onChange={(id: string | undefined, opt) => reset(() => setActor(id ? { id, name: Array.isArray(opt) ? '' : String(opt?.label ?? '') } : null))}
          />
        ) : (
          actor && (
            <Tag closable onClose={() => reset(() => setActor(null))} style={{ alignSelf: 'center' }}>
              {t('admin.labelValue', { label: t('admin.audit.actor'), value: actor.name })}
            </Tag>
          )
        )}
        <Select
          allowClear
          placeholder={t('admin.audit.targetType')}
          style={{ minWidth: 140 }}
          value={targetType}
          options={TARGET_TYPES.map((tt) => ({ value: tt, label: enumLabel('admin.targetType', tt) }))}
          onChange={(v: string | undefined) =>
            reset(() => {
              setTargetType(v);
              setAction(undefined);
            })
          }
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('admin.audit.action')}
          style={{ minWidth: 160 }}
          value={action}
          options={actionOptions}
          onChange={(v: string | undefined) => reset(() => setAction(v))}
        />
        {mobile ? (
          // Two single pickers on phones: the range picker's two-month panel is wider than the screen.
          <>
            <DatePicker placeholder={t('admin.startDate')} value={range?.[0] ?? null} onChange={(d) => reset(() => setRange([d, range?.[1] ?? null]))} />
            <DatePicker placeholder={t('admin.endDate')} value={range?.[1] ?? null} onChange={(d) => reset(() => setRange([range?.[0] ?? null, d]))} />
          </>
        ) : (
          <DatePicker.RangePicker value={range} onChange={(v) => reset(() => setRange(v))} allowEmpty={[true, true]} />
        )}
        <Button
          onClick={() =>
            reset(() => {
              setActor(null);
              setTargetType(undefined);
              setAction(undefined);
              setRange(null);
            })
          }
        >
          {t('action.reset')}
        </Button>
      </div>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <PagedTable<AuditEvent>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        expandable={{
          expandedRowRender: (e) => <ChangesTable changes={e.changes} />,
          rowExpandable: (e) => !!e.changes && Object.keys(e.changes).length > 0,
          expandRowByClick: true,
        }}
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPageChange={(p, s) => {
          setPage(p);
          setPageSize(s);
        }}
      />
    </>
  );
}
