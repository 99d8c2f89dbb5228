import { ROLES, type Role, ROLE_PERMISSIONS, type Permission } from '@xinfang/domain';
import { GRASSROOTS_CLOCKS } from '../deadlines/index.js';

/** Waits before the next attempt after the n-th failure: 30 s, 2 min, 10 min, 1 h, then every 6 h. */
export const BACKOFF_SECONDS = [30, 120, 600, 3600, 6 * 3600];
export function backoffSeconds(failures: number): number {
  return BACKOFF_SECONDS[Math.min(Math.max(failures, 1), BACKOFF_SECONDS.length) - 1]!;
}

/**
 * Who in a body gets an in-app notice: the users whose roles carry one of the permissions of that work, except
 * the one who acted. Written into the outbox row as `org:<id>?p=<permission>&p=…&except=<user id>`.
 */
export interface BodyAddress {
  orgId: number;
  permissions: Permission[];
  exceptUserId?: number;
}

export function formatBodyAddress(a: BodyAddress): string {
  const q = new URLSearchParams(a.permissions.map((p) => ['p', p]));
  if (a.exceptUserId) q.set('except', String(a.exceptUserId));
  return `org:${a.orgId}?${q.toString()}`;
}

export function parseBodyAddress(address: string): BodyAddress | null {
  const m = /^org:(\d+)(?:\?(.*))?$/.exec(address);
  if (!m) return null;
  const q = new URLSearchParams(m[2] ?? '');
  const except = Number(q.get('except'));
  return { orgId: Number(m[1]), permissions: q.getAll('p') as Permission[], ...(except ? { exceptUserId: except } : {}) };
}

/** The roles that carry any of the permissions (an empty list: every role). */
export function rolesWith(permissions: Permission[]): Role[] {
  if (!permissions.length) return [...ROLES];
  return ROLES.filter((r) => ROLE_PERMISSIONS[r].some((p) => permissions.includes(p)));
}

/** Who acts on a running clock (policies.ts keys): routing, verifying, otherwise handling. */
export function clockPermissions(key: string): Permission[] {
  if (key === 'decide' || key.startsWith('dispatch_')) return ['petition.route'];
  if (key === 'verify') return ['petition.verify'];
  // The grassroots clocks (policies.ts): a dispute's mediators act on them.
  if (GRASSROOTS_CLOCKS.includes(key)) return ['dispute.mediate'];
  return ['petition.handle'];
}

/** What a deadline warning says and where it leads: a petition's, a dispute's or a meeting decision's clock. */
export function warningOf(w: { petition_id: number | null; dispute_id: number | null; meeting_id: number | null }) {
  if (w.petition_id) return { template: 'staff.deadline_warning' as const, link: `/petitions/${w.petition_id}` };
  if (w.dispute_id) return { template: 'staff.dispute_deadline_warning' as const, link: `/disputes/${w.dispute_id}` };
  return { template: 'staff.meeting_task_warning' as const, link: `/disputes/meetings/${w.meeting_id}` };
}

export const GRADE_TEXT: Record<string, string> = { due_soon: '即将到期', due_today: '今日到期', overdue: '已超期' };

/** 诉访分离 (条例 Art. 31): the route named to the petitioner, in words. */
export const ROUTE_TEXT: Record<string, string> = {
  litigation: '诉讼',
  arbitration: '仲裁',
  labor_arbitration: '劳动人事争议仲裁',
  reconsideration: '行政复议',
  discipline: '纪检监察',
  procuratorate: '检察监督',
  other: '其他法定',
};

export const DOCUMENT_TEXT: Record<string, string> = { handling: '信访处理意见书', review: '复查意见书', reexamination: '复核意见书' };
