import type { I18nKey } from '../../i18n/keys';

/** One entry of the side menu: a route, or a group of routes. labelKey is an i18n key. */
export interface MenuEntry {
  key: string;
  labelKey: I18nKey;
  path?: string;
  children?: MenuEntry[];
}

interface Item {
  key: string;
  labelKey: I18nKey;
  path: string;
  /** Shown when the user has any of these (none: to everyone signed in). */
  permissions?: readonly string[];
}

// DOMAIN §7 order; only the functions that exist today.
const WORKBENCH: Item = { key: '/', labelKey: 'menu.workbench', path: '/' };
const PETITIONS: Item[] = [
  { key: '/petitions/new', labelKey: 'menu.register', path: '/petitions/new', permissions: ['petition.register'] },
  { key: '/petitions', labelKey: 'menu.petitions', path: '/petitions', permissions: ['petition.read'] },
];
const WORKFLOW: Item[] = [
  {
    key: '/inbox',
    labelKey: 'menu.inbox',
    path: '/inbox',
    permissions: ['petition.route', 'petition.handle', 'petition.verify', 'petition.approve'],
  },
  { key: '/supervision', labelKey: 'menu.supervision', path: '/supervision', permissions: ['petition.supervise', 'petition.own'] },
  { key: '/ownerships', labelKey: 'menu.ownerships', path: '/ownerships', permissions: ['petition.own'] },
  {
    key: '/reception',
    labelKey: 'menu.reception',
    path: '/reception',
    permissions: [
      'reception.plan',
      'reception.places',
      'reception.rules',
      'reception.desk',
      'duty.roster',
      'duty.approve',
      'petition.register',
    ],
  },
  { key: '/my-calendar', labelKey: 'menu.myCalendar', path: '/my-calendar', permissions: ['duty.approve'] },
  { key: '/disputes', labelKey: 'menu.disputes', path: '/disputes', permissions: ['dispute.read', 'dispute.register'] },
];
const STATS: Item[] = [
  { key: '/stats', labelKey: 'menu.statsOverview', path: '/stats', permissions: ['stats.view'] },
  { key: '/stats/bodies', labelKey: 'menu.statsBodies', path: '/stats/bodies', permissions: ['stats.view'] },
  { key: '/stats/reports', labelKey: 'menu.statsReports', path: '/stats/reports', permissions: ['stats.report'] },
];
const ADMIN: Item[] = [
  { key: '/admin/orgs', labelKey: 'menu.orgs', path: '/admin/orgs', permissions: ['org.manage'] },
  { key: '/admin/users', labelKey: 'menu.users', path: '/admin/users', permissions: ['user.read'] },
  { key: '/admin/categories', labelKey: 'menu.categories', path: '/admin/categories', permissions: ['category.manage'] },
  { key: '/admin/assist', labelKey: 'menu.assist', path: '/admin/assist', permissions: ['category.manage'] },
  { key: '/admin/calendar', labelKey: 'menu.calendar', path: '/admin/calendar', permissions: ['calendar.manage'] },
  { key: '/admin/templates', labelKey: 'menu.templates', path: '/admin/templates', permissions: ['template.manage'] },
  { key: '/petitions/import', labelKey: 'menu.import', path: '/petitions/import', permissions: ['petition.import'] },
];
const AUDIT: Item = { key: '/audit', labelKey: 'menu.audit', path: '/audit', permissions: ['audit.read'] };

/** The menu a user with these permissions sees (pure: unit-tested). */
export function menuFor(permissions: readonly string[]): MenuEntry[] {
  const allowed = (i: Item) => !i.permissions || i.permissions.some((p) => permissions.includes(p));
  const strip = ({ key, labelKey, path }: Item): MenuEntry => ({ key, labelKey, path });
  const menu: MenuEntry[] = [strip(WORKBENCH), ...PETITIONS.filter(allowed).map(strip), ...WORKFLOW.filter(allowed).map(strip)];
  const stats = STATS.filter(allowed).map(strip);
  if (stats.length) menu.push({ key: 'stats', labelKey: 'menu.stats', children: stats });
  const admin = ADMIN.filter(allowed).map(strip);
  if (admin.length) menu.push({ key: 'admin', labelKey: 'menu.admin', children: admin });
  if (allowed(AUDIT)) menu.push(strip(AUDIT));
  return menu;
}

/** The menu entries (leaves) in order, for shortcuts. */
export function menuLeaves(menu: MenuEntry[]): MenuEntry[] {
  return menu.flatMap((m) => (m.children ? menuLeaves(m.children) : [m]));
}

/** The menu key to highlight for a location (the most specific entry wins: /petitions/new over /petitions). */
export function selectedKey(pathname: string): string {
  const matches = [...PETITIONS, ...WORKFLOW, ...STATS, ...ADMIN, AUDIT].filter(
    (i) => pathname === i.path || pathname.startsWith(i.path + '/'),
  );
  const exact = matches.find((i) => i.path === pathname);
  if (exact) return exact.key;
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.key ?? '/';
}
