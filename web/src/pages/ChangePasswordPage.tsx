import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ChangePasswordForm } from '../features/auth/components/ChangePasswordForm';
import { useMe } from '../features/auth/hooks/useMe';
import { Alert, Spin } from '../ui';
import { AuthShell } from './AuthShell';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  if (isPending) return <Spin fullscreen />;
  if (!me) return <Navigate to="/login" replace />;
  return (
    <AuthShell title={t('changePassword.title')}>
      {me.mustChangePassword && <Alert type="warning" showIcon title={t('changePassword.required')} style={{ marginBottom: 16 }} />}
      <ChangePasswordForm />
    </AuthShell>
  );
}
