import type { Permission } from '@xinfang/domain';

/** What a route requires: nothing (public), any signed-in user, one permission, or any one of several. */
export type Access =
  | { public: true }
  | { authenticated: true; allowDuringPasswordChange?: boolean }
  | { permission: Permission }
  | { anyOf: readonly Permission[] };
