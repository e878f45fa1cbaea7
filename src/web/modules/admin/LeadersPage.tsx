import { Select } from 'antd';
import { useState } from 'react';
import { ReferenceTablePage } from '../../components/ReferenceTablePage';
import { t } from '../../i18n';
import { enumLabel, enumOptions } from './shared';

const LEADER_LEVELS = ['county', 'city', 'province', 'national'] as const;
const LEADER_BODIES = ['party', 'government', 'cppcc', 'npc', 'other'] as const;

/** 领导 */
export function LeadersPage() {
  const [level, setLevel] = useState<string | undefined>();
  const [body, setBody] = useState<string | undefined>();
  const levels = enumOptions(LEADER_LEVELS, 'admin.leaderLevel');
  const bodies = enumOptions(LEADER_BODIES, 'admin.leaderBody');
  const filters: Record<string, string> = {};
  if (level) filters.level = level;
  if (body) filters.body = body;
  return (
    <ReferenceTablePage
      title={t('nav.leaders')}
      resource="/api/leaders"
      filters={filters}
      defaults={{ level: 'city', body: 'cppcc' }}
      toolbar={
        <>
          <Select allowClear placeholder={t('admin.leader.level')} options={levels} value={level} onChange={setLevel} style={{ minWidth: 110 }} />
          <Select allowClear placeholder={t('admin.leader.body')} options={bodies} value={body} onChange={setBody} style={{ minWidth: 110 }} />
        </>
      }
      fields={[
        { name: 'name', label: t('admin.leader.name'), required: true },
        { name: 'post', label: t('admin.leader.post'), required: true },
        { name: 'level', label: t('admin.leader.level'), kind: 'select', options: levels, render: (v) => enumLabel('admin.leaderLevel', v) },
        { name: 'body', label: t('admin.leader.body'), kind: 'select', options: bodies, render: (v) => enumLabel('admin.leaderBody', v) },
        { name: 'sortOrder', label: t('label.sortOrder'), kind: 'number', help: t('admin.sortOrderHelp') },
      ]}
    />
  );
}
