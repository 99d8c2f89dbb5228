import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Empty, Progress, Space, Table, Tag, Typography, formatDateTime, type TableColumnsType } from '../../../ui';
import { reportFileUrl } from '../api/stats';
import type { Report } from '../api/types';
import { useReports } from '../hooks/useStats';

const STATUS_COLORS = { queued: 'default', running: 'processing', done: 'success', failed: 'error' } as const;

/** How far a report is: a progress bar while it is built, the downloads when done, the reason when it failed. */
function ReportState({ report }: { report: Report }) {
  const { t } = useTranslation();
  if (report.status === 'done')
    return (
      <Space wrap>
        <Button size="small" href={reportFileUrl(report.id, 'xlsx')}>
          {t('stats.report.downloadExcel')}
        </Button>
        <Button size="small" href={reportFileUrl(report.id, 'docx')}>
          {t('stats.report.downloadWord')}
        </Button>
      </Space>
    );
  if (report.status === 'failed')
    return <Typography.Text type="danger">{report.error ?? t('stats.report.statuses.failed')}</Typography.Text>;
  return (
    <Progress percent={report.progress} size="small" aria-label={t(`stats.report.statuses.${report.status}`)} style={{ width: 180 }} />
  );
}

/** 报表列表, newest first; polled while a report is queued or running. */
export function ReportList() {
  const { t } = useTranslation();
  const { data, error, isPending } = useReports();
  const columns: TableColumnsType<Report> = [
    { title: t('stats.report.title'), render: (_, r) => r.title },
    { title: t('stats.report.kind'), width: 80, render: (_, r) => t(`stats.report.kinds.${r.kind}`) },
    { title: t('stats.report.period'), width: 100, render: (_, r) => r.period },
    {
      title: t('stats.report.status'),
      width: 100,
      render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`stats.report.statuses.${r.status}`)}</Tag>,
    },
    { title: t('common.actions'), width: 240, render: (_, r) => <ReportState report={r} /> },
    { title: t('stats.report.requestedBy'), width: 100, render: (_, r) => r.requestedBy },
    { title: t('stats.report.createdAt'), width: 170, render: (_, r) => formatDateTime(r.createdAt) },
  ];
  return (
    <Card size="small" title={t('stats.report.list')}>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Table<Report>
        rowKey="id"
        size="small"
        loading={isPending}
        columns={columns}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.report.none')} /> }}
        scroll={{ x: 1000 }}
      />
    </Card>
  );
}
