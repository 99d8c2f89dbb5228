import type { RawBuilder } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { queryTerms } from '../../shared/search.js';
import { categoryRecords } from '../categories/index.js';
import type { ClocksService } from '../deadlines/index.js';
import { presentListItem } from '../petitions/index.js';
import { statRowKeys } from '../stats/index.js';
import type { SearchPlanner } from './worklist.planner.js';
import { worklistRepository, type Cursor } from './worklist.repository.js';
import type { ListQuery } from './worklist.schema.js';

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}
function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString()) as unknown;
    if (Array.isArray(c) && c.length === 3 && c.every((n) => Number.isFinite(n))) return c as Cursor;
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', { fields: [{ path: 'cursor', in: 'querystring', message: '分页位置无效，请从第一页重新查询' }] });
}

/** The work list and the deadlines on the workbench: a read model over petitions, their clocks and statistics. */
export function createWorklistService({ db, clocks, planner }: { db: Database; clocks: ClocksService; planner: SearchPlanner }) {
  return {
    /** The work list with keyset paging; `where` narrows it further (inbox sections). */
    async list(actor: Actor, query: ListQuery, where?: RawBuilder<boolean>) {
      if (query.stat) {
        const missing = (['statOrg', 'statFrom', 'statTo'] as const).filter((k) => !query[k]);
        if (missing.length)
          throw new AppError('validation_failed', {
            fields: missing.map((path) => ({ path, message: '统计穿透需同时给出单位和起止日期' })),
          });
      }
      const rowParams = (['statDim', 'statKey'] as const).filter((k) => query[k] !== undefined);
      if (rowParams.length && (rowParams.length < 2 || !query.stat))
        throw new AppError('validation_failed', {
          fields: [{ path: rowParams.length < 2 ? 'statKey' : 'stat', message: '统计分项穿透需同时给出指标、分项维度和分项键' }],
        });
      const statRow =
        query.stat && query.statOrg && query.statFrom && query.statTo && query.statDim && query.statKey
          ? await statRowKeys(db, actor, {
              statOrg: query.statOrg,
              statFrom: query.statFrom,
              statTo: query.statTo,
              dim: query.statDim,
              key: query.statKey,
            })
          : undefined;
      const terms = queryTerms(query.q ?? '');
      const categoryIds = query.categoryId ? await categoryRecords.subtreeIds(db, query.categoryId) : undefined;
      const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
      const path = terms.length ? await planner.path(db, actor, terms, query.limit + 1) : 'grams';
      const rows = await worklistRepository.list(db, actor, { ...query, terms, categoryIds, cursor, where, path, statRow });
      const page = rows.slice(0, query.limit);
      const clockMap = await clocks.forPetitions(
        db,
        page.map((r) => r.id),
      );
      const last = page.at(-1);
      const sortTime = (r: NonNullable<typeof last>) => (query.sort === 'registeredAt' ? r.created_at : r.received_at).getTime();
      return {
        items: page.map((r) => presentListItem(r, terms, clockMap.get(r.id))),
        nextCursor: rows.length > query.limit && last ? encodeCursor([last.title_hit ? 1 : 0, sortTime(last), last.id]) : null,
        rows: page,
      };
    },

    /** Open deadlines by grade, for the workbench. */
    deadlineSummary(actor: Actor) {
      return worklistRepository.deadlineSummary(db, actor);
    },
  };
}
export type WorklistService = ReturnType<typeof createWorklistService>;
