import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

const TABS = [
  { path: '/disputes', key: 'register' },
  { path: '/disputes/summaries', key: 'summaries' },
  { path: '/disputes/meetings', key: 'meetings' },
  { path: '/disputes/stats', key: 'stats' },
] as const;

/** The 矛盾纠纷 area's parts: 台账, 排查报告, 分析会议, 统计 (one menu entry, a row of links on each part's page). */
export function DisputesNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = TABS.slice(1).find((tab) => pathname.startsWith(tab.path))?.key ?? 'register';
  return (
    <nav
      aria-label={t('disputes.nav.label')}
      data-testid="disputes-nav"
      style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 16 }}
    >
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          to={tab.path}
          className={tab.key === current ? 'xf-btn xf-btn-primary' : 'xf-btn'}
          aria-current={tab.key === current ? 'page' : undefined}
        >
          {t(`disputes.nav.${tab.key}`)}
        </Link>
      ))}
    </nav>
  );
}
