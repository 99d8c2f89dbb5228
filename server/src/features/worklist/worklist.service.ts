import { DUE_SOON_WORKING_DAYS } from '@xinfang/domain';
import type { RawBuilder } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { decodeCursor, encodeCursor } from '../../shared/cursor.js';
import { queryTerms } from '../../shared/search.js';
import { categoryRecords } from '../categories/index.js';
import type { ClocksService } from '../deadlines/index.js';
import { presentListItem } from '../petitions/index.js';
import { statRowKeys } from '../stats/index.js';
import type { SearchPlanner } from './worklist.planner.js';
import { worklistRepository, type Cursor } from './worklist.repository.js';
import { listQuery, type ListQuery } from './worklist.schema.js';

/** The work list and the deadlines on the workbench: a read model over petitions, their clocks and statistics. */
export function createWorklistService({ db, clocks, planner }: { db: Database; clocks: ClocksService; planner: SearchPlanner }) {
  /** The query's filters checked and resolved (a drill-down's row keys, a category's subtree, the search path). */
  async function filterOf(actor: Actor, query: ListQuery, where: RawBuilder<boolean> | undefined) {
    if (query.stat) {
      const missing = (['statOrg', 'statFrom', 'statTo'] as const).filter((k) => !query[k]);
      if (missing.length)
        throw new AppError('validation_failed', {
          fields: missing.map((path) => ({ path, message: '统计穿透需同时给出单位和起止日期' })),
        });
    }
    if (query.receptionFigure) {
      const missing = (['receptionLeader', 'receptionFrom', 'receptionTo'] as const).filter((k) => !query[k]);
      if (missing.length)
        throw new AppError('validation_failed', {
          fields: missing.map((path) => ({ path, message: '接访事项穿透需同时给出接访领导和起止日期' })),
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
    const t = queryTerms(query.q ?? '');
    const categoryIds = query.categoryId ? await categoryRecords.subtreeIds(db, query.categoryId) : undefined;
    const path = t.length ? await planner.path(db, actor, t, query.limit + 1) : 'grams';
    const dueBy = query.dueWithin ? await clocks.horizon(query.dueWithin) : undefined;
    return { ...query, terms: t, categoryIds, where, path, statRow, dueBy, cursor: undefined };
  }

  type Filter = Awaited<ReturnType<typeof filterOf>>;

  /** One page of the list the resolved filter gives, from the query's cursor. */
  async function pageOf(actor: Actor, query: ListQuery, filter: Filter) {
    // A cursor of the due-date order carries the due time too: one of the other order is refused.
    const cursor = query.cursor ? decodeCursor<Cursor>(query.cursor, [query.sort === 'dueAt' ? 4 : 3]) : undefined;
    const rows = await worklistRepository.list(db, actor, { ...filter, cursor });
    const page = rows.slice(0, query.limit);
    const clockMap = await clocks.forPetitions(
      db,
      page.map((r) => r.id),
    );
    const last = page.at(-1);
    const position = (r: NonNullable<typeof last>): Cursor => {
      const hit = r.title_hit ? 1 : 0;
      if (query.sort === 'dueAt') return [hit, r.due_key!.getTime(), r.created_at.getTime(), r.id];
      return [hit, (query.sort === 'registeredAt' ? r.created_at : r.received_at).getTime(), r.id];
    };
    return {
      items: page.map((r) => presentListItem(r, filter.terms, clockMap.get(r.id))),
      nextCursor: rows.length > query.limit && last ? encodeCursor(position(last)) : null,
      rows: page,
    };
  }

  return {
    /** The work list with keyset paging; `where` narrows it further (inbox sections). */
    async list(actor: Actor, query: ListQuery, where?: RawBuilder<boolean>) {
      return pageOf(actor, query, await filterOf(actor, query, where));
    },

    /** A page and the size of the whole list, the filter resolved once for both (the inbox sections). */
    async listWithTotal(actor: Actor, query: ListQuery, where?: RawBuilder<boolean>) {
      const filter = await filterOf(actor, query, where);
      const [page, total] = await Promise.all([pageOf(actor, query, filter), worklistRepository.count(db, actor, filter)]);
      return { ...page, total };
    },

    /** How many petitions the list pages through (its filters and `where`, no cursor). */
    async count(actor: Actor, query: ListQuery, where?: RawBuilder<boolean>) {
      return worklistRepository.count(db, actor, await filterOf(actor, query, where));
    },

    /**
     * The head's overdue by handler: each active 承办人 of the actor's body with how many matters the actor sees are
     * overdue, and due within DUE_SOON_WORKING_DAYS working days, at a body where they are the 承办人; and the same
     * two figures for the matters at the actor's body that no 承办人 has acted on yet (`unhandled`), which would
     * otherwise be in no row. Each figure is the count of the work list its link opens (`handlerId` or `unhandled`
     * with `deadline=overdue` or `dueWithin`).
     */
    async byHandler(actor: Actor) {
      const handlers = await worklistRepository.handlersOf(db, actor.orgId);
      // Each figure's filter resolved once (the due-soon horizon reads the calendar), then narrowed per handler.
      const overdue = await filterOf(actor, listQuery.parse({ deadline: 'overdue' }), undefined);
      const dueSoon = await filterOf(actor, listQuery.parse({ dueWithin: DUE_SOON_WORKING_DAYS }), undefined);
      const rows = [];
      // One count per figure, as the list counts it; a body has a handful of handlers.
      for (const h of handlers)
        rows.push({
          handler: h,
          overdue: await worklistRepository.count(db, actor, { ...overdue, handlerId: h.id }),
          dueSoon: await worklistRepository.count(db, actor, { ...dueSoon, handlerId: h.id }),
        });
      const unhandled = {
        overdue: await worklistRepository.count(db, actor, { ...overdue, unhandled: true }),
        dueSoon: await worklistRepository.count(db, actor, { ...dueSoon, unhandled: true }),
      };
      return { dueSoonWorkingDays: DUE_SOON_WORKING_DAYS, rows, unhandled };
    },

    /** Open deadlines by grade, for the workbench. */
    deadlineSummary(actor: Actor) {
      return worklistRepository.deadlineSummary(db, actor);
    },
  };
}
export type WorklistService = ReturnType<typeof createWorklistService>;
