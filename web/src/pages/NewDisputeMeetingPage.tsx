import { useTranslation } from 'react-i18next';
import { DisputesNav } from '../features/disputes/components/DisputesNav';
import { MeetingForm } from '../features/disputes/components/MeetingForm';
import { PageHeader } from '../ui';

/** 登记会议. */
export function NewDisputeMeetingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('disputes.meetings.recordTitle')} />
      <DisputesNav />
      <MeetingForm />
    </>
  );
}
