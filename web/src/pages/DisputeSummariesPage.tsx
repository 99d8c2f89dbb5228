import { useTranslation } from 'react-i18next';
import { DisputesNav } from '../features/disputes/components/DisputesNav';
import { SummaryReport } from '../features/disputes/components/SummaryReport';
import { PageHeader } from '../ui';

/** 矛盾纠纷排查日报告 / 周报告. */
export function DisputeSummariesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('disputes.summaries.title')} />
      <DisputesNav />
      <SummaryReport />
    </>
  );
}
