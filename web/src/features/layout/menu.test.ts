import { describe, expect, it } from 'vitest';
import { menuFor, menuLeaves, selectedKey } from './menu';

// Permissions by role, as server/src/auth gives them.
const REGISTRAR = [
  'org.read',
  'petition.register',
  'petition.read',
  'petition.correct',
  'petition.unmask',
  'petition.link',
  'petition.export',
  'petition.import',
  'petition.route',
  'petition.verify',
];
const ADMIN = [
  'org.read',
  'org.manage',
  'user.read',
  'user.manage',
  'audit.read',
  'audit.verify',
  'petition.import',
  'category.manage',
  'calendar.manage',
  'template.manage',
];
const HANDLER = ['org.read', 'petition.read', 'petition.unmask', 'petition.handle'];
const SUPERVISOR = [
  'org.read',
  'petition.read',
  'petition.unmask',
  'petition.link',
  'petition.export',
  'petition.route',
  'petition.verify',
  'petition.supervise',
  'petition.backlog',
];
const LEADER = [
  'org.read',
  'user.read',
  'petition.read',
  'petition.unmask',
  'petition.export',
  'petition.approve',
  'petition.instruct',
  'petition.own',
  'petition.supervise',
  'petition.backlog',
];

describe('menuFor', () => {
  it('gives a user without functions only the workbench', () => {
    expect(menuFor(['org.read'])).toEqual([{ key: '/', labelKey: 'menu.workbench', path: '/' }]);
  });

  it('gives a registrar registration, the work list, the to-do list and the import, in DOMAIN §7 order', () => {
    const menu = menuFor(REGISTRAR);
    expect(menu.map((m) => m.key)).toEqual(['/', '/petitions/new', '/petitions', '/inbox', 'admin']);
    expect(menuLeaves(menu).map((m) => m.path)).toEqual(['/', '/petitions/new', '/petitions', '/inbox', '/petitions/import']);
  });

  it('gives a handler the work list and the to-do list but no registration', () => {
    expect(menuLeaves(menuFor(HANDLER)).map((m) => m.path)).toEqual(['/', '/petitions', '/inbox']);
  });

  it('gives a supervisor the to-do list and 督查督办, but not 领导包案', () => {
    expect(menuLeaves(menuFor(SUPERVISOR)).map((m) => m.path)).toEqual(['/', '/petitions', '/inbox', '/supervision']);
  });

  it('gives a leader the to-do list (extensions to approve), 督查督办 and 领导包案', () => {
    expect(menuLeaves(menuFor(LEADER)).map((m) => m.path)).toEqual([
      '/',
      '/petitions',
      '/inbox',
      '/supervision',
      '/ownerships',
      '/admin/users',
    ]);
  });

  it('shows 督查督办 to an owner without the supervision permission, and the to-do list for any handling permission', () => {
    expect(menuLeaves(menuFor(['petition.own'])).map((m) => m.path)).toEqual(['/', '/supervision', '/ownerships']);
    for (const p of ['petition.route', 'petition.handle', 'petition.verify', 'petition.approve'])
      expect(menuLeaves(menuFor([p])).map((m) => m.path)).toEqual(['/', '/inbox']);
    expect(menuLeaves(menuFor(['petition.instruct', 'petition.backlog'])).map((m) => m.path)).toEqual(['/']);
  });

  it('gives an admin the administration (with categories, holidays, document templates and import) and the audit log', () => {
    const menu = menuFor(ADMIN);
    expect(menu.map((m) => m.key)).toEqual(['/', 'admin', '/audit']);
    expect(menu[1]!.children!.map((m) => m.path)).toEqual([
      '/admin/orgs',
      '/admin/users',
      '/admin/categories',
      '/admin/calendar',
      '/admin/templates',
      '/petitions/import',
    ]);
  });

  it('gives an auditor users and the audit log but not bodies', () => {
    const leaves = menuLeaves(menuFor(['org.read', 'user.read', 'audit.read', 'audit.verify', 'petition.read']));
    expect(leaves.map((m) => m.path)).toEqual(['/', '/petitions', '/admin/users', '/audit']);
  });
});

describe('selectedKey', () => {
  it('maps paths to menu keys, the most specific first', () => {
    expect(selectedKey('/admin/orgs')).toBe('/admin/orgs');
    expect(selectedKey('/audit')).toBe('/audit');
    expect(selectedKey('/admin/calendar')).toBe('/admin/calendar');
    expect(selectedKey('/admin/templates')).toBe('/admin/templates');
    expect(selectedKey('/petitions/new')).toBe('/petitions/new');
    expect(selectedKey('/petitions/import')).toBe('/petitions/import');
    expect(selectedKey('/petitions/12')).toBe('/petitions');
    expect(selectedKey('/petitions')).toBe('/petitions');
    expect(selectedKey('/inbox')).toBe('/inbox');
    expect(selectedKey('/supervision')).toBe('/supervision');
    expect(selectedKey('/ownerships')).toBe('/ownerships');
    expect(selectedKey('/')).toBe('/');
    expect(selectedKey('/nope')).toBe('/');
  });
});
