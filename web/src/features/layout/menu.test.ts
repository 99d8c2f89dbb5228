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
];
const HANDLER = ['org.read', 'petition.read', 'petition.unmask'];

describe('menuFor', () => {
  it('gives a user without functions only the workbench', () => {
    expect(menuFor(['org.read'])).toEqual([{ key: '/', labelKey: 'menu.workbench', path: '/' }]);
  });

  it('gives a registrar registration, the work list and the import, in DOMAIN §7 order', () => {
    const menu = menuFor(REGISTRAR);
    expect(menu.map((m) => m.key)).toEqual(['/', '/petitions/new', '/petitions', 'admin']);
    expect(menuLeaves(menu).map((m) => m.path)).toEqual(['/', '/petitions/new', '/petitions', '/petitions/import']);
  });

  it('gives a handler the work list but no registration', () => {
    expect(menuLeaves(menuFor(HANDLER)).map((m) => m.path)).toEqual(['/', '/petitions']);
  });

  it('gives an admin the administration (with categories, holidays and import) and the audit log', () => {
    const menu = menuFor(ADMIN);
    expect(menu.map((m) => m.key)).toEqual(['/', 'admin', '/audit']);
    expect(menu[1]!.children!.map((m) => m.path)).toEqual([
      '/admin/orgs',
      '/admin/users',
      '/admin/categories',
      '/admin/calendar',
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
    expect(selectedKey('/petitions/new')).toBe('/petitions/new');
    expect(selectedKey('/petitions/import')).toBe('/petitions/import');
    expect(selectedKey('/petitions/12')).toBe('/petitions');
    expect(selectedKey('/petitions')).toBe('/petitions');
    expect(selectedKey('/')).toBe('/');
    expect(selectedKey('/nope')).toBe('/');
  });
});
