import { Link } from '../app/router';
import { usePortalPage } from '../hooks/usePortalPage';
import { useT } from '../i18n';

/**
 * 网上信访 home: what it is for, what belongs elsewhere (条例 Art. 31) before writing, and the two ways in.
 * portal.html carries this page's markup in Chinese, so it paints before the script arrives (PortalApp.test.tsx
 * keeps the two the same).
 */
export function PortalHome() {
  const { t } = useT();
  const heading = usePortalPage(t('nav.home'));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('home.heading')}
      </h1>
      <p>{t('home.intro')}</p>
      <div className="xf-portal-actions">
        <Link to="/portal/submit" className="xf-portal-action xf-primary">
          <strong>{t('home.submitButton')}</strong>
          <span>{t('home.submitHint')}</span>
        </Link>
        <Link to="/portal/track" className="xf-portal-action">
          <strong>{t('home.trackButton')}</strong>
          <span>{t('home.trackHint')}</span>
        </Link>
      </div>
      <section className="xf-portal-section" aria-labelledby="portal-elsewhere">
        <h2 id="portal-elsewhere">{t('home.elsewhere.heading')}</h2>
        <p>{t('home.elsewhere.intro')}</p>
        <ul className="xf-portal-list">
          <li>{t('home.elsewhere.court')}</li>
          <li>{t('home.elsewhere.labour')}</li>
          <li>{t('home.elsewhere.arbitration')}</li>
          <li>{t('home.elsewhere.reconsideration')}</li>
          <li>{t('home.elsewhere.discipline')}</li>
        </ul>
        <p>
          <strong>{t('home.elsewhere.emergency')}</strong>
        </p>
      </section>
      <section className="xf-portal-section" aria-labelledby="portal-steps">
        <h2 id="portal-steps">{t('home.steps.heading')}</h2>
        <ol className="xf-portal-list">
          <li>{t('home.steps.write')}</li>
          <li>{t('home.steps.code')}</li>
          <li>{t('home.steps.follow')}</li>
          <li>{t('home.steps.rate')}</li>
        </ol>
      </section>
    </>
  );
}
