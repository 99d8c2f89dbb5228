import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader, Result } from '../ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('app.notFound')} />
      <Result status="404" title="404" extra={<Link to="/">{t('app.backHome')}</Link>} />
    </>
  );
}
