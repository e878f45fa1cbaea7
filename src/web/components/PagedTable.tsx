import { Table, type TableProps } from 'antd';
import { t } from '../i18n';

export interface PagedTableProps<T> extends Omit<TableProps<T>, 'pagination'> {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number, pageSize: number) => void;
  pageSizeOptions?: number[];
}

/** The list table of every page: server-side paging, total in Chinese, horizontal scroll on phones. */
export function PagedTable<T extends object>({ page, pageSize, total, onPageChange, pageSizeOptions, ...rest }: PagedTableProps<T>) {
  return (
    <Table<T>
      size="middle"
      scroll={{ x: 'max-content' }}
      {...rest}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions,
        showTotal: (n) => t('label.total', { n }),
        onChange: onPageChange,
      }}
    />
  );
}
