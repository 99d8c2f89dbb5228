import type { Role } from '@xinfang/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { clearDrafts } from '../../../ui/plain/drafts';
import { Loading, PageHeaderSlot, SkipLink } from '../../../ui/plain';
import { logout } from '../../auth/api/auth';
import { SessionRecovery } from '../../auth/components/SessionRecovery';
import { ME_KEY, useMe } from '../../auth/hooks/useMe';
import { MessageBell } from '../../notifications/components/MessageBell';
import { menuFor, selectedKey } from '../menu';
import { LanguageSwitch } from './LanguageSwitch';
import { forgetSignedIn } from '../../../offline';
import { MenuNav } from './MenuNav';

/**
 * Signed-in frame: header (system name, user, body, language, log-out) + side menu + page. Drawn without antd, as
 * index.html's first paint is, so that it shows as soon as React runs (docs/PERFORMANCE.md § Web).
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [navOpen, setNavOpen] = useState(false);
  const menu = useMemo(() => (me ? menuFor(me.permissions) : []), [me]);

  if (isPending) return <Loading />;
  if (!me) return <Navigate to="/login" replace />;
  if (me.mustChangePassword) return <Navigate to="/change-password" replace />;

  // Signs out here whatever the server answers; the button does not wait for it.
  const onLogout = async () => {
    // Drafts may hold petitioners' data: none stays in this browser after the user has signed out.
    clearDrafts(me.id);
    void forgetSignedIn();
    try {
      await logout();
    } finally {
      client.setQueryData(ME_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      await navigate('/login', { replace: true });
    }
  };

  return (
    <div className="xf-frame">
      <SkipLink />
      <SessionRecovery me={me} />
      <header className="xf-header">
        {/* The system's name is not a heading: each page's <h1> is its own title. */}
        <span className="xf-header-name">{t('app.name')}</span>
        <div className="xf-header-tools">
          <button
            type="button"
            className="xf-btn xf-btn-ghost xf-nav-toggle"
            aria-expanded={navOpen}
            aria-controls="xf-nav"
            onClick={() => setNavOpen(!navOpen)}
          >
            {t('app.menu')}
          </button>
          <span data-testid="header-user">
            {me.displayName}（{me.org.name}）
          </span>
          <span className="xf-roles">{me.roles.map((r: Role) => t(`roles.${r}`)).join('、')}</span>
          <MessageBell />
          <LanguageSwitch dark />
          <button type="button" className="xf-btn" onClick={() => void onLogout()}>
            {t('app.logout')}
          </button>
        </div>
      </header>
      <div className="xf-body">
        <MenuNav menu={menu} selected={selectedKey(location.pathname)} open={navOpen} onFollow={() => setNavOpen(false)} />
        <main id="main" tabIndex={-1} className="xf-content">
          <PageHeaderSlot>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </PageHeaderSlot>
        </main>
      </div>
    </div>
  );
}
