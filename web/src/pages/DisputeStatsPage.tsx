import { useTranslation } from 'react-i18next';
import { DisputesNav } from '../features/disputes/components/DisputesNav';
import { DisputeStats } from '../features/disputes/components/DisputeStats';
import { PageHeader } from '../ui';

/** 矛盾纠纷统计. */
export function DisputeStatsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('disputes.stats.title')} />
      <DisputesNav />
      <DisputeStats />
    </>
  );
}
