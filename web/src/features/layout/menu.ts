/** One entry of the side menu: a route, or a group of routes. labelKey is an i18n key. */
export interface MenuEntry {
  key: string;
  labelKey: string;
  path?: string;
  children?: MenuEntry[];
}

interface Item {
  key: string;
  labelKey: string;
  path: string;
  permission?: string;
}

// DOMAIN §7 order; only the functions that exist today.
const WORKBENCH: Item = { key: '/', labelKey: 'menu.workbench', path: '/' };
const PETITIONS: Item[] = [
  { key: '/petitions/new', labelKey: 'menu.register', path: '/petitions/new', permission: 'petition.register' },
  { key: '/petitions', labelKey: 'menu.petitions', path: '/petitions', permission: 'petition.read' },
];
const ADMIN: Item[] = [
  { key: '/admin/orgs', labelKey: 'menu.orgs', path: '/admin/orgs', permission: 'org.manage' },
  { key: '/admin/users', labelKey: 'menu.users', path: '/admin/users', permission: 'user.read' },
  { key: '/admin/categories', labelKey: 'menu.categories', path: '/admin/categories', permission: 'category.manage' },
  { key: '/admin/calendar', labelKey: 'menu.calendar', path: '/admin/calendar', permission: 'calendar.manage' },
  { key: '/petitions/import', labelKey: 'menu.import', path: '/petitions/import', permission: 'petition.import' },
];
const AUDIT: Item = { key: '/audit', labelKey: 'menu.audit', path: '/audit', permission: 'audit.read' };

/** The menu a user with these permissions sees (pure: unit-tested). */
export function menuFor(permissions: readonly string[]): MenuEntry[] {
  const allowed = (i: Item) => !i.permission || permissions.includes(i.permission);
  const strip = ({ key, labelKey, path }: Item): MenuEntry => ({ key, labelKey, path });
  const menu: MenuEntry[] = [strip(WORKBENCH), ...PETITIONS.filter(allowed).map(strip)];
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
  const matches = [...PETITIONS, ...ADMIN, AUDIT].filter((i) => pathname === i.path || pathname.startsWith(i.path + '/'));
  const exact = matches.find((i) => i.path === pathname);
  if (exact) return exact.key;
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.key ?? '/';
}
