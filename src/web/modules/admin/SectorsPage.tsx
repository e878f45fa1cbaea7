import { ReferenceTablePage } from '../../components/ReferenceTablePage';
import { t } from '../../i18n';

/** 界别 */
export function SectorsPage() {
  return (
    <ReferenceTablePage
      title={t('nav.sectors')}
      resource="/api/sectors"
      fields={[
        { name: 'name', label: t('label.name'), required: true },
        { name: 'sortOrder', label: t('label.sortOrder'), kind: 'number', help: t('admin.sortOrderHelp') },
      ]}
    />
  );
}
