import { permissionsOf } from '@xinfang/domain';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isTopBody, type Actor, type RequestMeta } from '../../auth/actor.js';
import { assertStrongPassword, hashPassword, verifyNothing, verifyPassword } from '../../auth/password.js';
import { auditService } from '../../audit/audit.service.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { authRepository } from './auth.repository.js';

/** Failures in a row that lock an account, and for how long (docs/SECURITY.md). */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** The cookie carries a random token; the database keeps only its hash. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createAuthService({ db, config }: { db: Database; config: Config }) {
  const ttlMs = config.sessionTtlHours * 3600_000;
  const maxHours = config.sessionMaxHours;
  const csrfFor = (sessionId: string) => createHmac('sha256', config.sessionSecret).update(`csrf:${sessionId}`).digest('base64url');

  return {
    csrfFor,

    /** Double-submit token check, bound to the session so it cannot be replayed across sessions. */
    csrfValid(sessionId: string, token: string | undefined): boolean {
      if (!token) return false;
      const expected = Buffer.from(csrfFor(sessionId));
      const given = Buffer.from(token);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },

    /**
     * Checks credentials; on success opens a session and returns its cookie token. An unknown or inactive
     * account, a wrong password and a locked account get the same answer after the same work (a lookup, an
     * attempt claimed or not, one Argon2 verification and an audit row), so the answer says nothing of which.
     */
    async login(meta: RequestMeta, username: string, password: string) {
      const user = await authRepository.findUserByUsername(db, username);
      const usable = user?.active && user.org_active ? user : undefined;
      // An unusable account claims id 0, which matches no row: the same statement runs whichever the case.
      const claim = await authRepository.claimAttempt(db, usable?.id ?? 0, LOCK_AFTER_FAILURES, LOCK_MINUTES);
      const right = usable && claim ? await verifyPassword(usable.password_hash, password) : await verifyNothing(password);
      const who = { ...meta, userId: user?.id ?? null, username: user?.username ?? username, orgId: user?.org_id ?? null };
      if (!usable || !claim || !right) {
        // Why it failed goes to the trail only; the caller gets the same answer in every case.
        const entry = !usable
          ? { action: 'auth.login_failed', after: { account: user ? 'inactive' : 'unknown' } }
          : !claim
            ? { action: 'auth.login_refused', after: { lockedUntil: usable.locked_until } }
            : {
                action: claim.locked_until ? 'auth.account_locked' : 'auth.login_failed',
                after: { failedLogins: claim.failed_logins, lockedUntil: claim.locked_until },
              };
        await db
          .transaction()
          .execute((trx) =>
            auditService.record(trx, who, { ...entry, objectType: 'user', objectId: user?.id ?? null, orgId: user?.org_id ?? null }),
          );
        throw new AppError('invalid_credentials');
      }
      const token = randomBytes(32).toString('base64url');
      const sessionId = sessionIdOf(token);
      await db.transaction().execute(async (trx) => {
        await authRepository.recordSuccess(trx, usable.id);
        await authRepository.createSession(trx, {
          id: sessionId,
          user_id: usable.id,
          ip: meta.ip,
          user_agent: meta.userAgent?.slice(0, 300) ?? null,
          expires_at: new Date(Date.now() + Math.min(ttlMs, maxHours * 3600_000)),
        });
        await auditService.record(trx, who, { action: 'auth.login', objectType: 'user', objectId: usable.id, orgId: usable.org_id });
      });
      return { token, sessionId };
    },

    /** Resolves a cookie token to the acting user, sliding the idle expiry on use up to the absolute one. */
    async actorFor(token: string, meta: RequestMeta): Promise<Actor | null> {
      const sessionId = sessionIdOf(token);
      const row = await authRepository.findLiveSession(db, sessionId, maxHours);
      if (!row) return null;
      // Bookkeeping of the session itself, not of petition data: not an audited change.
      const end = row.created_at.getTime() + maxHours * 3600_000;
      if (row.expires_at.getTime() - Date.now() < ttlMs / 2 && row.expires_at.getTime() < end) {
        await authRepository.extendSession(db, sessionId, config.sessionTtlHours, maxHours);
      }
      return {
        userId: row.id,
        username: row.username,
        displayName: row.display_name,
        orgId: row.org_id,
        orgPath: row.org_path,
        orgName: row.org_name,
        roles: row.roles,
        permissions: permissionsOf(row.roles, isTopBody(row.org_id, row.org_path)),
        mustChangePassword: row.must_change_password,
        sessionId,
        ip: meta.ip,
        requestId: meta.requestId,
      };
    },

    /** The region of the actor's body, or null when the body has none. */
    orgRegionCode: (actor: Actor) => authRepository.findOrgRegion(db, actor.orgId),

    async logout(actor: Actor) {
      await db.transaction().execute(async (trx) => {
        await authRepository.revokeSession(trx, actor.sessionId);
        await auditService.record(trx, actor, { action: 'auth.logout', objectType: 'user', objectId: actor.userId, orgId: actor.orgId });
      });
    },

    /** Own password change; ends the user's other sessions. */
    async changePassword(actor: Actor, currentPassword: string, newPassword: string) {
      const user = await authRepository.findUserById(db, actor.userId);
      if (!user) throw new AppError('unauthenticated');
      if (!(await verifyPassword(user.password_hash, currentPassword))) {
        throw new AppError('password_incorrect', { fields: [{ path: 'currentPassword', message: '当前密码不正确。' }] });
      }
      if (currentPassword === newPassword) {
        throw new AppError('password_unchanged', { fields: [{ path: 'newPassword', message: '新密码不能与当前密码相同。' }] });
      }
      assertStrongPassword(newPassword, user.username);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        await authRepository.setPassword(trx, user.id, passwordHash, false);
        await authRepository.revokeUserSessions(trx, user.id, actor.sessionId);
        await auditService.record(trx, actor, {
          action: 'user.password_changed',
          objectType: 'user',
          objectId: user.id,
          orgId: user.org_id,
          before: { mustChangePassword: user.must_change_password },
          after: { mustChangePassword: false },
        });
      });
    },

    purgeSessions: () => authRepository.purgeSessions(db),
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
