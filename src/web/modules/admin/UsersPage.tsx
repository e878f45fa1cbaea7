import { PagedTable } from '../../components/PagedTable';
import { DownOutlined, MoreOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Dropdown, Form, Input, Select, Space, Switch, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api, ApiError, type Page } from '../../api/client';
import type { Role } from '../../../core/roles';
import { t } from '../../i18n';
import { errorText, fmtTime, useMobile } from './shared';

interface UserRec {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  roleLabels: string[];
  memberId: string | null;
  unitId: string | null;
  memberName: string | null;
  unitName: string | null;
  phone: string;
  email: string;
  mustChangePassword: boolean;
  disabled: boolean;
  locked: boolean;
  failedLogins: number;
  lastLoginAt: string | null;
  archivedAt: string | null;
  version: number;
  abilities: { update: boolean; resetPassword: boolean; disable: boolean; enable: boolean; unlock: boolean; archive: boolean; restore: boolean; viewLoginEvents: boolean };
}

type UserWithPassword = UserRec & { generatedPassword?: string };

interface UserForm {
  username?: string;
  displayName: string;
  roles: Role[];
  memberId?: string | null;
  unitId?: string | null;
  phone?: string;
  email?: string;
  password?: string;
}

const UNIT_ROLES: readonly Role[] = ['unitAdmin', 'unitHandler'];
type StateOp = 'disable' | 'enable' | 'unlock' | 'archive' | 'restore';
const STATE_OPS: readonly StateOp[] = ['disable', 'enable', 'unlock', 'archive', 'restore'];

/** A searchable remote select; `initial` labels the current value before any search. */
function RemoteSelect(props: {
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
  initial?: { value: string; label: string } | null;
  queryKey: string;
  fetch: (q: string) => Promise<Array<{ value: string; label: string }>>;
  placeholder: string;
}) {
  const [q, setQ] = useState('');
  const res = useQuery({ queryKey: [props.queryKey, 'pick', q], queryFn: () => props.fetch(q) });
  const options = res.data ?? [];
  const all = props.initial && !options.some((o) => o.value === props.initial!.value) ? [props.initial, ...options] : options;
  return (
    <Select
      id={props.id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={res.isFetching}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange?.(v ?? null)}
      options={all}
      placeholder={props.placeholder}
      notFoundContent={res.isFetching ? t('msg.loading') : t('msg.empty')}
    />
  );
}

/** 用户与角色: the org's accounts. */
export function UsersPage() {
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const mobile = useMobile();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [disabled, setDisabled] = useState<'true' | 'false' | undefined>();
  const [archived, setArchived] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<UserRec | 'new' | null>(null);
  const [form] = Form.useForm<UserForm>();
  const formRoles = Form.useWatch('roles', form) ?? [];
  const query = { q, role, disabled, page, pageSize, archived: archived ? 'only' : 'exclude' };
  const list = useQuery({ queryKey: ['/api/users', query], queryFn: () => api.get<Page<UserRec>>('/api/users', query) });
  const roles = useQuery({ queryKey: ['/api/roles'], queryFn: () => api.get<{ items: Array<{ id: Role; label: string }> }>('/api/roles'), staleTime: Infinity });
  const roleOptions = (roles.data?.items ?? []).map((r) => ({ value: r.id, label: r.label }));
  const invalidate = () => qc.invalidateQueries({ queryKey: ['/api/users'] });

  function onError(e: unknown) {
    message.error(errorText(e));
    if (e instanceof ApiError && e.code === 'CONFLICT') invalidate();
  }

  function showPassword(u: UserRec, password: string, titleKey: 'admin.user.createdTitle' | 'admin.user.resetTitle') {
    modal.info({
      title: t(titleKey, { name: u.displayName }),
      width: 420,
      content: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title={t('admin.user.passwordOnce')} />
          <div>
            {t('admin.labelValue', { label: t('admin.user.username'), value: '' })}
            <Typography.Text code>{u.username}</Typography.Text>
          </div>
          <div>
            {t('admin.labelValue', { label: t('admin.user.initialPassword'), value: '' })}
            <Typography.Text code copyable={{ text: password }} style={{ fontSize: 16 }}>
              {password}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary">{t('admin.org.mustChangeHint')}</Typography.Text>
        </Space>
      ),
    });
  }

  const save = useMutation({
    mutationFn: async (v: UserForm) => {
      const needsMember = v.roles.includes('member');
      const needsUnit = v.roles.some((r) => UNIT_ROLES.includes(r));
      const common = {
        displayName: v.displayName,
        roles: v.roles,
        memberId: needsMember ? (v.memberId ?? null) : null,
        unitId: needsUnit ? (v.unitId ?? null) : null,
        phone: v.phone ?? '',
        email: v.email ?? '',
      };
      if (editing === 'new') return api.post<UserWithPassword>('/api/users', { ...common, username: v.username, password: v.password || undefined });
      if (!editing) throw new Error('no user');
      return api.patch<UserWithPassword>(`/api/users/${editing.id}`, { ...common, version: editing.version });
    },
    onSuccess: (u) => {
      setEditing(null);
      invalidate();
      if (u.generatedPassword) showPassword(u, u.generatedPassword, 'admin.user.createdTitle');
      else message.success(t('msg.saved'));
    },
    onError,
  });

  const resetPassword = useMutation({
    mutationFn: (u: UserRec) => api.post<UserWithPassword>(`/api/users/${u.id}/reset-password`, { version: u.version }),
    onSuccess: (u) => {
      invalidate();
      if (u.generatedPassword) showPassword(u, u.generatedPassword, 'admin.user.resetTitle');
    },
    onError,
  });

  const stateOp = useMutation({
    mutationFn: (args: { u: UserRec; op: StateOp }) => api.post<UserRec>(`/api/users/${args.u.id}/${args.op}`, { version: args.u.version }),
    onSuccess: (_u, v) => {
      message.success(t(`admin.user.op.${v.op}.done`));
      invalidate();
    },
    onError,
  });

  function confirmOp(u: UserRec, op: StateOp) {
    modal.confirm({
      title: t(`admin.user.op.${op}.confirm`, { name: u.displayName }),
      okButtonProps: { danger: op === 'disable' || op === 'archive' },
      onOk: () => stateOp.mutateAsync({ u, op }),
    });
  }

  function confirmReset(u: UserRec) {
    modal.confirm({
      title: t('admin.user.resetConfirm', { name: u.displayName }),
      content: t('admin.user.resetConfirmHint'),
      onOk: () => resetPassword.mutateAsync(u),
    });
  }

  function openEdit(u: UserRec | 'new') {
    form.resetFields();
    if (u !== 'new') form.setFieldsValue({ displayName: u.displayName, roles: u.roles, memberId: u.memberId, unitId: u.unitId, phone: u.phone, email: u.email });
    setEditing(u);
  }

  const columns: ColumnsType<UserRec> = [
    { key: 'username', dataIndex: 'username', title: t('admin.user.username') },
    { key: 'displayName', dataIndex: 'displayName', title: t('admin.user.displayName') },
    {
      key: 'roles',
      dataIndex: 'roleLabels',
      title: t('admin.user.roles'),
      render: (labels: string[]) => (
        <Space size={[4, 4]} wrap style={{ maxWidth: 260 }}>
          {labels.map((l) => (
            <Tag key={l}>{l}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'link',
      title: t('admin.user.link'),
      render: (_: unknown, u) => (u.memberName ? t('admin.user.linkMember', { name: u.memberName }) : u.unitName ? t('admin.user.linkUnit', { name: u.unitName }) : ''),
    },
    {
      key: 'status',
      title: t('label.status'),
      render: (_: unknown, u) => (
        <Space size={[4, 4]} wrap>
          {u.archivedAt ? <Tag>{t('label.archived')}</Tag> : u.disabled ? <Tag color="red">{t('admin.user.disabled')}</Tag> : <Tag color="green">{t('label.active')}</Tag>}
          {u.locked && <Tag color="orange">{t('admin.user.locked')}</Tag>}
          {!u.locked && u.failedLogins > 0 && <Tag color="gold">{t('admin.user.failedLogins', { n: u.failedLogins })}</Tag>}
          {u.mustChangePassword && <Tag color="blue">{t('admin.user.mustChange')}</Tag>}
        </Space>
      ),
    },
    { key: 'lastLoginAt', dataIndex: 'lastLoginAt', title: t('admin.user.lastLoginAt'), render: (v: string | null) => fmtTime(v) || t('admin.user.neverLoggedIn') },
    {
      key: 'actions',
      title: t('label.actions'),
      fixed: 'right',
      render: (_: unknown, u) => {
        const more = STATE_OPS.filter((op) => u.abilities[op]).map((op) => ({
          key: op,
          danger: op === 'disable' || op === 'archive',
          label: t(`admin.user.op.${op}`),
          onClick: () => confirmOp(u, op),
        }));
        if (mobile) {
          // One compact menu on phones, so the column stays visible while the table scrolls.
          const all = [
            ...(u.abilities.update ? [{ key: 'edit', label: t('action.edit'), onClick: () => openEdit(u) }] : []),
            ...(u.abilities.resetPassword ? [{ key: 'reset', label: t('admin.user.resetPassword'), onClick: () => confirmReset(u) }] : []),
            ...more,
          ];
          return all.length > 0 ? (
            <Dropdown menu={{ items: all }} trigger={['click']}>
              <Button size="small" type="text" icon={<MoreOutlined />} aria-label={t('label.actions')} />
            </Dropdown>
          ) : null;
        }
        return (
          <Space size={0}>
            {u.abilities.update && (
              <Button size="small" type="link" onClick={() => openEdit(u)}>
                {t('action.edit')}
              </Button>
            )}
            {u.abilities.resetPassword && (
              <Button size="small" type="link" onClick={() => confirmReset(u)}>
                {t('admin.user.resetPassword')}
              </Button>
            )}
            {more.length > 0 && (
              <Dropdown menu={{ items: more }} trigger={['click']}>
                <Button size="small" type="link">
                  {t('action.more')} <DownOutlined />
                </Button>
              </Dropdown>
            )}
          </Space>
        );
      },
    },
  ];

  const isNew = editing === 'new';
  const current = editing && editing !== 'new' ? editing : null;
  const needsMember = formRoles.includes('member');
  const needsUnit = formRoles.some((r) => UNIT_ROLES.includes(r));

  return (
    <>
      <div className="page-header">
        <Typography.Title level={4}>{t('nav.users')}</Typography.Title>
        {list.data?.abilities?.create && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openEdit('new')}>
            {t('admin.user.create')}
          </Button>
        )}
      </div>
      <div className="toolbar">
        <Input.Search
          allowClear
          placeholder={t('admin.user.searchPlaceholder')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
          style={{ maxWidth: 280 }}
        />
        <Select
          allowClear
          placeholder={t('admin.user.roleFilter')}
          options={roleOptions}
          value={role}
          onChange={(v: Role | undefined) => {
            setRole(v);
            setPage(1);
          }}
          style={{ minWidth: 160 }}
        />
        <Select
          allowClear
          placeholder={t('label.status')}
          value={disabled}
          options={[
            { value: 'false', label: t('label.active') },
            { value: 'true', label: t('admin.user.disabled') },
          ]}
          onChange={(v: 'true' | 'false' | undefined) => {
            setDisabled(v);
            setPage(1);
          }}
          style={{ minWidth: 110 }}
        />
        <Space>
          <Switch
            size="small"
            checked={archived}
            onChange={(v) => {
              setArchived(v);
              setPage(1);
            }}
          />
          {t('label.showArchived')}
        </Space>
      </div>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <PagedTable<UserRec>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPageChange={(p, s) => {
          setPage(p);
          setPageSize(s);
        }}
      />
      <Drawer
        open={editing !== null}
        title={isNew ? t('admin.user.create') : t('admin.user.edit', { name: current?.displayName ?? '' })}
        size={mobile ? '100%' : 520}
        onClose={() => setEditing(null)}
        forceRender
        extra={
          <Space>
            <Button onClick={() => setEditing(null)}>{t('action.cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
              {t('action.save')}
            </Button>
          </Space>
        }
      >
        <Form<UserForm> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          {isNew ? (
            <Form.Item name="username" label={t('admin.user.username')} extra={t('admin.user.usernameRule')} rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{3,40}$/, message: t('admin.user.usernameRule') }]}>
              <Input autoComplete="off" />
            </Form.Item>
          ) : (
            <Form.Item label={t('admin.user.username')}>
              <Typography.Text code>{current?.username}</Typography.Text>
            </Form.Item>
          )}
          <Form.Item name="displayName" label={t('admin.user.displayName')} rules={[{ required: true, max: 30, message: t('form.required', { label: t('admin.user.displayName') }) }]}>
            <Input />
          </Form.Item>
          <Form.Item name="roles" label={t('admin.user.roles')} rules={[{ required: true, message: t('admin.user.rolesRequired') }]}>
            <Select mode="multiple" options={roleOptions} showSearch={{ optionFilterProp: 'label' }} placeholder={t('admin.user.rolesRequired')} />
          </Form.Item>
          {needsMember && (
            <Form.Item name="memberId" label={t('admin.user.member')} extra={t('admin.user.memberHelp')} rules={[{ required: true, message: t('admin.user.memberRequired') }]}>
              <RemoteSelect
                queryKey="/api/members"
                placeholder={t('admin.user.memberSearch')}
                initial={current?.memberId && current.memberName ? { value: current.memberId, label: current.memberName } : null}
                fetch={async (s) => {
                  const r = await api.get<Page<{ id: string; name: string; sectorName: string | null }>>('/api/members', { q: s, pageSize: 20, status: 'all' });
                  return r.items.map((m) => ({ value: m.id, label: m.sectorName ? t('admin.paren', { a: m.name, b: m.sectorName }) : m.name }));
                }}
              />
            </Form.Item>
          )}
          {needsUnit && (
            <Form.Item name="unitId" label={t('admin.user.unit')} rules={[{ required: true, message: t('admin.user.unitRequired') }]}>
              <RemoteSelect
                queryKey="/api/units"
                placeholder={t('admin.user.unitSearch')}
                initial={current?.unitId && current.unitName ? { value: current.unitId, label: current.unitName } : null}
                fetch={async (s) => {
                  const r = await api.get<Page<{ id: string; name: string }>>('/api/units', { q: s, pageSize: 50 });
                  return r.items.map((u) => ({ value: u.id, label: u.name }));
                }}
              />
            </Form.Item>
          )}
          <Form.Item name="phone" label={t('admin.user.phone')} rules={[{ max: 30 }]}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item name="email" label={t('admin.user.email')} rules={[{ type: 'email', message: t('admin.user.emailInvalid') }]}>
            <Input inputMode="email" />
          </Form.Item>
          {isNew && (
            <Form.Item name="password" label={t('admin.user.initialPassword')} extra={t('admin.user.passwordHelp')} rules={[{ pattern: /^(?=.*[A-Za-z])(?=.*\d).{8,}$/, message: t('auth.passwordRule') }]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
        </Form>
      </Drawer>
    </>
  );
}
