import { Select } from 'antd';
import { useState } from 'react';
import { ReferenceTablePage } from '../../components/ReferenceTablePage';
import { t } from '../../i18n';
import { enumLabel, enumOptions } from './shared';

export const UNIT_CATEGORIES = ['party', 'government', 'court', 'procuratorate', 'people', 'enterprise', 'other'] as const;

/** 承办单位 */
export function UnitsPage() {
  const [category, setCategory] = useState<string | undefined>();
  const options = enumOptions(UNIT_CATEGORIES, 'admin.unitCategory');
  return (
    <ReferenceTablePage
      title={t('nav.units')}
      resource="/api/units"
      filters={category ? { category } : undefined}
      defaults={{ category: 'government' }}
      importer={{
        importUrl: '/api/units/import',
        templateUrl: '/api/units/import-template.xlsx',
        texts: { title: t('admin.unit.importTitle'), templateHint: t('admin.unit.importHint'), templateFile: t('admin.unit.templateFile'), doneDetail: (n) => t('admin.unit.imported', { n }) },
      }}
      toolbar={<Select allowClear placeholder={t('admin.unit.category')} options={options} value={category} onChange={setCategory} style={{ minWidth: 140 }} />}
      fields={[
        { name: 'name', label: t('label.name'), required: true },
        { name: 'shortName', label: t('admin.shortName') },
        { name: 'category', label: t('admin.unit.category'), kind: 'select', options, render: (v) => enumLabel('admin.unitCategory', v) },
        { name: 'contactName', label: t('admin.unit.contactName') },
        { name: 'contactPhone', label: t('admin.unit.contactPhone') },
        { name: 'address', label: t('admin.unit.address'), column: false },
        { name: 'sortOrder', label: t('label.sortOrder'), kind: 'number', column: false, help: t('admin.sortOrderHelp') },
      ]}
    />
  );
}
