import { useTranslation } from 'react-i18next';
import { Card, Table, Tag, type TableColumnsType } from '../../../../ui';
import type { Proceeding } from '../../api/types';
import { Pre } from './common';

/** 复查 and 复核 requested of the matter, with their state. */
export function ProceedingsCard({ items }: { items: Proceeding[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Proceeding> = [
    { title: t('workflow.columns.kind'), width: 70, render: (_, p) => t(`workflow.proceedingKinds.${p.kind}`) },
    { title: t('workflow.columns.org'), width: 200, render: (_, p) => p.org.name },
    { title: t('workflow.fields.requestedOn'), width: 110, render: (_, p) => p.requestedOn },
    { title: t('workflow.columns.reason'), render: (_, p) => <Pre text={p.reasons} /> },
    {
      title: t('workflow.columns.status'),
      width: 100,
      render: (_, p) => <Tag color={p.status === 'open' ? 'orange' : 'green'}>{t(`workflow.proceedingStatuses.${p.status}`)}</Tag>,
    },
  ];
  return (
    <Card title={t('workflow.sections.proceedings')} size="small" data-testid="wf-proceedings">
      <Table<Proceeding> rowKey="id" size="small" pagination={false} columns={columns} dataSource={items} scroll={{ x: 700 }} />
    </Card>
  );
}
