import type { Role } from '@xinfang/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { Button, Layout, Menu, PageHeaderSlot, Skeleton, SkipLink, Space, Spin, clearDrafts, type MenuProps } from '../../../ui';
import { logout } from '../../auth/api/auth';
import { SessionDialogs } from '../../auth/components/SessionDialogs';
import { ME_KEY, useMe } from '../../auth/hooks/useMe';
import { menuFor, selectedKey, type MenuEntry } from '../menu';
import { MessageBell } from '../../notifications/components/MessageBell';
import { LanguageSwitch } from './LanguageSwitch';

/** Signed-in frame: header (system name, user, body, language, log-out) + side menu + page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();

  const items = useMemo(() => {
    const toItem = (m: MenuEntry): NonNullable<MenuProps['items']>[number] =>
      m.children ? { key: m.key, label: t(m.labelKey), children: m.children.map(toItem) } : { key: m.key, label: t(m.labelKey) };
    return me ? menuFor(me.permissions).map(toItem) : [];
  }, [me, t]);

  if (isPending) return <Spin size="large" tip={t('app.loading')} fullscreen />;
  if (!me) return <Navigate to="/login" replace />;
  if (me.mustChangePassword) return <Navigate to="/change-password" replace />;

  // Signs out here whatever the server answers; the button does not wait for it.
  const onLogout = async () => {
    // Drafts may hold petitioners' data: none stays in this browser after the user has signed out.
    clearDrafts(me.id);
    try {
      await logout();
    } finally {
      client.setQueryData(ME_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      await navigate('/login', { replace: true });
    }
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <SessionDialogs me={me} />
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#8b0000', paddingInline: 24 }}
      >
        {/* The system's name is not a heading: each page's <h1> is its own title. */}
        <span style={{ color: '#fff', fontSize: 20, fontWeight: 600 }}>{t('app.name')}</span>
        <Space size="middle" style={{ color: '#fff' }}>
          <span data-testid="header-user">
            {me.displayName}（{me.org.name}）
          </span>
          <span className="xf-roles">{me.roles.map((r: Role) => t(`roles.${r}`)).join('、')}</span>
          <MessageBell />
          <LanguageSwitch dark />
          <Button onClick={() => void onLogout()}>{t('app.logout')}</Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={t('app.name')}>
            <Menu
              mode="inline"
              selectedKeys={[selectedKey(location.pathname)]}
              defaultOpenKeys={['stats', 'admin']}
              items={items}
              onClick={({ key }) => void navigate(key)}
              style={{ height: '100%', borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: 24, minWidth: 0 }}>
          <PageHeaderSlot>
            <Suspense fallback={<Skeleton active />}>
              <Outlet />
            </Suspense>
          </PageHeaderSlot>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
