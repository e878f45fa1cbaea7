import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Divider, Form, Input, InputNumber, Modal, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n';
import { enumLabel, enumOptions, errorText, randomPassword } from './shared';

const ORG_LEVELS = ['national', 'province', 'city', 'district', 'county'] as const;
type OrgLevel = (typeof ORG_LEVELS)[number];
/** Pasting 'A，B、C' adds three places (ASCII and full-width comma, ideographic comma, space). */
const PLACE_SEPARATORS = [',', '\uFF0C', '\u3001', ' '];

interface OrgSettings {
  places?: string[];
  minutesDueWorkingDays?: number;
  proposalReplyMonths?: number;
  returnRequestWorkingDays?: number;
}

interface Org {
  id: string;
  parentId: string | null;
  name: string;
  shortName: string;
  level: string;
  regionName: string;
  sortOrder: number;
  settings: OrgSettings;
  version: number;
  isOwn: boolean;
  abilities: { update: boolean; createChild: boolean };
}

type OrgNode = Org & { children?: OrgNode[] };

function buildTree(items: Org[]): OrgNode[] {
  const byId = new Map<string, OrgNode>(items.map((o) => [o.id, { ...o }]));
  const roots: OrgNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

interface SettingsValues {
  name: string;
  shortName: string;
  regionName: string;
  places: string[];
  minutesDueWorkingDays?: number | null;
  proposalReplyMonths?: number | null;
  returnRequestWorkingDays?: number | null;
}

interface ChildValues {
  name: string;
  shortName: string;
  level: OrgLevel;
  regionName?: string;
  adminUsername: string;
  adminDisplayName: string;
  adminPassword: string;
}

/** 政协组织: the tree of the city and its district/county committees, own org settings, new child org. */
export function OrgTreePage() {
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<SettingsValues>();
  const [childForm] = Form.useForm<ChildValues>();
  const list = useQuery({ queryKey: ['/api/orgs'], queryFn: () => api.get<{ items: Org[]; total: number }>('/api/orgs') });
  const orgs = useMemo(() => list.data?.items ?? [], [list.data]);
  const tree = useMemo(() => buildTree(orgs), [orgs]);
  const own = orgs.find((o) => o.isOwn);
  const childLevels = useMemo(() => {
    const idx = own ? ORG_LEVELS.indexOf(own.level as OrgLevel) : -1;
    const below = idx >= 0 ? ORG_LEVELS.slice(idx + 1) : [];
    return enumOptions(below.length ? below : ORG_LEVELS, 'admin.orgLevel');
  }, [own]);

  const save = useMutation({
    mutationFn: (v: SettingsValues) => {
      if (!own) throw new Error('no org');
      const num = (x: number | null | undefined) => (typeof x === 'number' ? x : undefined);
      return api.patch<Org>(`/api/orgs/${own.id}`, {
        version: own.version,
        name: v.name,
        shortName: v.shortName,
        regionName: v.regionName ?? '',
        settings: {
          places: (v.places ?? []).map((p) => p.trim()).filter(Boolean),
          minutesDueWorkingDays: num(v.minutesDueWorkingDays),
          proposalReplyMonths: num(v.proposalReplyMonths),
          returnRequestWorkingDays: num(v.returnRequestWorkingDays),
        },
      });
    },
    onSuccess: () => {
      message.success(t('msg.saved'));
      qc.invalidateQueries({ queryKey: ['/api/orgs'] });
      qc.invalidateQueries({ queryKey: ['me'] });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        message.warning(t('msg.conflict'));
        qc.invalidateQueries({ queryKey: ['/api/orgs'] });
      } else message.error(errorText(e));
    },
  });

  const createChild = useMutation({
    mutationFn: (v: ChildValues) =>
      api.post<Org>('/api/orgs', {
        name: v.name,
        shortName: v.shortName,
        level: v.level,
        regionName: v.regionName ?? '',
        admin: { username: v.adminUsername, displayName: v.adminDisplayName, password: v.adminPassword },
      }),
    onSuccess: (org, v) => {
      setCreating(false);
      qc.invalidateQueries({ queryKey: ['/api/orgs'] });
      modal.success({
        title: t('admin.org.created', { name: org.name }),
        content: (
          <Space orientation="vertical">
            <span>{t('admin.org.createdAdmin', { username: v.adminUsername })}</span>
            <Typography.Text copyable={{ text: v.adminPassword }}>
              {t('admin.org.initialPassword')}
              <Typography.Text code>{v.adminPassword}</Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary">{t('admin.org.mustChangeHint')}</Typography.Text>
          </Space>
        ),
      });
    },
    onError: (e) => message.error(errorText(e)),
  });

  const columns: ColumnsType<OrgNode> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('label.name'),
      render: (v: string, o) => (
        <Space size={4} wrap>
          <span style={{ fontWeight: o.isOwn ? 600 : undefined }}>{v}</span>
          {o.isOwn && <Tag color="red">{t('admin.org.own')}</Tag>}
        </Space>
      ),
    },
    { key: 'shortName', dataIndex: 'shortName', title: t('admin.shortName') },
    { key: 'level', dataIndex: 'level', title: t('admin.org.level'), render: (v: string) => enumLabel('admin.orgLevel', v) },
    { key: 'regionName', dataIndex: 'regionName', title: t('admin.org.regionName') },
  ];

  const canEdit = !!own?.abilities.update;
  const settingsValues: SettingsValues | undefined = own
    ? {
        name: own.name,
        shortName: own.shortName,
        regionName: own.regionName,
        places: own.settings?.places ?? [],
        minutesDueWorkingDays: own.settings?.minutesDueWorkingDays ?? null,
        proposalReplyMonths: own.settings?.proposalReplyMonths ?? null,
        returnRequestWorkingDays: own.settings?.returnRequestWorkingDays ?? null,
      }
    : undefined;

  return (
    <>
      <div className="page-header">
        <Typography.Title level={4}>{t('nav.orgTree')}</Typography.Title>
        {own?.abilities.createChild && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              childForm.resetFields();
              childForm.setFieldsValue({ level: childLevels[0]?.value, adminPassword: randomPassword() });
              setCreating(true);
            }}
          >
            {t('admin.org.createChild')}
          </Button>
        )}
      </div>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('admin.org.tree')} size="small">
            {tree.length > 0 && (
              <Table<OrgNode>
                rowKey="id"
                size="small"
                loading={list.isLoading}
                dataSource={tree}
                columns={columns}
                pagination={false}
                scroll={{ x: 'max-content' }}
                expandable={{ defaultExpandAllRows: true }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('admin.org.settings')} size="small" loading={list.isLoading}>
            {own && settingsValues && (
              <Form<SettingsValues>
                key={`${own.id}:${own.version}`}
                name="orgSettings"
                form={form}
                layout="vertical"
                initialValues={settingsValues}
                disabled={!canEdit}
                onFinish={(v) => save.mutate(v)}
              >
                <Form.Item name="name" label={t('admin.org.name')} rules={[{ required: true, min: 2, max: 60, message: t('admin.org.nameRule') }]}>
                  <Input />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item name="shortName" label={t('admin.shortName')} rules={[{ required: true, max: 30, message: t('form.required', { label: t('admin.shortName') }) }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item name="regionName" label={t('admin.org.regionName')} rules={[{ max: 30 }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name="places" label={t('admin.org.places')} extra={canEdit ? t('admin.org.placesHelp') : undefined}>
                  <Select mode="tags" tokenSeparators={PLACE_SEPARATORS} open={false} suffixIcon={null} placeholder={t('admin.org.placesPlaceholder')} />
                </Form.Item>
                <Divider titlePlacement="start" plain>
                  {t('admin.org.deadlines')}
                </Divider>
                <Row gutter={12}>
                  <Col xs={24} sm={8}>
                    <Form.Item name="proposalReplyMonths" label={t('admin.org.proposalReplyMonths')}>
                      <InputNumber min={1} max={12} style={{ width: '100%' }} placeholder={t('admin.org.defaultValue')} suffix={t('admin.unit.months')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item name="minutesDueWorkingDays" label={t('admin.org.minutesDueWorkingDays')}>
                      <InputNumber min={1} max={60} style={{ width: '100%' }} placeholder={t('admin.org.defaultValue')} suffix={t('admin.unit.workingDays')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item name="returnRequestWorkingDays" label={t('admin.org.returnRequestWorkingDays')}>
                      <InputNumber min={1} max={30} style={{ width: '100%' }} placeholder={t('admin.org.defaultValue')} suffix={t('admin.unit.workingDays')} />
                    </Form.Item>
                  </Col>
                </Row>
                {canEdit && (
                  <Button type="primary" htmlType="submit" loading={save.isPending}>
                    {t('action.save')}
                  </Button>
                )}
              </Form>
            )}
          </Card>
        </Col>
      </Row>
      <Modal
        open={creating}
        title={t('admin.org.createChild')}
        onCancel={() => setCreating(false)}
        onOk={() => childForm.submit()}
        confirmLoading={createChild.isPending}
        forceRender
      >
        <Form<ChildValues> name="childOrg" form={childForm} layout="vertical" onFinish={(v) => createChild.mutate(v)}>
          <Form.Item name="name" label={t('admin.org.name')} rules={[{ required: true, min: 2, max: 60, message: t('admin.org.nameRule') }]}>
            <Input placeholder={t('admin.org.namePlaceholder')} />
          </Form.Item>
          <Form.Item name="shortName" label={t('admin.shortName')} rules={[{ required: true, max: 30, message: t('form.required', { label: t('admin.shortName') }) }]}>
            <Input />
          </Form.Item>
          <Form.Item name="level" label={t('admin.org.level')} rules={[{ required: true }]}>
            <Select options={childLevels} />
          </Form.Item>
          <Form.Item name="regionName" label={t('admin.org.regionName')}>
            <Input />
          </Form.Item>
          <Divider titlePlacement="start" plain>
            {t('admin.org.firstAdmin')}
          </Divider>
          <Form.Item
            name="adminUsername"
            label={t('admin.user.username')}
            rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{3,40}$/, message: t('admin.user.usernameRule') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="adminDisplayName" label={t('admin.user.displayName')} rules={[{ required: true, max: 30, message: t('form.required', { label: t('admin.user.displayName') }) }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.user.initialPassword')} extra={t('auth.passwordRule')} required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item
                name="adminPassword"
                noStyle
                rules={[{ required: true, pattern: /^(?=.*[A-Za-z])(?=.*\d).{8,}$/, message: t('auth.passwordRule') }]}
              >
                <Input autoComplete="new-password" />
              </Form.Item>
              <Button onClick={() => childForm.setFieldsValue({ adminPassword: randomPassword() })}>{t('admin.generate')}</Button>
            </Space.Compact>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
