import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import { AppError, fieldError } from '../../errors.js';
import { categoriesRepository } from './categories.repository.js';

type Row = Awaited<ReturnType<typeof categoriesRepository.insert>>;
const present = (c: Row) => ({ id: c.id, parentId: c.parent_id, level: c.level, name: c.name, path: c.path, active: c.active });
const nameTaken = () => new AppError('category_name_taken', { fields: [{ path: 'name', message: '同一上级分类下已有同名分类' }] });

/** 问题分类: the 3-level taxonomy, edited by administrators; never deleted (petitions refer to it). */
export function createCategoriesService({ db }: { db: Database }) {
  async function load(id: number) {
    const c = await categoriesRepository.findById(db, id);
    if (!c) throw new AppError('category_not_found');
    return c;
  }

  return {
    async list() {
      return (await categoriesRepository.list(db)).map(present);
    },

    async create(actor: Actor, parentId: number | null, name: string) {
      const created = await db.transaction().execute(async (trx) => {
        const parent = parentId ? await categoriesRepository.findById(trx, parentId) : undefined;
        if (parentId && !parent) throw fieldError('parentId', '上级分类不存在');
        if (parent && parent.level >= 3) throw fieldError('parentId', '问题分类最多三级');
        if (await categoriesRepository.nameTaken(trx, parentId, name)) throw nameTaken();
        const c = await categoriesRepository.insert(trx, {
          parent_id: parentId,
          level: parent ? parent.level + 1 : 1,
          name,
          path: parent ? `${parent.path}/${name}` : name,
        });
        await auditService.record(trx, actor, {
          action: 'category.created',
          objectType: 'category',
          objectId: c.id,
          orgId: actor.orgId,
          after: { path: c.path },
        });
        return c;
      });
      return present(created);
    },

    async rename(actor: Actor, id: number, name: string) {
      const current = await load(id);
      if (current.name === name) return present(current);
      const newPath = current.parent_id ? `${current.path.slice(0, current.path.lastIndexOf('/'))}/${name}` : name;
      await db.transaction().execute(async (trx) => {
        if (await categoriesRepository.nameTaken(trx, current.parent_id, name, id)) throw nameTaken();
        await categoriesRepository.rename(trx, id, current.path, newPath, name);
        await auditService.record(trx, actor, {
          action: 'category.renamed',
          objectType: 'category',
          objectId: id,
          orgId: actor.orgId,
          before: { path: current.path },
          after: { path: newPath },
        });
      });
      return present(await load(id));
    },

    async setActive(actor: Actor, id: number, active: boolean) {
      const current = await load(id);
      if (current.active === active) return present(current);
      const updated = await db.transaction().execute(async (trx) => {
        const c = await categoriesRepository.setActive(trx, id, active);
        await auditService.record(trx, actor, {
          action: active ? 'category.reactivated' : 'category.deactivated',
          objectType: 'category',
          objectId: id,
          orgId: actor.orgId,
          before: { active: !active },
          after: { active },
        });
        return c;
      });
      return present(updated);
    },
  };
}
export type CategoriesService = ReturnType<typeof createCategoriesService>;
