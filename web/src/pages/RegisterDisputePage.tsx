import { useTranslation } from 'react-i18next';
import { DisputeRegistrationForm } from '../features/disputes/components/RegistrationForm';
import { PageHeader } from '../ui';

/** 矛盾纠纷登记. */
export function RegisterDisputePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('disputes.registerTitle')} />
      <DisputeRegistrationForm />
    </>
  );
}
