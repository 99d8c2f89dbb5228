import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePortalPage } from '../hooks/usePortalPage';

/** 网上信访 home: what it is for, what belongs elsewhere (条例 Art. 31) before writing, and the two ways in. */
export function PortalHome() {
  const { t } = useTranslation();
  const heading = usePortalPage(t('portal.nav.home'));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.home.heading')}
      </h1>
      <p>{t('portal.home.intro')}</p>
      <section className="xf-portal-section" aria-labelledby="portal-elsewhere">
        <h2 id="portal-elsewhere">{t('portal.home.elsewhere.heading')}</h2>
        <p>{t('portal.home.elsewhere.intro')}</p>
        <ul className="xf-portal-list">
          <li>{t('portal.home.elsewhere.court')}</li>
          <li>{t('portal.home.elsewhere.labour')}</li>
          <li>{t('portal.home.elsewhere.arbitration')}</li>
          <li>{t('portal.home.elsewhere.reconsideration')}</li>
          <li>{t('portal.home.elsewhere.discipline')}</li>
        </ul>
        <p>
          <strong>{t('portal.home.elsewhere.emergency')}</strong>
        </p>
      </section>
      <div className="xf-portal-actions">
        <Link to="/portal/submit" className="xf-portal-action xf-primary">
          <strong>{t('portal.home.submitButton')}</strong>
          <span>{t('portal.home.submitHint')}</span>
        </Link>
        <Link to="/portal/track" className="xf-portal-action">
          <strong>{t('portal.home.trackButton')}</strong>
          <span>{t('portal.home.trackHint')}</span>
        </Link>
      </div>
      <section className="xf-portal-section" aria-labelledby="portal-steps">
        <h2 id="portal-steps">{t('portal.home.steps.heading')}</h2>
        <ol className="xf-portal-list">
          <li>{t('portal.home.steps.write')}</li>
          <li>{t('portal.home.steps.code')}</li>
          <li>{t('portal.home.steps.follow')}</li>
          <li>{t('portal.home.steps.rate')}</li>
        </ol>
      </section>
    </>
  );
}
