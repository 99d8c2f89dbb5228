import { sql } from 'kysely';
import { visibleTo } from '../../access/visibility.js';
import type { Actor } from '../../auth/actor.js';
import type { Database, Executor } from '../../db/database.js';
import { contains, type MatterText } from '../../shared/search.js';

/** A model version as listed: everything but its weights. */
const versionColumns = [
  'm.id',
  'm.version',
  'm.trained_at',
  'm.trained_by',
  'm.examples',
  'm.own_examples',
  'm.train_seconds',
  'm.evaluation',
  'm.active',
  'm.activated_at',
  sql<boolean>`m.params is not null`.as('kept'),
] as const;

/** The category path of ids, level 1 first, of a petition's category (2 joins up the 3-level tree). */
const categoryPath = sql<number[]>`array_remove(array[c2.parent_id, c.parent_id, c.id], null)`;

export const assistRepository = {
  active(db: Executor) {
    return db.selectFrom('assist_models').select(['id', 'version', 'trained_at']).where('active', '=', true).executeTakeFirst();
  },

  params(db: Executor, id: number) {
    return db.selectFrom('assist_models').select('params').where('id', '=', id).executeTakeFirst();
  },

  versions(db: Executor) {
    return db
      .selectFrom('assist_models as m')
      .leftJoin('users as u', 'u.id', 'm.trained_by')
      .select([...versionColumns, 'u.display_name as trained_by_name'])
      .orderBy('m.version', 'desc')
      .execute();
  },

  version(db: Executor, id: number) {
    return db.selectFrom('assist_models as m').select(versionColumns).where('m.id', '=', id).executeTakeFirst();
  },

  async insert(
    trx: Executor,
    row: { trained_by: number | null; examples: number; own_examples: number; train_seconds: number; evaluation: unknown; params: Buffer },
  ) {
    const { next } = await trx
      .selectFrom('assist_models')
      .select(sql<number>`coalesce(max(version), 0) + 1`.as('next'))
      .executeTakeFirstOrThrow();
    return trx
      .insertInto('assist_models')
      .values({ ...row, version: next, evaluation: JSON.stringify(row.evaluation) })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
  },

  async activate(trx: Executor, id: number, actorId: number | null) {
    await trx.updateTable('assist_models').set({ active: false }).where('active', '=', true).execute();
    await trx
      .updateTable('assist_models')
      .set({ active: true, activated_at: sql`now()`, activated_by: actorId })
      .where('id', '=', id)
      .execute();
  },

  /** Lets go of the weights of all but the newest `keep` versions and the active one: their figures stay. */
  prune(trx: Executor, keep: number) {
    return trx
      .updateTable('assist_models')
      .set({ params: null })
      .where('active', '=', false)
      .where('params', 'is not', null)
      .where('version', '<=', sql<number>`(select max(version) from assist_models) - ${keep}`)
      .execute();
  },

  /**
   * The deployment's own labelled matters, newest first: the category as it stands now (a correction's, when
   * corrected), and whether a person chose it against the model (overridden at registration, or corrected since).
   */
  ownExamples(db: Executor, limit: number, contentChars: number) {
    return db
      .selectFrom('petitions as p')
      .innerJoin('categories as c', 'c.id', 'p.category_id')
      .leftJoin('categories as c2', 'c2.id', 'c.parent_id')
      .select([
        'p.id',
        'p.title',
        sql<string>`left(p.content, ${contentChars})`.as('content'),
        categoryPath.as('path'),
        sql<boolean>`exists (select 1 from petition_events e where e.petition_id = p.id and e.kind = 'corrected'
            and e.payload -> 'after' ? 'categoryId')
          or exists (select 1 from assist_labels l where l.petition_id = p.id and l.kind = 'category' and l.rank is null)`.as('corrected'),
      ])
      .where('p.merged_into_id', 'is', null)
      .orderBy('p.id', 'desc')
      .limit(limit)
      .execute();
  },

  /**
   * The routing history by category (and each of its ancestors), the place's county and the body sent to: how many
   * were sent there, kept (signed for and never sent back) and, of those, concluded.
   */
  async rebuildRoutes(trx: Executor) {
    await trx.deleteFrom('assist_routes').execute();
    await sql`
      insert into assist_routes (category_id, county, org_id, routed, kept, concluded)
      select k.category_id, coalesce(left(p.place_region_code, 6), ''), a.to_org_id,
             count(*), count(*) filter (where a.status in ('received', 'done')),
             count(*) filter (where a.status in ('received', 'done') and p.concluded_at is not null)
      from petition_assignments a
      join petitions p on p.id = a.petition_id
      join categories c on c.id = p.category_id
      left join categories c2 on c2.id = c.parent_id
      cross join lateral unnest(${categoryPath}) as k(category_id)
      where a.mode in ('forward', 'assign')
      group by 1, 2, 3`.execute(trx);
  },

  /** The routing history, all of it: a deployment's categories × counties × bodies routed to, kept in memory. */
  routes(db: Executor) {
    return db.selectFrom('assist_routes').selectAll().execute();
  },

  /** The rules as suggestions apply them (the administration page reads them with their paths: `rules`). */
  ruleTargets(db: Executor) {
    return db.selectFrom('assist_body_rules').select(['category_id', 'org_kind', 'name_contains']).orderBy('id').execute();
  },

  rules(db: Executor) {
    return db
      .selectFrom('assist_body_rules as r')
      .innerJoin('categories as c', 'c.id', 'r.category_id')
      .select(['r.id', 'r.category_id', 'c.path as category_path', 'r.org_kind', 'r.name_contains', 'r.updated_at'])
      .orderBy('c.path')
      .orderBy('r.id')
      .execute();
  },

  rule(db: Executor, id: number) {
    return db.selectFrom('assist_body_rules').selectAll().where('id', '=', id).executeTakeFirst();
  },

  insertRule(trx: Executor, row: { category_id: number; org_kind: string; name_contains: string | null; updated_by: number }) {
    return trx.insertInto('assist_body_rules').values(row).returning('id').executeTakeFirstOrThrow();
  },

  updateRule(trx: Executor, id: number, row: { category_id: number; org_kind: string; name_contains: string | null; updated_by: number }) {
    return trx
      .updateTable('assist_body_rules')
      .set({ ...row, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  },

  deleteRule(trx: Executor, id: number) {
    return trx.deleteFrom('assist_body_rules').where('id', '=', id).execute();
  },

  insertLabels(
    trx: Executor,
    rows: {
      petition_id: number;
      kind: 'category' | 'body';
      source: 'registration' | 'correction';
      model_version: number | null;
      offered: number[];
      chosen: number | null;
      rank: number | null;
      actor_id: number;
    }[],
  ) {
    if (!rows.length) return Promise.resolve();
    return trx.insertInto('assist_labels').values(rows).execute();
  },

  /** The body a registrar chose for the petition at registration, if any. */
  chosenBody(db: Executor, petitionId: number) {
    return db
      .selectFrom('assist_labels')
      .select('chosen')
      .where('petition_id', '=', petitionId)
      .where('kind', '=', 'body')
      .where('chosen', 'is not', null)
      .orderBy('id', 'desc')
      .executeTakeFirst();
  },

  /** How often each version's suggestions were taken: first, among the three, or overridden. */
  uptake(db: Executor) {
    return db
      .selectFrom('assist_labels')
      .select([
        'model_version',
        'kind',
        sql<number>`count(*)::int`.as('total'),
        sql<number>`(count(*) filter (where rank = 0))::int`.as('first'),
        sql<number>`(count(*) filter (where rank is not null))::int`.as('offered'),
      ])
      .where('source', '=', 'registration')
      .groupBy(['model_version', 'kind'])
      .execute();
  },

  /**
   * 类案参考: the handling decisions of matters similar to this text that the reader may see (its scope, the
   * accusation rule: visibleTo), most similar first, with the rating the petitioner gave.
   */
  precedents(db: Database, reader: Pick<Actor, 'orgId' | 'orgPath'>, text: MatterText, threshold: number, exceptId: number) {
    return db.transaction().execute(async (trx) => {
      await sql`select set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`.execute(trx);
      return trx
        .selectFrom('petitions as p')
        .innerJoin('decisions as d', (j) => j.onRef('d.petition_id', '=', 'p.id').on('d.stage', '=', 'handling'))
        .innerJoin('orgs as o', 'o.id', 'd.org_id')
        .select([
          'p.id',
          'p.number',
          'p.title',
          'p.summary',
          'd.id as decision_id',
          'd.outcome',
          'd.request',
          'd.facts',
          'd.reasons',
          'd.basis',
          'd.issued_at',
          'o.name as org_name',
          sql<number>`greatest(similarity(p.summary, ${text.summary}), similarity(p.title, ${text.title}))`.as('similarity'),
          sql<string | null>`(select e.rating from evaluations e where e.decision_id = d.id order by e.id desc limit 1)`.as('rating'),
        ])
        .where(sql<boolean>`(p.summary % ${text.summary} or p.title % ${text.title})`)
        .where(visibleTo(reader))
        .where('p.id', '!=', exceptId)
        .orderBy('similarity', 'desc')
        .orderBy('d.issued_at', 'desc')
        .limit(5)
        .execute();
    });
  },

  knowledge(db: Executor, opts: { q?: string | undefined; activeOnly: boolean }) {
    return db
      .selectFrom('assist_knowledge')
      .selectAll()
      .$if(opts.activeOnly, (qb) => qb.where('active', '=', true))
      .$if(!!opts.q, (qb) =>
        qb.where(
          sql<boolean>`(${contains(sql`title`, opts.q!)} or ${contains(sql`body`, opts.q!)} or ${contains(sql`coalesce(citation, '')`, opts.q!)})`,
        ),
      )
      .orderBy('kind')
      .orderBy('title')
      .execute();
  },

  knowledgeEntry(db: Executor, id: number) {
    return db.selectFrom('assist_knowledge').selectAll().where('id', '=', id).executeTakeFirst();
  },

  insertKnowledge(trx: Executor, row: { kind: string; title: string; body: string; citation: string | null; updated_by: number }) {
    return trx.insertInto('assist_knowledge').values(row).returning('id').executeTakeFirstOrThrow();
  },

  updateKnowledge(
    trx: Executor,
    id: number,
    row: Partial<{ kind: string; title: string; body: string; citation: string | null; active: boolean }> & { updated_by: number },
  ) {
    return trx
      .updateTable('assist_knowledge')
      .set({ ...row, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  },
};
