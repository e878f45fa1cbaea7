import { ReferenceTablePage } from '../../components/ReferenceTablePage';
import { t } from '../../i18n';

/** 专委会 */
export function CommitteesPage() {
  return (
    <ReferenceTablePage
      title={t('nav.committees')}
      resource="/api/committees"
      fields={[
        { name: 'name', label: t('label.name'), required: true },
        { name: 'shortName', label: t('admin.shortName') },
        { name: 'duties', label: t('admin.committee.duties'), kind: 'textarea' },
        { name: 'sortOrder', label: t('label.sortOrder'), kind: 'number', help: t('admin.sortOrderHelp') },
      ]}
    />
  );
}
