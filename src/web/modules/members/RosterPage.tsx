import './members.css';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Grid, Result, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, download, type Page } from '../../api/client';
import { t } from '../../i18n';
import { ImportWizard } from '../../components/ImportWizard';
import { MemberCardList } from './MemberCardList';
import { MemberFormDrawer } from './MemberFormDrawer';
import { MemberTags } from './MemberTags';
import { committeeRoleLabel, errorText, memberKeys, statusLabel, STATUS_COLORS } from './refs';
import { FILTER_KEYS, RosterFilters } from './RosterFilters';
import type { RosterAbilities, RosterItem } from './types';
import { useUrlFilters } from '../../components/useUrlFilters';

const DEFAULT_PAGE_SIZE = 20;

/** 委员名册: filters and search in the URL, table on desktop, cards on phones. */
export function RosterPage() {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const qc = useQueryClient();
  const [importOpen, setImportOpen] = useState(false);
  const [createOpen, setCreateOpen] = useState(false);
  const [exporting, setExporting] = useState(false);

  const { filters, page, pageSize, update } = useUrlFilters(FILTER_KEYS, DEFAULT_PAGE_SIZE);
  const query = { ...filters, page, pageSize };

  const list = useQuery({
    queryKey: memberKeys.list(query),
    queryFn: () => api.get<Page<RosterItem> & { abilities?: RosterAbilities }>('/api/members', query),
    placeholderData: keepPreviousData,
  });
  const abilities: RosterAbilities = list.data?.abilities ?? {};


  async function exportXlsx() {
    setExporting(true);
    try {
      await download('/api/members/export.xlsx', { ...filters }, t('members.exportFile'));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  }

  const columns: ColumnsType<RosterItem> = [
    {
      key: 'name',
      title: t('members.field.name'),
      fixed: mobile ? undefined : 'left',
      width: 110,
      render: (_, m) => <Link to={`/members/${m.id}`}>{m.name}</Link>,
    },
    { key: 'gender', title: t('members.field.gender'), dataIndex: 'gender', width: 60 },
    { key: 'sector', title: t('members.field.sector'), dataIndex: 'sectorName', width: 130, render: (v: string | null) => v ?? '' },
    {
      key: 'committees',
      title: t('members.field.committees'),
      width: 200,
      render: (_, m) =>
        m.committees.map((c) => (
          <Tag key={c.committeeId} style={{ marginBottom: 2 }}>
            {c.name}
            {c.role !== 'member' ? ` · ${committeeRoleLabel(c.role)}` : ''}
          </Tag>
        )),
    },
    {
      key: 'employer',
      title: t('members.field.employerPost'),
      render: (_, m) => (
        <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 280 }}>
          {[m.employer, m.post].filter(Boolean).join(' ')}
        </Typography.Text>
      ),
    },
    {
      key: 'standing',
      title: t('members.field.standing'),
      width: 70,
      render: (_, m) => (m.isStandingMember ? <Tag color="volcano">{t('members.tag.standing')}</Tag> : null),
    },
    {
      key: 'status',
      title: t('members.field.status'),
      width: 90,
      render: (_, m) => (
        <>
          <Tag color={STATUS_COLORS[m.status] ?? 'default'}>{statusLabel(m.status)}</Tag>
          {m.archivedAt && <MemberTags m={{ isStandingMember: false, status: 'active', archivedAt: m.archivedAt }} />}
        </>
      ),
    },
    { key: 'phone', title: t('members.field.phone'), dataIndex: 'phone', width: 130, render: (v: string) => <span className="tabular">{v}</span> },
  ];

  if (list.isError && !list.data) return <Result status="warning" title={errorText(list.error)} />;

  return (
    <div className="members-roster">
      <div className="page-header">
        <Typography.Title level={4}>{t('members.title')}</Typography.Title>
        {abilities.export && (
          <Button icon={<DownloadOutlined />} onClick={exportXlsx} loading={exporting}>
            {t('action.export')}
          </Button>
        )}
        {abilities.import && (
          <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
            {t('action.import')}
          </Button>
        )}
        {abilities.create && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
            {t('members.create')}
          </Button>
        )}
      </div>
      <RosterFilters value={filters} onChange={(f) => update(f)} mobile={mobile} />
      {mobile ? (
        <MemberCardList
          items={list.data?.items ?? []}
          loading={list.isFetching}
          page={page}
          pageSize={pageSize}
          total={list.data?.total ?? 0}
          onPage={(p, s) => update(filters, p, s)}
        />
      ) : (
        <Table<RosterItem>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (n) => t('members.total', { n }),
            onChange: (p, s) => update(filters, s !== pageSize ? 1 : p, s),
          }}
        />
      )}
      {abilities.import && (
        <ImportWizard
          open={importOpen}
          onClose={() => setImportOpen(false)}
          importUrl="/api/members/import"
          templateUrl="/api/members/import-template.xlsx"
          texts={{ title: t('members.import.title'), templateHint: t('members.import.templateHint'), templateFile: t('members.import.templateFile'), doneDetail: (n) => t('members.import.doneDetail', { n }) }}
          onImported={() => qc.invalidateQueries({ queryKey: memberKeys.all })}
        />
      )}
      {abilities.create && <MemberFormDrawer open={createOpen} onClose={() => setCreateOpen(false)} />}
    </div>
  );
}
