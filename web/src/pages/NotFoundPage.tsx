import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Result } from '../ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('app.notFound')} extra={<Link to="/">{t('app.backHome')}</Link>} />;
}
