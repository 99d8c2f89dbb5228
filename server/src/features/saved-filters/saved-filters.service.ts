import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { listQuery } from '../worklist/index.js';
import { savedFiltersRepository } from './saved-filters.repository.js';

type Row = Awaited<ReturnType<typeof savedFiltersRepository.insert>>;
const present = (actor: Actor, f: Row) => ({
  id: f.id,
  name: f.name,
  scope: f.scope,
  filter: f.filter as Record<string, unknown>,
  mine: f.owner_id === actor.userId,
});

/** 筛选方案: named work-list filters, personal or shared with the body. */
export function createSavedFiltersService({ db }: { db: Database }) {
  return {
    async list(actor: Actor) {
      return (await savedFiltersRepository.listFor(db, actor.userId, actor.orgId)).map((f) => present(actor, f));
    },

    async create(actor: Actor, input: { name: string; scope: 'personal' | 'org'; filter: Record<string, unknown> }) {
      // Stored only if the work list would accept it, so applying a saved filter never fails.
      const asQuery = Object.fromEntries(
        Object.entries(input.filter).filter(([k, v]) => v !== undefined && v !== null && v !== '' && k !== 'cursor'),
      );
      const parsed = listQuery.safeParse(
        Object.fromEntries(Object.entries(asQuery).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)])),
      );
      if (!parsed.success)
        throw new AppError('validation_failed', {
          fields: parsed.error.issues.map((i) => ({ path: `filter.${i.path.join('.')}`, message: i.message })),
        });
      const row = await db.transaction().execute(async (trx) => {
        const f = await savedFiltersRepository.insert(trx, {
          name: input.name,
          owner_id: actor.userId,
          org_id: actor.orgId,
          scope: input.scope,
          filter: JSON.stringify(asQuery),
        });
        await auditService.record(trx, actor, {
          action: 'saved_filter.created',
          objectType: 'saved_filter',
          objectId: f.id,
          orgId: actor.orgId,
          after: { name: f.name, scope: f.scope },
        });
        return f;
      });
      return present(actor, row);
    },

    /** Only the owner removes a filter. */
    async remove(actor: Actor, id: number) {
      await db.transaction().execute(async (trx) => {
        const f = await savedFiltersRepository.findById(trx, id);
        if (!f || f.owner_id !== actor.userId) throw new AppError('saved_filter_not_found');
        await savedFiltersRepository.remove(trx, id);
        await auditService.record(trx, actor, {
          action: 'saved_filter.removed',
          objectType: 'saved_filter',
          objectId: id,
          orgId: actor.orgId,
          before: { name: f.name },
        });
      });
    },
  };
}
export type SavedFiltersService = ReturnType<typeof createSavedFiltersService>;
