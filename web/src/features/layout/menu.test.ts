import { describe, expect, it } from 'vitest';
import { menuFor, menuLeaves, selectedKey } from './menu';

describe('menuFor', () => {
  it('gives a registrar only the workbench', () => {
    expect(menuFor(['org.read'])).toEqual([{ key: '/', labelKey: 'menu.workbench', path: '/' }]);
  });

  it('gives an admin everything, in DOMAIN §7 order', () => {
    const menu = menuFor(['org.read', 'org.manage', 'user.read', 'user.manage', 'audit.read', 'audit.verify']);
    expect(menu.map((m) => m.key)).toEqual(['/', 'admin', '/audit']);
    expect(menu[1]!.children!.map((m) => m.path)).toEqual(['/admin/orgs', '/admin/users']);
  });

  it('gives an auditor users and the audit log but not bodies', () => {
    const leaves = menuLeaves(menuFor(['org.read', 'user.read', 'audit.read', 'audit.verify']));
    expect(leaves.map((m) => m.path)).toEqual(['/', '/admin/users', '/audit']);
  });

  it('gives a leader the user list without an audit entry', () => {
    expect(menuLeaves(menuFor(['org.read', 'user.read'])).map((m) => m.path)).toEqual(['/', '/admin/users']);
  });
});

describe('selectedKey', () => {
  it('maps paths to menu keys', () => {
    expect(selectedKey('/admin/orgs')).toBe('/admin/orgs');
    expect(selectedKey('/audit')).toBe('/audit');
    expect(selectedKey('/')).toBe('/');
    expect(selectedKey('/nope')).toBe('/');
  });
});
