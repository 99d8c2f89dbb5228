import { ROLE_ZH, separatedRolesHeld, type Role } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { assertStrongPassword, hashPassword, temporaryPassword } from '../../auth/password.js';
import { auditService, changedFields } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError, fieldError } from '../../errors.js';
import { isUniqueViolation } from '../../shared/validators.js';
import { userRecords } from '../auth/index.js';
import { orgRecords, orgPolicy } from '../orgs/index.js';
import { auditSnapshot, presentUser } from './users.presenter.js';
import { userPolicy } from './users.policy.js';
import { usersRepository, type UserRow } from './users.repository.js';
import type { CreateUserInput, ListUsersQuery, UpdateUserInput } from './users.schema.js';

/**
 * 三员分立: no account holds two separated roles. An account that already does (from before the rule) is changed
 * only to resolve it. An administrator cannot give up their own admin role (self_demotion), so this also keeps
 * them from granting themselves the auditor role, which exists to watch them.
 */
function assertSeparation(roles: readonly Role[]) {
  const held = separatedRolesHeld(roles);
  if (held.length)
    throw new AppError('role_separation', {
      fields: [{ path: 'roles', message: `${held.map((r) => ROLE_ZH[r]).join('与')}须由不同人员担任，不能同时授予同一账户` }],
    });
}

export function createUsersService({ db }: { db: Database }) {
  async function load(actor: Actor, id: number, trx: Executor = db): Promise<UserRow> {
    const user = await usersRepository.findById(trx, id);
    if (!user || !userPolicy.canSee(actor, user)) throw new AppError('user_not_found');
    return user;
  }

  async function assertOrg(actor: Actor, orgId: number, trx: Executor) {
    const org = await orgRecords.findById(trx, orgId);
    if (!org || !orgPolicy.canSee(actor, org)) throw fieldError('orgId', '所属机构不存在或不在您的管理范围内');
    if (!org.active) throw new AppError('org_inactive', { fields: [{ path: 'orgId', message: '所属机构已停用' }] });
  }

  const audit = (trx: Executor, actor: Actor, user: UserRow, action: string, before?: object, after?: object) =>
    auditService.record(trx, actor, {
      action,
      objectType: 'user',
      objectId: user.id,
      orgId: user.org_id,
      before: before as Record<string, unknown> | undefined,
      after: after as Record<string, unknown> | undefined,
    });

  return {
    async list(actor: Actor, query: ListUsersQuery) {
      const { items, total } = await usersRepository.list(db, actor.orgPath, query);
      return { items: items.map((u) => presentUser(actor, u)), total, page: query.page, pageSize: query.pageSize };
    },

    async get(actor: Actor, id: number) {
      return presentUser(actor, await load(actor, id));
    },

    /** Opens an account that must change its password at first log-in. */
    async create(actor: Actor, input: CreateUserInput) {
      const password = input.password ?? temporaryPassword();
      if (input.password) {
        try {
          assertStrongPassword(input.password, input.username);
        } catch {
          throw fieldError('password', '密码至少 10 位，须同时包含字母和数字，且不能与用户名相同');
        }
      }
      assertSeparation(input.roles);
      const passwordHash = await hashPassword(password);
      const user = await db.transaction().execute(async (trx) => {
        await assertOrg(actor, input.orgId, trx);
        if (await usersRepository.usernameTaken(trx, input.username)) {
          throw new AppError('username_taken', { fields: [{ path: 'username', message: '用户名已被使用' }] });
        }
        const id = await usersRepository
          .insert(trx, {
            username: input.username,
            display_name: input.displayName,
            org_id: input.orgId,
            roles: input.roles,
            phone: input.phone,
            email: input.email,
            password_hash: passwordHash,
          })
          .catch((err: unknown) => {
            if (isUniqueViolation(err, 'users_username'))
              throw new AppError('username_taken', { fields: [{ path: 'username', message: '用户名已被使用' }] });
            throw err;
          });
        const created = (await usersRepository.findById(trx, id))!;
        await audit(trx, actor, created, 'user.created', undefined, auditSnapshot(created));
        return created;
      });
      return { user: presentUser(actor, user), temporaryPassword: input.password ? null : password };
    },

    /** Edits name, contact, body (transfer) and roles; records only what changed. */
    async update(actor: Actor, id: number, input: UpdateUserInput) {
      const user = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, trx);
        if (input.orgId !== undefined && input.orgId !== current.org_id) await assertOrg(actor, input.orgId, trx);
        if (current.id === actor.userId && input.roles && current.roles.includes('admin') && !input.roles.includes('admin')) {
          throw new AppError('self_demotion', { fields: [{ path: 'roles', message: '不能撤销自己的系统管理员角色' }] });
        }
        const next = {
          display_name: input.displayName ?? current.display_name,
          org_id: input.orgId ?? current.org_id,
          roles: input.roles ?? current.roles,
          phone: input.phone === undefined ? current.phone : input.phone,
          email: input.email === undefined ? current.email : input.email,
        };
        const diff = changedFields(auditSnapshot(current), auditSnapshot({ ...current, ...next }));
        if (Object.keys(diff.after).length === 0) return current;
        assertSeparation(next.roles);
        await usersRepository.update(trx, id, next);
        // A transfer or a change of roles changes what the person may see: sign them out everywhere.
        if ('orgId' in diff.after || 'roles' in diff.after)
          await userRecords.revokeUserSessions(trx, id, current.id === actor.userId ? actor.sessionId : undefined);
        await audit(trx, actor, current, 'user.updated', diff.before, diff.after);
        return (await usersRepository.findById(trx, id))!;
      });
      return presentUser(actor, user);
    },

    async deactivate(actor: Actor, id: number) {
      const user = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, trx);
        if (current.id === actor.userId) throw new AppError('self_deactivation');
        if (!current.active) return current;
        await usersRepository.update(trx, id, { active: false });
        await userRecords.revokeUserSessions(trx, id);
        await audit(trx, actor, current, 'user.deactivated', { active: true }, { active: false });
        return (await usersRepository.findById(trx, id))!;
      });
      return presentUser(actor, user);
    },

    async reactivate(actor: Actor, id: number) {
      const user = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, trx);
        if (current.active) return current;
        await assertOrg(actor, current.org_id, trx);
        await usersRepository.update(trx, id, { active: true });
        await audit(trx, actor, current, 'user.reactivated', { active: false }, { active: true });
        return (await usersRepository.findById(trx, id))!;
      });
      return presentUser(actor, user);
    },

    /** Issues a one-time password, unlocks, ends sessions, and forces a change at next log-in. */
    async resetPassword(actor: Actor, id: number) {
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      const user = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, trx);
        if (!userPolicy.abilities(actor, current).resetPassword)
          throw new AppError(current.id === actor.userId ? 'forbidden' : 'user_not_found');
        await userRecords.setPassword(trx, id, passwordHash, true);
        await userRecords.revokeUserSessions(trx, id);
        await audit(
          trx,
          actor,
          current,
          'user.password_reset',
          { mustChangePassword: current.must_change_password },
          { mustChangePassword: true },
        );
        return (await usersRepository.findById(trx, id))!;
      });
      return { user: presentUser(actor, user), temporaryPassword: password };
    },

    async unlock(actor: Actor, id: number) {
      const user = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, trx);
        if (!current.locked_until) return current;
        await usersRepository.update(trx, id, { failed_logins: 0, locked_until: null });
        await audit(trx, actor, current, 'user.unlocked', { lockedUntil: current.locked_until }, { lockedUntil: null });
        return (await usersRepository.findById(trx, id))!;
      });
      return presentUser(actor, user);
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
