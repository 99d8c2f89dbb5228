import { lazy, Suspense } from 'react';
import { PortalHome } from '../components/PortalHome';
import { usePortalPage } from '../hooks/usePortalPage';
import { PortalI18n, useT, type PortalLanguage } from '../i18n';
import { Link, PortalRouter, useLocation } from './router';

// The home page comes with the entry (portal.html paints it before any script); the others load when opened.
const SubmitForm = lazy(() => import('../components/SubmitForm').then((m) => ({ default: m.SubmitForm })));
const TrackForm = lazy(() => import('../components/TrackForm').then((m) => ({ default: m.TrackForm })));
const TrackResult = lazy(() => import('../components/TrackResult').then((m) => ({ default: m.TrackResult })));
const BookingForm = lazy(() => import('../components/Booking').then((m) => ({ default: m.BookingForm })));
const BookingManage = lazy(() => import('../components/Booking').then((m) => ({ default: m.BookingManage })));
const ReceptionSchedule = lazy(() => import('../components/ReceptionSchedule').then((m) => ({ default: m.ReceptionSchedule })));

function NotFound() {
  const { t } = useT();
  const heading = usePortalPage(t('notFound'));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('notFound')}
      </h1>
      <Link to="/portal">{t('backHome')}</Link>
    </>
  );
}

function Page({ path }: { path: string }) {
  switch (path) {
    case '/portal':
      return <PortalHome />;
    case '/portal/submit':
      return <SubmitForm />;
    case '/portal/track':
      return <TrackForm />;
    case '/portal/track/result':
      return <TrackResult />;
    default:
      // 约访: booking a slot, and the visitor's booking (find, cancel, move).
      if (path === '/portal/reception/booking') return <BookingManage />;
      {
        const book = /^\/portal\/reception\/(\d+)\/book\/(\d+)$/.exec(path);
        if (book) return <BookingForm orgId={Number(book[1])} slotId={Number(book[2])} />;
      }
      // 领导接访日: the bodies, and one body's schedule (/portal/reception/:orgId).
      if (/^\/portal\/reception(\/\d+)?$/.test(path)) return <ReceptionSchedule path={path} />;
      return <NotFound />;
  }
}

/** The public portal's frame: brand, language, a four-link menu, no staff menu; the page below. */
function Layout() {
  const { t, setLanguage } = useT();
  const { path } = useLocation();
  return (
    <div className="xf-portal">
      <a className="xf-portal-skip" href="#portal-main">
        {t('skipToContent')}
      </a>
      <header className="xf-portal-header">
        <div className="xf-portal-bar">
          <Link to="/portal" className="xf-portal-brand">
            {t('title')}
            <small>{t('appName')}</small>
          </Link>
          <button
            type="button"
            className="xf-lang"
            lang={t('language.lang')}
            onClick={() => setLanguage(t('language.lang') as PortalLanguage)}
          >
            {t('language.switch')}
          </button>
        </div>
        <nav className="xf-portal-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <Link to="/portal" current={path === '/portal'}>
                {t('nav.home')}
              </Link>
            </li>
            <li>
              <Link to="/portal/submit" current={path === '/portal/submit'}>
                {t('nav.submit')}
              </Link>
            </li>
            <li>
              <Link to="/portal/track" current={path.startsWith('/portal/track')}>
                {t('nav.track')}
              </Link>
            </li>
            <li>
              <Link to="/portal/reception" current={path.startsWith('/portal/reception')}>
                {t('nav.reception')}
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="portal-main" className="xf-portal-main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('loadingPage')}</p>}>
          <Page path={path} />
        </Suspense>
      </main>
      <footer className="xf-portal-footer">
        <div>
          <p>{t('footer.note')}</p>
          <a href="/login">{t('footer.staff')}</a>
        </div>
      </footer>
    </div>
  );
}

/** 网上信访: its own entry (portal.html), without antd, ECharts or the staff app's strings. */
export function PortalApp({ language }: { language?: PortalLanguage }) {
  return (
    <PortalI18n initial={language}>
      <PortalRouter>
        <Layout />
      </PortalRouter>
    </PortalI18n>
  );
}
