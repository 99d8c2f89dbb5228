import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../features/auth/hooks/useMe';
import { DisputeList } from '../features/disputes/components/DisputeList';
import { DisputesNav } from '../features/disputes/components/DisputesNav';
import { PageHeader } from '../ui';

/** 矛盾纠纷台账. */
export function DisputesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title={t('disputes.title')}
        actions={
          me.permissions.includes('dispute.register') && (
            <Link to="/disputes/new" className="xf-btn xf-btn-primary" data-testid="register-dispute">
              {t('disputes.register')}
            </Link>
          )
        }
      />
      <DisputesNav />
      <DisputeList />
    </>
  );
}
