import { describe, expect, it } from 'vitest';
import { PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, ROLES } from './access.js';

describe('permissions by role', () => {
  it('grants every permission to some role, and only known ones', () => {
    const granted = new Set(ROLES.flatMap((r) => ROLE_PERMISSIONS[r]));
    expect([...granted].sort()).toEqual([...PERMISSIONS].sort());
  });

  it('unites the roles, and keeps the global settings for the top body', () => {
    expect(permissionsOf(['handler'], false)).toEqual([
      'dispute.mediate',
      'dispute.read',
      'dispute.register',
      'org.read',
      'petition.handle',
      'petition.read',
      'petition.unmask',
      'stats.view',
    ]);
    expect(permissionsOf(['admin'], false)).not.toContain('calendar.manage');
    expect(permissionsOf(['admin'], true)).toContain('calendar.manage');
  });
});
