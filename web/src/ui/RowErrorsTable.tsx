import { Table } from 'antd';
import { useTranslation } from 'react-i18next';

/** One bad row of an imported file, as the server reports it. */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

/** The rows of an import that the server refused: row number (as the file shows it), field, reason. */
export function RowErrorsTable({
  rows,
  fieldLabel = (f) => f,
  title,
}: {
  rows: RowError[];
  fieldLabel?: (field: string) => string;
  title?: string;
}) {
  const { t } = useTranslation();
  return (
    <Table<RowError>
      size="small"
      rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
      title={title ? () => title : undefined}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      columns={[
        { title: t('common.row'), dataIndex: 'row', width: 80, render: (r: number) => (r > 0 ? r : '—') },
        { title: t('common.field'), dataIndex: 'field', width: 140, render: (f: string) => fieldLabel(f) },
        { title: t('common.message'), dataIndex: 'message' },
      ]}
    />
  );
}
