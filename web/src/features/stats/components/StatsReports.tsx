import { useTranslation } from 'react-i18next';
import { Space, PageHeader } from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { ReportForm } from './ReportForm';
import { ReportList } from './ReportList';

/** 统计报表: request a monthly, quarterly or annual report and download it as Excel and Word when built. */
export function StatsReports() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('stats.reports')} />
      {/* The list needs stats.view only; requesting a report needs stats.report. */}
      {me.permissions.includes('stats.report') && <ReportForm />}
      <ReportList />
    </Space>
  );
}
