import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { Spin } from '../../../ui';
import { LanguageSwitch } from '../../layout/components/LanguageSwitch';

// Mobile first: one column up to 720 px, 16 px text (no zoom on focus in mobile Safari), touch targets ≥ 44 px.
const PORTAL_CSS = `
.xf-portal { min-height: 100vh; display: flex; flex-direction: column; background: #f6f2f0; color: rgba(0, 0, 0, 0.88); font-size: 16px; line-height: 1.7; }
.xf-portal-skip { position: absolute; left: -10000px; top: 0; }
.xf-portal-skip:focus { left: 8px; top: 8px; z-index: 1000; background: #fff; padding: 8px 12px; border: 2px solid #8b0000; }
.xf-portal-header { background: #fff; border-bottom: 3px solid #b71c1c; }
.xf-portal-bar, .xf-portal-nav ul, .xf-portal-main, .xf-portal-footer > div { max-width: 720px; margin: 0 auto; }
.xf-portal-bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; padding: 8px 16px; }
.xf-portal-brand { font-size: 20px; font-weight: 700; color: #8b0000; text-decoration: none; min-height: 44px; display: inline-flex; align-items: center; }
.xf-portal-brand small { font-size: 13px; font-weight: normal; color: rgba(0, 0, 0, 0.72); margin-left: 8px; }
.xf-portal-nav ul { list-style: none; display: flex; gap: 4px; padding: 0 8px; margin: 0 auto; overflow-x: auto; }
.xf-portal-nav a { display: inline-flex; align-items: center; min-height: 44px; padding: 0 12px; color: #1f1f1f; text-decoration: none; border-bottom: 3px solid transparent; white-space: nowrap; }
.xf-portal-nav a[aria-current='page'] { border-bottom-color: #b71c1c; color: #8b0000; font-weight: 600; }
.xf-portal-main { flex: 1; width: 100%; padding: 16px; box-sizing: border-box; }
.xf-portal-main:focus { outline: none; }
.xf-portal h1 { font-size: 24px; line-height: 1.4; margin: 0 0 12px; color: #1f1f1f; }
.xf-portal h1:focus { outline: none; }
.xf-portal h2 { font-size: 19px; line-height: 1.4; margin: 0 0 12px; color: #1f1f1f; }
.xf-portal h3 { font-size: 17px; line-height: 1.4; margin: 0 0 8px; color: #1f1f1f; }
.xf-portal-section { background: #fff; border-radius: 8px; padding: 16px; margin: 0 0 16px; }
.xf-portal-section > :last-child { margin-bottom: 0; }
.xf-portal-muted { color: rgba(0, 0, 0, 0.72); }
.xf-portal-fieldset { border: 0; padding: 0; margin: 0 0 16px; display: flex; flex-direction: column; gap: 8px; }
.xf-portal-fieldset legend { font-size: 14px; margin-bottom: 8px; }
.xf-portal-main a:not(.xf-portal-action), .xf-portal-footer a { color: #a61b1b; text-decoration: underline; }
.xf-portal-actions { display: grid; gap: 12px; margin: 0 0 16px; }
.xf-portal-action { display: flex; flex-direction: column; justify-content: center; min-height: 72px; padding: 12px 16px; border-radius: 8px; text-decoration: none; border: 2px solid #b71c1c; background: #fff; color: #8b0000; box-sizing: border-box; }
.xf-portal-action strong { font-size: 19px; }
.xf-portal-action span { font-size: 14px; color: inherit; }
.xf-portal-action.xf-primary { background: #b71c1c; color: #fff; }
.xf-portal-action:focus-visible { outline: 3px solid #1f1f1f; outline-offset: 2px; }
.xf-portal-list { padding-left: 1.4em; margin: 0 0 12px; }
.xf-portal-list li { margin-bottom: 6px; }
.xf-portal .ant-btn-lg { min-height: 48px; height: auto; white-space: normal; }
.xf-portal .ant-input, .xf-portal .ant-input-affix-wrapper, .xf-portal textarea { font-size: 16px; }
.xf-portal .ant-form-item-label > label { font-size: 16px; font-weight: 600; }
.xf-portal .ant-form-item-explain-error, .xf-portal .ant-form-item-required::before { color: #a8071a !important; }
.xf-portal .ant-form-item-extra { color: rgba(0, 0, 0, 0.72); }
.xf-portal-select { width: 100%; min-height: 44px; font-size: 16px; padding: 0 8px; border: 1px solid #8c8c8c; border-radius: 6px; background: #fff; color: rgba(0, 0, 0, 0.88); box-sizing: border-box; }
.xf-portal-select:focus-visible { outline: 2px solid #b71c1c; outline-offset: 1px; }
.xf-portal-select[aria-invalid='true'] { border-color: #d9363e; }
.xf-portal-place { display: grid; gap: 8px; }
.xf-portal-choices { border: 0; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 4px; }
.xf-portal-choice { display: flex; align-items: center; gap: 8px; min-height: 44px; padding: 0 8px; border: 1px solid #d9d9d9; border-radius: 6px; background: #fff; }
.xf-portal-choice input { width: 20px; height: 20px; margin: 0; flex: none; }
.xf-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.xf-portal-place label { display: block; font-size: 14px; color: rgba(0, 0, 0, 0.72); margin-bottom: 2px; }
.xf-portal-types { display: flex; flex-direction: column; gap: 8px; width: 100%; }
.xf-portal-types .ant-radio-wrapper { display: flex; align-items: flex-start; margin: 0; padding: 12px; border: 1px solid #8c8c8c; border-radius: 8px; background: #fff; }
.xf-portal-types .ant-radio-wrapper-checked { border: 2px solid #b71c1c; padding: 11px; background: #fff7f5; }
.xf-portal-types strong { display: block; font-size: 16px; }
.xf-portal-types span.xf-hint { display: block; font-size: 14px; color: rgba(0, 0, 0, 0.72); }
.xf-portal-code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 26px; font-weight: 700; letter-spacing: 2px; word-break: break-all; color: #1f1f1f; }
.xf-portal-kv { margin: 0; }
.xf-portal-kv dt { font-size: 14px; color: rgba(0, 0, 0, 0.72); }
.xf-portal-kv dd { margin: 0 0 10px; white-space: pre-wrap; word-break: break-word; }
.xf-portal-timeline { list-style: none; padding: 0; margin: 0; }
.xf-portal-timeline li { border-left: 3px solid #e0c9c5; padding: 0 0 12px 12px; margin-left: 4px; }
.xf-portal-timeline time { display: block; font-size: 14px; color: rgba(0, 0, 0, 0.72); }
.xf-portal-status { font-size: 18px; font-weight: 600; color: #1f1f1f; }
.xf-portal-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.xf-portal-footer { padding: 16px; text-align: center; font-size: 14px; color: rgba(0, 0, 0, 0.72); }
.xf-portal-footer a { display: inline-flex; align-items: center; min-height: 44px; }
`;

/** The public portal's frame: brand, language, a three-link menu, no staff menu; the page below. */
export function PortalLayout() {
  const { t } = useTranslation();
  useEffect(() => {
    const before = document.title;
    return () => {
      document.title = before;
    };
  }, []);
  return (
    <div className="xf-portal">
      <style>{PORTAL_CSS}</style>
      <a className="xf-portal-skip" href="#portal-main">
        {t('portal.skipToContent')}
      </a>
      <header className="xf-portal-header">
        <div className="xf-portal-bar">
          <Link to="/portal" className="xf-portal-brand">
            {t('portal.title')}
            <small>{t('app.name')}</small>
          </Link>
          <LanguageSwitch />
        </div>
        <nav className="xf-portal-nav" aria-label={t('portal.nav.label')}>
          <ul>
            <li>
              <NavLink to="/portal" end>
                {t('portal.nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/portal/submit">{t('portal.nav.submit')}</NavLink>
            </li>
            <li>
              <NavLink to="/portal/track">{t('portal.nav.track')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="portal-main" className="xf-portal-main" tabIndex={-1}>
        <Suspense fallback={<Spin size="large" />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="xf-portal-footer">
        <div>
          <p style={{ margin: '0 0 4px' }}>{t('portal.footer.note')}</p>
          <Link to="/login">{t('portal.footer.staff')}</Link>
        </div>
      </footer>
    </div>
  );
}
