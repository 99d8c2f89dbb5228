import { useTranslation } from 'react-i18next';
import { LoginForm } from '../features/auth/components/LoginForm';
import { AuthShell } from './AuthShell';

export function LoginPage() {
  const { t } = useTranslation();
  return (
    <AuthShell title={t('login.title')}>
      <LoginForm />
    </AuthShell>
  );
}
