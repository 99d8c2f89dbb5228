/** Who may do what (docs/SECURITY.md): roles, the permissions routes require, and the one grant table. */

/** Staff roles. */
export const ROLES = ['admin', 'registrar', 'handler', 'supervisor', 'leader', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_ZH: Record<Role, string> = {
  admin: '系统管理员',
  registrar: '登记员',
  handler: '承办人',
  supervisor: '督办员',
  leader: '领导',
  auditor: '审计员',
};

/**
 * 三员分立 (GB/T 22239-2019 等保 level 3): the system administrator, the security administrator and the auditor are
 * different people, so no account holds two of these roles. Here the security administrator's duties (accounts,
 * roles, passwords, lock-outs) are part of 系统管理员, so the roles kept apart are these two; a separate security
 * role would join this list.
 */
export const SEPARATED_ROLES = ['admin', 'auditor'] as const satisfies readonly Role[];

/** The separated roles an account would hold together: empty when the rule holds. */
export function separatedRolesHeld(roles: readonly Role[]): Role[] {
  const held = SEPARATED_ROLES.filter((r) => roles.includes(r));
  return held.length > 1 ? held : [];
}

/** Everything a route can require. Add here, then grant to roles below. */
export const PERMISSIONS = [
  'org.read',
  'org.manage',
  'user.read',
  'user.manage',
  'audit.read',
  'audit.verify',
  'petition.register',
  'petition.read',
  'petition.correct',
  'petition.unmask',
  'petition.link',
  'petition.export',
  'petition.import',
  'category.manage',
  'calendar.manage',
  'template.manage',
  // The handling workflow (docs/WORKFLOW.md): which body may act is decided per petition by the workflow's policy.
  'petition.route',
  'petition.handle',
  'petition.verify',
  'petition.approve',
  'petition.supervise',
  'petition.instruct',
  'petition.own',
  'petition.backlog',
  // 统计分析 (docs/STATISTICS.md): figures of the user's body and those below; reports built as jobs.
  'stats.view',
  'stats.report',
  // 领导接访日: the rules per level (global), reception places per body, the quarter plans and leaders' unavailability.
  'reception.rules',
  'reception.places',
  'reception.plan',
  // The reception desk: the day's list of bookings and walk-ins, check-in, the counsellor on duty.
  'reception.desk',
  // 值班 / 值日: a body's rotation, generation and printing (duty.roster); a swap's approval by its head (duty.approve).
  'duty.roster',
  'duty.approve',
  // 矛盾纠纷: the register (dispute.register), mediation and its steps (dispute.mediate), reading the register and its
  // summaries (dispute.read); which body may act on a dispute is its lifecycle's rule.
  'dispute.register',
  'dispute.mediate',
  'dispute.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Which role may do what: the one place where access is granted. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
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
    'reception.rules',
    'reception.places',
    'reception.plan',
    'duty.roster',
  ],
  registrar: [
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
    'stats.view',
    'reception.desk',
    'dispute.register',
    'dispute.read',
  ],
  handler: [
    'org.read',
    'petition.read',
    'petition.unmask',
    'petition.handle',
    'stats.view',
    'dispute.register',
    'dispute.mediate',
    'dispute.read',
  ],
  supervisor: [
    'org.read',
    'petition.read',
    'petition.unmask',
    'petition.link',
    'petition.export',
    'petition.route',
    'petition.verify',
    'petition.supervise',
    'petition.backlog',
    'stats.view',
    'stats.report',
    'reception.plan',
    'reception.desk',
    'duty.roster',
    'dispute.read',
  ],
  leader: [
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
    'stats.view',
    'stats.report',
    'duty.approve',
    'dispute.read',
  ],
  auditor: ['org.read', 'user.read', 'audit.read', 'audit.verify', 'petition.read', 'stats.view'],
};

/**
 * Settings that hold for every body alike (the official working-day calendar, the problem taxonomy, the reception
 * rules per level): only those holding the permission at the top body of the tree may write them. Per-body settings (document
 * templates, policy packs) are written by each body's administrators for their own part of the tree.
 */
export const GLOBAL_PERMISSIONS: readonly Permission[] = ['category.manage', 'calendar.manage', 'reception.rules'];

/** The union of the permissions of the given roles; the global ones only at the top body. */
export function permissionsOf(roles: readonly Role[], atTopBody: boolean): Permission[] {
  const all = new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
  return [...all].filter((p) => atTopBody || !GLOBAL_PERMISSIONS.includes(p)).sort();
}
