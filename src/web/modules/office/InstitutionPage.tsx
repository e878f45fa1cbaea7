import './office.css';
import { ArrowLeftOutlined, CheckCircleOutlined, EditOutlined, FileAddOutlined, InboxOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal, Popconfirm, Result, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n';
import { InstitutionFormDrawer } from './InstitutionFormDrawer';
import { INSTITUTION_STATUS_COLORS } from './colors';
import { InstitutionVersionModal } from './InstitutionVersionModal';
import { errorText, isConflict, label, officeKeys, useMobile } from './shared';
import type { InstitutionDetail } from './types';
import { VersionAttachments } from './VersionAttachments';

type Transition = 'publish' | 'repeal';

/** /institutions/:id — one rule: metadata, the text in force, status actions, version history. */
export function InstitutionPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const mobile = useMobile();
  const [editOpen, setEditOpen] = useState(false);
  const [versionOpen, setVersionOpen] = useState(false);
  const [transition, setTransition] = useState<Transition | null>(null);
  const [form] = Form.useForm<{ day?: Dayjs | null; reason?: string }>();
  const q = useQuery({ queryKey: officeKeys.institution(id), queryFn: () => api.get<InstitutionDetail>(`/api/institutions/${id}`), enabled: !!id });

  const onError = async (e: unknown) => {
    if (isConflict(e)) {
      message.warning(t('msg.conflict'));
      await qc.invalidateQueries({ queryKey: officeKeys.institutions });
    } else message.error(errorText(e));
  };
  const act = useMutation({
    mutationFn: (v: { op: Transition; day?: Dayjs | null; reason?: string }) => {
      const x = q.data!;
      const day = v.day ? v.day.format('YYYY-MM-DD') : undefined;
      return v.op === 'publish'
        ? api.post<InstitutionDetail>(`/api/institutions/${x.id}/publish`, { version: x.version, effectiveOn: day })
        : api.post<InstitutionDetail>(`/api/institutions/${x.id}/repeal`, { version: x.version, repealedOn: day, reason: v.reason || undefined });
    },
    onSuccess: async (_r, v) => {
      message.success(v.op === 'publish' ? t('inst.published') : t('inst.repealed'));
      setTransition(null);
      await qc.invalidateQueries({ queryKey: officeKeys.institutions });
      // Whether files may still be added follows the status.
      await qc.invalidateQueries({ queryKey: ['attachments'] });
    },
    onError: async (e) => {
      setTransition(null);
      await onError(e);
    },
  });
  const archive = useMutation({
    mutationFn: (op: 'archive' | 'restore') => api.post<InstitutionDetail>(`/api/institutions/${id}/${op}`, { version: q.data!.version }),
    onSuccess: async (_r, op) => {
      message.success(op === 'archive' ? t('msg.archived') : t('msg.restored'));
      await qc.invalidateQueries({ queryKey: officeKeys.institutions });
      await qc.invalidateQueries({ queryKey: ['attachments'] });
    },
    onError,
  });

  const back = (
    <Link to="/institutions">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('inst.backToList')}
      </Button>
    </Link>
  );
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (q.isError || !q.data) {
    const notFound = q.error instanceof ApiError && q.error.status === 404;
    return <Result status={notFound ? '404' : 'warning'} title={notFound ? t('msg.notFound') : errorText(q.error)} extra={back} />;
  }
  const x = q.data;
  const a = x.abilities;

  const actions = (
    <Space wrap size={8}>
      {a.publish && (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setTransition('publish')}>
          {t('inst.action.publish')}
        </Button>
      )}
      {a.addVersion && (
        <Button icon={<FileAddOutlined />} onClick={() => setVersionOpen(true)}>
          {t('inst.action.addVersion')}
        </Button>
      )}
      {a.update && (
        <Button icon={<EditOutlined />} onClick={() => setEditOpen(true)}>
          {t('action.edit')}
        </Button>
      )}
      {a.repeal && (
        <Button danger icon={<StopOutlined />} onClick={() => setTransition('repeal')}>
          {t('inst.action.repeal')}
        </Button>
      )}
      {a.archive && (
        <Popconfirm title={t('msg.confirmArchive', { name: x.title })} onConfirm={() => archive.mutate('archive')} okButtonProps={{ danger: true }}>
          <Button icon={<InboxOutlined />} loading={archive.isPending}>
            {t('action.archive')}
          </Button>
        </Popconfirm>
      )}
      {a.restore && (
        <Button icon={<UndoOutlined />} onClick={() => archive.mutate('restore')} loading={archive.isPending}>
          {t('action.restore')}
        </Button>
      )}
    </Space>
  );

  const meta: DescriptionsProps['items'] = [
    { key: 'docNumber', label: t('inst.field.docNumber'), children: x.docNumber || t('label.none') },
    { key: 'issuingBody', label: t('inst.field.issuingBody'), children: x.issuingBody || t('label.none') },
    { key: 'kind', label: t('inst.field.kind'), children: label('inst.kind', x.kind) },
    { key: 'effectiveOn', label: t('inst.field.effectiveOn'), children: <span className="tabular">{x.effectiveOn ?? t('label.none')}</span> },
    ...(x.repealedOn ? [{ key: 'repealedOn', label: t('inst.field.repealedOn'), children: <span className="tabular">{x.repealedOn}</span> }] : []),
    { key: 'version', label: t('inst.field.currentVersion'), children: x.currentVersionNo ? t('inst.versionNo', { n: x.currentVersionNo }) : t('label.none') },
    ...(x.summary ? [{ key: 'summary', label: t('inst.field.summary'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{x.summary}</span>, span: 'filled' as const }] : []),
  ];
  const hasActions = a.publish || a.addVersion || a.update || a.repeal || a.archive || a.restore;

  return (
    <div className="office-page">
      <div>{back}</div>
      <Card>
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={6}>
            <Tag color={INSTITUTION_STATUS_COLORS[x.status] ?? 'default'}>{label('inst.status', x.status)}</Tag>
            <Tag>{label('inst.kind', x.kind)}</Tag>
            {x.archivedAt && <Tag>{t('label.archived')}</Tag>}
          </Space>
          <Typography.Title level={mobile ? 4 : 3} style={{ margin: 0 }}>
            {x.title}
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={meta} />
          {hasActions && actions}
        </Space>
      </Card>

      <Card title={t('inst.section.text')} size="small">
        {x.currentText ? <div className="inst-body">{x.currentText}</div> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inst.noText')} />}
      </Card>

      <Card title={t('inst.section.versions')} size="small">
        {x.versions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('msg.empty')} />
        ) : (
          <Timeline
            style={{ paddingTop: 8 }}
            items={x.versions.map((v) => ({
              key: v.id,
              color: v.isCurrent ? 'green' : 'gray',
              content: (
                <div>
                  <div className="inst-version-head">
                    <Typography.Text strong>{t('inst.versionNo', { n: v.versionNo })}</Typography.Text>
                    {v.isCurrent && <Tag color="green">{t('inst.current')}</Tag>}
                    {v.effectiveOn && (
                      <Typography.Text type="secondary" className="tabular">
                        {t('inst.field.effectiveOn')} {v.effectiveOn}
                      </Typography.Text>
                    )}
                  </div>
                  {v.changeNote && <div>{v.changeNote}</div>}
                  <VersionAttachments ownerType={v.attachmentOwner.ownerType} ownerId={v.attachmentOwner.ownerId} />
                </div>
              ),
            }))}
          />
        )}
      </Card>

      {a.update && <InstitutionFormDrawer open={editOpen} onClose={() => setEditOpen(false)} institution={x} />}
      {a.addVersion && <InstitutionVersionModal open={versionOpen} onClose={() => setVersionOpen(false)} institution={x} />}
      <Modal
        open={transition !== null}
        title={transition === 'repeal' ? t('inst.repealTitle', { name: x.title }) : t('inst.publishTitle', { name: x.title })}
        onCancel={() => setTransition(null)}
        onOk={() => form.submit()}
        okText={transition === 'repeal' ? t('inst.action.repeal') : t('inst.action.publish')}
        okButtonProps={{ danger: transition === 'repeal' }}
        confirmLoading={act.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ day: transition === 'publish' && x.effectiveOn ? dayjs(x.effectiveOn) : dayjs() }}
          onFinish={(v) => transition && act.mutate({ op: transition, ...v })}
        >
          <Form.Item name="day" label={transition === 'repeal' ? t('inst.field.repealedOn') : t('inst.field.effectiveOn')}>
            <DatePicker style={{ width: '100%' }} inputReadOnly={mobile} />
          </Form.Item>
          {transition === 'repeal' && (
            <Form.Item name="reason" label={t('inst.field.reason')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
