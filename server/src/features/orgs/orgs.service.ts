import type { Actor } from '../../auth/actor.js';
import { auditService, changedFields } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import type { Org } from '../../db/types.js';
import { AppError, fieldError } from '../../errors.js';
import { isUniqueViolation } from '../../shared/validators.js';
import { regionsService } from '../regions/index.js';
import { auditSnapshot, presentDirectoryOrg, presentOrg } from './orgs.presenter.js';
import { orgPolicy } from './orgs.policy.js';
import { orgsRepository } from './orgs.repository.js';
import type { CreateOrgInput, UpdateOrgInput } from './orgs.schema.js';

function assertRegion(code: string | null | undefined, path = 'regionCode'): void {
  if (code && !regionsService.find(code)) {
    throw new AppError('region_code_unknown', { fields: [{ path, message: '行政区划代码不存在，请从列表中选择' }] });
  }
}

/** Maps a lost race on a unique index to the same answer the prior check gives. */
function translateUnique(err: unknown): never {
  if (isUniqueViolation(err, 'orgs_sibling_name'))
    throw new AppError('org_name_taken', { fields: [{ path: 'name', message: '同一上级机构下已有同名机构' }] });
  if (isUniqueViolation(err, 'orgs_code'))
    throw new AppError('org_code_taken', { fields: [{ path: 'code', message: '机构编码已被使用' }] });
  throw err;
}

export function createOrgsService({ db }: { db: Database }) {
  /** Loads a body the actor may see, or answers 404 as if it did not exist. */
  async function load(actor: Actor, id: number, trx: Executor = db): Promise<Org> {
    const org = await orgsRepository.findById(trx, id);
    if (!org || !orgPolicy.canSee(actor, org)) throw new AppError('org_not_found');
    return org;
  }

  async function loadParent(actor: Actor, parentId: number, trx: Executor): Promise<Org> {
    const parent = await orgsRepository.findById(trx, parentId);
    if (!parent || !orgPolicy.canSee(actor, parent)) throw fieldError('parentId', '上级机构不存在或不在您的管理范围内');
    if (!parent.active) throw new AppError('org_inactive', { fields: [{ path: 'parentId', message: '上级机构已停用' }] });
    return parent;
  }

  async function assertUnique(trx: Executor, parentId: number | null, name: string, code: string | null, exceptId?: number) {
    if (await orgsRepository.siblingNameTaken(trx, parentId, name, exceptId)) {
      throw new AppError('org_name_taken', { fields: [{ path: 'name', message: '同一上级机构下已有同名机构' }] });
    }
    if (code && (await orgsRepository.codeTaken(trx, code, exceptId))) {
      throw new AppError('org_code_taken', { fields: [{ path: 'code', message: '机构编码已被使用' }] });
    }
  }

  async function present(actor: Actor, org: Org, trx: Executor = db) {
    const parent = org.parent_id ? await orgsRepository.findById(trx, org.parent_id) : undefined;
    return presentOrg(actor, org, parent?.active ?? true);
  }

  async function insert(actor: Actor, trx: Executor, input: CreateOrgInput, parent: Org, source: 'form' | 'import'): Promise<Org> {
    const org = await orgsRepository
      .insert(
        trx,
        {
          parent_id: parent.id,
          kind: input.kind,
          name: input.name,
          short_name: input.shortName,
          code: input.code,
          region_code: input.regionCode,
          contact_person: input.contactPerson,
          contact_phone: input.contactPhone,
          address: input.address,
          policy_pack: input.policyPack,
        },
        parent,
      )
      .catch(translateUnique);
    await auditService.record(trx, actor, {
      action: 'org.created',
      objectType: 'org',
      objectId: org.id,
      orgId: org.id,
      after: { ...auditSnapshot(org), source },
    });
    return org;
  }

  return {
    load,

    /** Bodies in the actor's scope, parents first. */
    async list(actor: Actor, includeInactive: boolean) {
      const orgs = await orgsRepository.listInScope(db, actor.orgPath, includeInactive);
      const active = new Map(orgs.map((o) => [o.id, o.active]));
      return orgs.map((o) => presentOrg(actor, o, o.parent_id ? (active.get(o.parent_id) ?? true) : true));
    },

    /** All active bodies, for choosing an accused body or (later) where to forward a petition. */
    async directory() {
      return (await orgsRepository.directory(db)).map(presentDirectoryOrg);
    },

    async get(actor: Actor, id: number) {
      return present(actor, await load(actor, id));
    },

    async create(actor: Actor, input: CreateOrgInput) {
      assertRegion(input.regionCode);
      const org = await db.transaction().execute(async (trx) => {
        const parent = await loadParent(actor, input.parentId, trx);
        await assertUnique(trx, parent.id, input.name, input.code);
        return insert(actor, trx, input, parent, 'form');
      });
      return present(actor, org);
    },

    /** Edits fields, renaming included; records only what changed. */
    async update(actor: Actor, id: number, input: UpdateOrgInput) {
      assertRegion(input.regionCode);
      const org = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, trx);
        const next = {
          kind: input.kind ?? current.kind,
          name: input.name ?? current.name,
          short_name: input.shortName === undefined ? current.short_name : input.shortName,
          code: input.code === undefined ? current.code : input.code,
          region_code: input.regionCode === undefined ? current.region_code : input.regionCode,
          contact_person: input.contactPerson === undefined ? current.contact_person : input.contactPerson,
          contact_phone: input.contactPhone === undefined ? current.contact_phone : input.contactPhone,
          address: input.address === undefined ? current.address : input.address,
          policy_pack: input.policyPack === undefined ? current.policy_pack : input.policyPack,
        };
        const diff = changedFields(auditSnapshot(current), auditSnapshot({ ...current, ...next }));
        if (Object.keys(diff.after).length === 0) return current;
        await assertUnique(trx, current.parent_id, next.name, next.code, current.id);
        const updated = await orgsRepository.update(trx, id, next).catch(translateUnique);
        await auditService.record(trx, actor, { action: 'org.updated', objectType: 'org', objectId: id, orgId: id, ...diff });
        return updated;
      });
      return present(actor, org);
    },

    /** Re-parents a body with everything below it. */
    async move(actor: Actor, id: number, parentId: number) {
      const org = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, trx);
        if (!orgPolicy.abilities(actor, current, true).move)
          throw new AppError(current.id === actor.orgId ? 'org_root_immutable' : 'org_inactive');
        const parent = await loadParent(actor, parentId, trx);
        if (parent.path.startsWith(current.path))
          throw new AppError('org_move_invalid', { fields: [{ path: 'parentId', message: '不能移动到自身或其下级机构之下' }] });
        if (parent.id === current.parent_id) return current;
        await assertUnique(trx, parent.id, current.name, null, current.id);
        await orgsRepository.moveSubtree(trx, current, parent);
        await auditService.record(trx, actor, {
          action: 'org.moved',
          objectType: 'org',
          objectId: id,
          orgId: id,
          before: { parentId: current.parent_id },
          after: { parentId: parent.id },
        });
        return load(actor, id, trx);
      });
      return present(actor, org);
    },

    /** Closes a body; it is never deleted, and its history stays. */
    async deactivate(actor: Actor, id: number) {
      const org = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, trx);
        if (current.id === actor.orgId) throw new AppError('org_root_immutable');
        if (!current.active) return current;
        if ((await orgsRepository.countActiveChildren(trx, id)) > 0) throw new AppError('org_has_active_children');
        if ((await orgsRepository.countActiveUsers(trx, id)) > 0) throw new AppError('org_has_active_users');
        const updated = await orgsRepository.update(trx, id, { active: false });
        await auditService.record(trx, actor, {
          action: 'org.deactivated',
          objectType: 'org',
          objectId: id,
          orgId: id,
          before: { active: true },
          after: { active: false },
        });
        return updated;
      });
      return present(actor, org);
    },

    async reactivate(actor: Actor, id: number) {
      const org = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, trx);
        if (current.active) return current;
        const parent = current.parent_id ? await orgsRepository.findById(trx, current.parent_id) : undefined;
        if (parent && !parent.active) throw new AppError('org_inactive', { reason: 'parent_inactive' });
        const updated = await orgsRepository.update(trx, id, { active: true });
        await auditService.record(trx, actor, {
          action: 'org.reactivated',
          objectType: 'org',
          objectId: id,
          orgId: id,
          before: { active: false },
          after: { active: true },
        });
        return updated;
      });
      return present(actor, org);
    },

    /**
     * Creates many bodies from checked rows in one transaction: all or nothing.
     * Parents are named by code or name, among existing bodies in scope or earlier rows.
     */
    async importRows(actor: Actor, rows: ImportRow[], dryRun: boolean) {
      return db.transaction().execute(async (trx) => {
        const existing = await orgsRepository.listInScope(trx, actor.orgPath, false);
        const errors: ImportRowError[] = [];
        const plan = resolveImport(rows, existing, errors);
        for (const p of plan) {
          if (p.parentExisting && (await orgsRepository.siblingNameTaken(trx, p.parentExisting.id, p.input.name))) {
            errors.push({ row: p.row, field: 'name', message: '上级机构下已有同名机构' });
          }
          if (p.input.code && (await orgsRepository.codeTaken(trx, p.input.code))) {
            errors.push({ row: p.row, field: 'code', message: '机构编码已被使用' });
          }
        }
        if (errors.length) throw new AppError('import_invalid', { rows: errors.sort((a, b) => a.row - b.row) });
        if (!dryRun) {
          const created = new Map<number, Org>();
          for (const p of plan) {
            const parent = p.parentExisting ?? created.get(p.parentRow!)!;
            created.set(p.row, await insert(actor, trx, { ...p.input, parentId: parent.id }, parent, 'import'));
          }
          await auditService.record(trx, actor, {
            action: 'org.imported',
            objectType: 'org',
            objectId: null,
            orgId: actor.orgId,
            after: { count: plan.length },
          });
        }
        return {
          dryRun,
          created: dryRun ? 0 : plan.length,
          rows: plan.map((p) => ({ row: p.row, name: p.input.name, parent: p.parentLabel })),
        };
      });
    },
  };
}

/** One row of an import file after field validation; `parent` is a code or a name. */
export interface ImportRow {
  row: number;
  parent: string;
  input: Omit<CreateOrgInput, 'parentId'>;
}

/** A problem with one row of an import file. */
export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

interface PlannedRow extends ImportRow {
  parentExisting: Org | undefined;
  parentRow: number | undefined;
  parentLabel: string;
}

/** Resolves each row's parent; rows may only name parents that come earlier in the file. */
function resolveImport(rows: ImportRow[], existing: Org[], errors: ImportRowError[]): PlannedRow[] {
  const byCode = new Map(existing.filter((o) => o.code).map((o) => [o.code!.toLowerCase(), o]));
  const byName = new Map<string, Org[]>();
  for (const o of existing) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  const earlier = new Map<string, number>();
  const seen = new Set<string>();
  const plan: PlannedRow[] = [];
  for (const r of rows) {
    const key = r.parent.trim();
    const fromFile = earlier.get(key.toLowerCase()) ?? earlier.get(key);
    const named = byName.get(key) ?? [];
    const parentExisting = byCode.get(key.toLowerCase()) ?? (named.length === 1 ? named[0] : undefined);
    if (!key) errors.push({ row: r.row, field: 'parent', message: '请填写上级机构（名称或编码）' });
    else if (!parentExisting && fromFile === undefined) {
      errors.push({
        row: r.row,
        field: 'parent',
        message: named.length > 1 ? `有多个名为“${key}”的机构，请改填机构编码` : `找不到上级机构“${key}”`,
      });
    }
    const sibling = `${parentExisting?.id ?? `row${fromFile}`}/${r.input.name}`;
    if (seen.has(sibling)) errors.push({ row: r.row, field: 'name', message: '文件中同一上级下有重名机构' });
    seen.add(sibling);
    if (r.input.code) {
      if (earlier.has(r.input.code.toLowerCase())) errors.push({ row: r.row, field: 'code', message: '文件中机构编码重复' });
      earlier.set(r.input.code.toLowerCase(), r.row);
    }
    if (r.input.regionCode && !regionsService.find(r.input.regionCode))
      errors.push({ row: r.row, field: 'regionCode', message: '行政区划代码不存在' });
    earlier.set(r.input.name, r.row);
    plan.push({ ...r, parentExisting: parentExisting ?? undefined, parentRow: parentExisting ? undefined : fromFile, parentLabel: key });
  }
  return plan;
}

export type OrgsService = ReturnType<typeof createOrgsService>;
