import { useTranslation } from 'react-i18next';
import { RegistrationForm } from '../features/petitions/components/RegistrationForm';
import { PageHeader } from '../ui';

export function RegisterPetitionPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('petition.registerTitle')} />
      <RegistrationForm />
    </>
  );
}
