import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PortalHome } from '../features/portal/components/PortalHome';
import { SubmitForm } from '../features/portal/components/SubmitForm';
import { TrackForm } from '../features/portal/components/TrackForm';
import { TrackResult } from '../features/portal/components/TrackResult';
import { usePortalPage } from '../features/portal/hooks/usePortalPage';

// 网上信访 pages, one per route of /portal (loaded as one chunk: a petitioner moves between them).
export const PortalHomePage = () => <PortalHome />;
export const PortalSubmitPage = () => <SubmitForm />;
export const PortalTrackPage = () => <TrackForm />;
export const PortalResultPage = () => <TrackResult />;

export function PortalNotFoundPage() {
  const { t } = useTranslation();
  const heading = usePortalPage(t('portal.notFound'));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.notFound')}
      </h1>
      <Link to="/portal">{t('portal.backHome')}</Link>
    </>
  );
}
