import { ROLE_PERMISSIONS } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { menuFor, menuLeaves, selectedKey } from './menu';

// Permissions by role, as the server grants them.
const { registrar: REGISTRAR, admin: ADMIN, handler: HANDLER, supervisor: SUPERVISOR, leader: LEADER, auditor: AUDITOR } = ROLE_PERMISSIONS;

describe('menuFor', () => {
  it('gives a user without functions only the workbench', () => {
    expect(menuFor(['org.read'])).toEqual([{ key: '/', labelKey: 'menu.workbench', path: '/' }]);
  });

  it('gives a registrar registration, the work list, the to-do list, the reception desk and duty roster, the statistics and the import, in DOMAIN §7 order', () => {
    const menu = menuFor(REGISTRAR);
    expect(menu.map((m) => m.key)).toEqual(['/', '/petitions/new', '/petitions', '/inbox', '/reception', '/disputes', 'stats', 'admin']);
    expect(menuLeaves(menu).map((m) => m.path)).toEqual([
      '/',
      '/petitions/new',
      '/petitions',
      '/inbox',
      '/reception',
      '/disputes',
      '/stats',
      '/stats/bodies',
      '/petitions/import',
    ]);
  });

  it('gives a handler the work list, the to-do list and the statistics but no registration and no reports', () => {
    expect(menuLeaves(menuFor(HANDLER)).map((m) => m.path)).toEqual(['/', '/petitions', '/inbox', '/disputes', '/stats', '/stats/bodies']);
  });

  it('gives a supervisor the to-do list, 督查督办, 领导接访日 and the statistics with reports, but not 领导包案', () => {
    expect(menuLeaves(menuFor(SUPERVISOR)).map((m) => m.path)).toEqual([
      '/',
      '/petitions',
      '/inbox',
      '/supervision',
      '/reception',
      '/disputes',
      '/stats',
      '/stats/bodies',
      '/stats/reports',
    ]);
  });

  it('gives a leader the to-do list (extensions to approve), 督查督办, 领导包案, the duty roster and calendar, then 统计分析 before 系统管理', () => {
    const menu = menuFor(LEADER);
    expect(menu.map((m) => m.key)).toEqual([
      '/',
      '/petitions',
      '/inbox',
      '/supervision',
      '/ownerships',
      '/reception',
      '/my-calendar',
      '/disputes',
      'stats',
      'admin',
    ]);
    expect(menu[8]).toEqual({
      key: 'stats',
      labelKey: 'menu.stats',
      children: [
        { key: '/stats', labelKey: 'menu.statsOverview', path: '/stats' },
        { key: '/stats/bodies', labelKey: 'menu.statsBodies', path: '/stats/bodies' },
        { key: '/stats/reports', labelKey: 'menu.statsReports', path: '/stats/reports' },
      ],
    });
    expect(menuLeaves(menu).map((m) => m.path)).toEqual([
      '/',
      '/petitions',
      '/inbox',
      '/supervision',
      '/ownerships',
      '/reception',
      '/my-calendar',
      '/disputes',
      '/stats',
      '/stats/bodies',
      '/stats/reports',
      '/admin/users',
    ]);
  });

  it('shows 统计报表 only with stats.report', () => {
    expect(menuLeaves(menuFor(['stats.report'])).map((m) => m.path)).toEqual(['/', '/stats/reports']);
    expect(
      menuFor(['stats.view'])
        .find((m) => m.key === 'stats')
        ?.children?.map((m) => m.path),
    ).toEqual(['/stats', '/stats/bodies']);
  });

  it('shows 督查督办 to an owner without the supervision permission, and the to-do list for any handling permission', () => {
    expect(menuLeaves(menuFor(['petition.own'])).map((m) => m.path)).toEqual(['/', '/supervision', '/ownerships']);
    for (const p of ['petition.route', 'petition.handle', 'petition.verify', 'petition.approve'])
      expect(menuLeaves(menuFor([p])).map((m) => m.path)).toEqual(['/', '/inbox']);
    expect(menuLeaves(menuFor(['petition.instruct', 'petition.backlog'])).map((m) => m.path)).toEqual(['/']);
  });

  it('gives an admin the administration (with categories, holidays, document templates and import) and the audit log', () => {
    const menu = menuFor(ADMIN);
    expect(menu.map((m) => m.key)).toEqual(['/', '/reception', 'admin', '/audit']);
    expect(menu[2]!.children!.map((m) => m.path)).toEqual([
      '/admin/orgs',
      '/admin/users',
      '/admin/categories',
      '/admin/assist',
      '/admin/calendar',
      '/admin/templates',
      '/petitions/import',
    ]);
  });

  it('gives an auditor the statistics, users and the audit log but not bodies', () => {
    const leaves = menuLeaves(menuFor(AUDITOR));
    expect(leaves.map((m) => m.path)).toEqual(['/', '/petitions', '/stats', '/stats/bodies', '/admin/users', '/audit']);
  });
});

describe('selectedKey', () => {
  it('shows 矛盾纠纷 to whoever reads or registers disputes, and to nobody else', () => {
    expect(menuFor(['dispute.register']).map((m) => m.key)).toContain('/disputes');
    expect(menuFor(['dispute.read']).map((m) => m.key)).toContain('/disputes');
    expect(menuFor(['petition.read']).map((m) => m.key)).not.toContain('/disputes');
    expect(selectedKey('/disputes/12')).toBe('/disputes');
    expect(selectedKey('/disputes/new')).toBe('/disputes');
  });

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
    expect(selectedKey('/stats')).toBe('/stats');
    expect(selectedKey('/stats/bodies')).toBe('/stats/bodies');
    expect(selectedKey('/stats/reports')).toBe('/stats/reports');
    expect(selectedKey('/')).toBe('/');
    expect(selectedKey('/nope')).toBe('/');
  });
});
