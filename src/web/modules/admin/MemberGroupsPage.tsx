import { ReferenceTablePage } from '../../components/ReferenceTablePage';
import { t } from '../../i18n';
import { enumLabel, enumOptions } from './shared';

const GROUP_KINDS = ['group', 'sectorGroup', 'studyGroup', 'other'] as const;

/** 委员小组 */
export function MemberGroupsPage() {
  const kinds = enumOptions(GROUP_KINDS, 'admin.groupKind');
  return (
    <ReferenceTablePage
      title={t('nav.memberGroups')}
      resource="/api/member-groups"
      defaults={{ kind: 'group' }}
      fields={[
        { name: 'name', label: t('label.name'), required: true },
        { name: 'kind', label: t('admin.group.kind'), kind: 'select', options: kinds, render: (v) => enumLabel('admin.groupKind', v) },
        { name: 'description', label: t('admin.group.description'), kind: 'textarea' },
      ]}
    />
  );
}
