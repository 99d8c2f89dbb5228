import type { Permission } from '@xinfang/domain';

/** What a route requires: nothing (public), any signed-in user, or one permission. */
export type Access = { public: true } | { authenticated: true; allowDuringPasswordChange?: boolean } | { permission: Permission };
