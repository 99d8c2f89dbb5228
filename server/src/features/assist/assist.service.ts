import { relevance } from '@xinfang/domain';
import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { auditService, SYSTEM_ACTOR } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import { AppError, fieldError } from '../../errors.js';
import { readVersions, referenceValue, type Versions } from '../../shared/reference-cache.js';
import { matterTextOf } from '../../shared/search.js';
import type { JobQueue } from '../../jobs/queue.js';
import { categoryRecords } from '../categories/index.js';
import { orgRecords } from '../orgs/index.js';
import type { PetitionsService, RegistrationListener } from '../petitions/index.js';
import type { Evaluation } from './assist.evaluate.js';
import { deserialize, predict, type Example, type Model } from './assist.model.js';
import { createBodySuggestions } from './assist.bodies.js';
import { presentKnowledge, presentPrecedent, presentRule } from './assist.presenter.js';
import { assistRepository } from './assist.repository.js';
import type { BodyRuleInput, KnowledgeInput, SuggestInput } from './assist.schema.js';
import { seedMessages, textKey } from './assist.seed.js';
import { trainInWorker } from './assist.train.js';

export const ASSIST_TRAIN_JOB = 'assist.train';
/** Versions whose weights are kept for going back to; older ones keep their figures only. */
const KEPT_VERSIONS = 10;
/** The deployment's own matters read for training, newest first: enough to learn its categories, bounded in time. */
const OWN_EXAMPLES = 20_000;
/** A person's label counts more than the shipped silver one, a correction or an override more again. */
const OWN_WEIGHT = 2;
const CORRECTED_WEIGHT = 4;
/** A precedent is looser than a repeat: the same kind of problem, not the same matter (repeats are 0.3). */
const PRECEDENT_SIMILARITY = 0.2;
/** Below this share of a matter's character pairs in an entry, a knowledge-base entry is not about it. */
const KNOWLEDGE_RELEVANCE = 0.05;
/** Under the same lock, one training at a time across servers. */
const TRAIN_LOCK = 7246154;

/** Who asked for a training run (kept with the job): null for the first start and the nightly run. */
type Trainer = Pick<Actor, 'userId' | 'username' | 'orgId'>;
/** At start: the first version is trained in the background when none exists yet, so no suggestion waits for it. */
export async function ensureAssistModel(db: Database, jobs: JobQueue) {
  if (!(await db.selectFrom('assist_models').select('id').executeTakeFirst())) await jobs.enqueue(ASSIST_TRAIN_JOB, {});
}

/** With each registration, in its transaction: what 智能辅助 offered and what the registrar chose, as labels. */
export const recordAssistLabels: RegistrationListener = async ({ trx, actor, petitionId, input }) => {
  const offer = input.assist;
  if (!offer) return;
  if (offer.bodyId !== null && !(await orgRecords.findById(trx, offer.bodyId))) throw fieldError('assist.bodyId', '机构不存在');
  const rank = (offered: number[], chosen: number | null) => (chosen !== null && offered.includes(chosen) ? offered.indexOf(chosen) : null);
  const base = { petition_id: petitionId, source: 'registration' as const, model_version: offer.modelVersion, actor_id: actor.userId };
  await assistRepository.insertLabels(trx, [
    ...(input.categoryId !== null || offer.categoryIds.length
      ? [
          {
            ...base,
            kind: 'category' as const,
            offered: offer.categoryIds,
            chosen: input.categoryId,
            rank: rank(offer.categoryIds, input.categoryId),
          },
        ]
      : []),
    ...(offer.bodyId !== null || offer.bodyIds.length
      ? [{ ...base, kind: 'body' as const, offered: offer.bodyIds, chosen: offer.bodyId, rank: rank(offer.bodyIds, offer.bodyId) }]
      : []),
  ]);
};

/** 智能辅助: the category model's versions and training, suggestions at registration, the labels given. */
export function createAssistService({ db, jobs, petitions }: { db: Database; jobs: JobQueue; petitions: PetitionsService }) {
  let loaded: { id: number; version: number; trainedAt: Date; model: Model; asOf: number | undefined } | undefined;
  // The training this server is running (the job's, or a first suggestion's): a suggestion with no version yet waits
  // for it rather than training a second time.
  let running: Promise<unknown> | undefined;
  function trainHere(by: Trainer | null) {
    const run: Promise<unknown> = train(by).finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  }

  /** The model in use, loaded once per version, and asked for again only when the models have changed since. */
  async function current(versions: Versions) {
    const asOf = versions.get('assist_models');
    if (loaded && loaded.asOf === asOf) return loaded;
    let active = await assistRepository.active(db);
    if (!active) {
      await (running ?? trainHere(null));
      active = await assistRepository.active(db);
    }
    if (!active) throw new Error('no category model after training');
    if (loaded?.id !== active.id) {
      const { params } = (await assistRepository.params(db, active.id))!;
      loaded = { id: active.id, version: active.version, trainedAt: active.trained_at, model: deserialize(params!), asOf };
    } else loaded = { ...loaded, asOf };
    return loaded;
  }

  /** The shipped messages and this deployment's labelled matters; a text labelled here overrides its shipped label. */
  async function examples(): Promise<{ all: Example[]; own: number }> {
    const categories = await categoryRecords.list(db);
    const level1 = new Map(categories.filter((c) => c.level === 1).map((c) => [c.name, c.id]));
    const byKey = new Map<string, Example>();
    for (const m of seedMessages()) {
      const id = level1.get(m.label);
      if (id === undefined) continue; // a class renamed or removed here: its shipped examples no longer say anything
      const key = textKey(m.title, m.body);
      byKey.set(key, { key, title: m.title, content: m.body, path: [id], weight: 1 });
    }
    const own = await assistRepository.ownExamples(db, OWN_EXAMPLES, 1500);
    for (const p of own.reverse()) {
      const key = textKey(p.title, p.content);
      byKey.set(key, { key, title: p.title, content: p.content, path: p.path, weight: p.corrected ? CORRECTED_WEIGHT : OWN_WEIGHT });
    }
    return { all: [...byKey.values()], own: own.length };
  }

  /** Trains a version and puts it in use; rebuilds the routing summary. */
  async function train(actor: Trainer | null) {
    const { all, own } = await examples();
    const trained = await trainInWorker(all);
    return db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${TRAIN_LOCK})`.execute(trx);
      // Two servers starting on a new database both train the first version: the second one keeps the first's.
      if (!actor && !(await assistRepository.active(trx)) && (await trx.selectFrom('assist_models').select('id').executeTakeFirst()))
        return null;
      const row = await assistRepository.insert(trx, {
        trained_by: actor?.userId ?? null,
        examples: all.length,
        own_examples: own,
        train_seconds: Math.round(trained.seconds * 10) / 10,
        evaluation: trained.evaluation,
        params: trained.params,
      });
      // The newest is put in use; its figures are shown beside the others', and an administrator may go back.
      await assistRepository.activate(trx, row.id, actor?.userId ?? null);
      await assistRepository.prune(trx, KEPT_VERSIONS);
      await assistRepository.rebuildRoutes(trx);
      await auditService.record(trx, actor ? { ...actor, ip: null, requestId: null } : SYSTEM_ACTOR, {
        action: 'assist.trained',
        objectType: 'assist_model',
        objectId: row.id,
        orgId: actor?.orgId ?? null,
        after: { version: row.version, examples: all.length, macroF1: trained.evaluation.macroF1 },
      });
      return row;
    });
  }

  // Kept while its version stands (shared/reference-cache.ts): read and parsed at every suggestion, the taxonomy cost
  // more than the rest of the categories' side (docs/PERFORMANCE.md § Smart assistance).
  const taxonomy = referenceValue('categories', (trx) => categoryRecords.list(trx));
  /** The top three categories of a text as paths, inactive ones left out, with the taxonomy they were read from. */
  async function classify(title: string, content: string, versions: Versions) {
    const [model, all] = await Promise.all([current(versions), taxonomy(db, versions)]);
    const predictions = predict(model.model, title, content, 6);
    const rows = new Map(all.map((c) => [c.id, c]));
    const categories = predictions
      .map((p) => ({ p, c: rows.get(p.path.at(-1)!) }))
      .filter((x) => x.c?.active)
      .slice(0, 3)
      .map(({ p, c }) => ({ id: c!.id, path: c!.path, score: Math.round(p.score * 1000) / 1000 }));
    return { categories, model: { version: model.version, trainedAt: model.trainedAt }, all };
  }

  const { targetsOf, bodiesFor } = createBodySuggestions();

  const service = {
    async register() {
      await jobs.register(ASSIST_TRAIN_JOB, async (data) => void (await trainHere((data.by as Trainer | undefined) ?? null)));
      await jobs.schedule(ASSIST_TRAIN_JOB, '30 2 * * *');
    },

    /** The top three categories and bodies, and similar matters, for what a registrar has typed. */
    async suggest(actor: Actor, input: SuggestInput) {
      // Similar matters need nothing of the rest: asked for at once. The rest is one read of the reference data's
      // versions, then the model and what the server keeps in memory; only the bodies wait for the categories.
      const withBodies = async () => {
        const versions = await readVersions(db);
        const [{ categories, model, all }, targets] = await Promise.all([
          classify(input.title, input.content, versions),
          targetsOf(db, versions, { actor, accusedOrgId: input.accusedOrgId ?? null }),
        ]);
        const place = input.placeRegionCode ?? null;
        return { categories, model, bodies: await bodiesFor(db, actor, versions, { categories, place, targets, all }) };
      };
      const [{ categories, model, bodies }, found] = await Promise.all([
        withBodies(),
        petitions.candidates(actor, { petitioners: [], title: input.title, content: input.content }),
      ]);
      const similar = found.similar
        .slice(0, 5)
        .map((c) => ({ id: c.id, number: c.number, title: c.title, score: c.similarity, phrase: c.phrase }));
      return { categories, bodies, similar, model };
    },

    /** The portal's: categories only, and nothing about anyone's matters. */
    async categories(title: string, content: string) {
      const { categories, model } = await classify(title, content, await readVersions(db));
      return { categories, model };
    },

    /** Bodies for a registered petition (the 转送 / 交办 picker): the one chosen at registration first. */
    async petitionBodies(actor: Actor, petitionId: number) {
      const p = await petitions.load(actor, petitionId);
      const versions = await readVersions(db);
      const classified = p.category_id ? null : await classify(p.title, p.content, versions);
      const all = classified?.all ?? (await taxonomy(db, versions));
      const categories = classified?.categories ?? [{ id: p.category_id!, score: 1 }];
      const targets = await targetsOf(db, versions, { actor, accusedOrgId: p.accused_org_id });
      const bodies = await bodiesFor(db, actor, versions, { categories, place: p.place_region_code, targets, all });
      const chosen = (await assistRepository.chosenBody(db, petitionId))?.chosen ?? null;
      return { bodies, chosenAtRegistration: chosen };
    },

    async versions() {
      const uptake = await assistRepository.uptake(db);
      return (await assistRepository.versions(db)).map((v) => {
        const of = (kind: string) => uptake.find((u) => u.model_version === v.version && u.kind === kind);
        return {
          id: v.id,
          version: v.version,
          trainedAt: v.trained_at,
          trainedBy: v.trained_by_name ?? null,
          examples: v.examples,
          ownExamples: v.own_examples,
          trainSeconds: v.train_seconds,
          evaluation: v.evaluation as Evaluation,
          active: v.active,
          activatedAt: v.activated_at,
          kept: v.kept,
          uptake: { category: of('category') ?? null, body: of('body') ?? null },
        };
      });
    },

    /** Asks for a training run now (the job; also nightly). */
    async retrain(actor: Actor) {
      const by: Trainer = { userId: actor.userId, username: actor.username, orgId: actor.orgId };
      await jobs.enqueue(ASSIST_TRAIN_JOB, { by });
      await auditService.record(db, actor, {
        action: 'assist.retrain_requested',
        objectType: 'assist_model',
        objectId: null,
        orgId: actor.orgId,
      });
    },

    /** Puts a version in use: going back to an earlier one, or forward again. */
    async activate(actor: Actor, id: number) {
      await db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${TRAIN_LOCK})`.execute(trx);
        const v = await assistRepository.version(trx, id);
        if (!v) throw new AppError('assist_model_not_found');
        if (!v.kept) throw new AppError('assist_model_not_kept', { version: v.version });
        const before = await assistRepository.active(trx);
        await assistRepository.activate(trx, id, actor.userId);
        await auditService.record(trx, actor, {
          action: 'assist.activated',
          objectType: 'assist_model',
          objectId: id,
          orgId: actor.orgId,
          before: { version: before?.version ?? null },
          after: { version: v.version },
        });
      });
      return (await service.versions()).find((v) => v.id === id)!;
    },

    /**
     * 类案参考 for writing this petition's 处理意见书: the handling decisions of similar matters the reader may see,
     * and the knowledge-base entries closest to it.
     */
    async precedents(actor: Actor, petitionId: number) {
      const p = await petitions.load(actor, petitionId);
      const text = matterTextOf(p.title, p.content);
      const rows = await assistRepository.precedents(db, actor, text, PRECEDENT_SIMILARITY, p.id);
      const matter = `${p.title} ${p.content.slice(0, 1000)}`;
      const knowledge = (await assistRepository.knowledge(db, { activeOnly: true }))
        .map((k) => ({ ...presentKnowledge(k), score: Math.round(relevance(matter, `${k.title} ${k.body}`) * 1000) / 1000 }))
        .filter((k) => k.score >= KNOWLEDGE_RELEVANCE)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3);
      return {
        precedents: rows.map((r) => presentPrecedent(r, text.summary)),
        knowledge,
      };
    },

    async knowledge(q: string | undefined, all: boolean) {
      return (await assistRepository.knowledge(db, { q, activeOnly: !all })).map(presentKnowledge);
    },

    async saveKnowledge(actor: Actor, id: number | null, input: KnowledgeInput) {
      const saved = await db.transaction().execute(async (trx) => {
        const before = id === null ? undefined : await assistRepository.knowledgeEntry(trx, id);
        if (id !== null && !before) throw new AppError('assist_knowledge_not_found');
        const row = { kind: input.kind, title: input.title, body: input.body, citation: input.citation, updated_by: actor.userId };
        const savedId = id === null ? (await assistRepository.insertKnowledge(trx, row)).id : id;
        if (id !== null) await assistRepository.updateKnowledge(trx, id, { ...row, active: input.active });
        await auditService.record(trx, actor, {
          action: id === null ? 'assist.knowledge_created' : 'assist.knowledge_changed',
          objectType: 'assist_knowledge',
          objectId: savedId,
          orgId: actor.orgId,
          ...(before ? { before: { title: before.title, active: before.active } } : {}),
          after: { kind: input.kind, title: input.title, active: input.active },
        });
        return savedId;
      });
      return presentKnowledge((await assistRepository.knowledgeEntry(db, saved))!);
    },

    async rules() {
      return (await assistRepository.rules(db)).map(presentRule);
    },

    async saveRule(actor: Actor, id: number | null, input: BodyRuleInput) {
      await db.transaction().execute(async (trx) => {
        const category = await categoryRecords.findById(trx, input.categoryId);
        if (!category) throw fieldError('categoryId', '问题分类不存在');
        const before = id === null ? undefined : await assistRepository.rule(trx, id);
        if (id !== null && !before) throw new AppError('assist_rule_not_found');
        const row = { category_id: input.categoryId, org_kind: input.orgKind, name_contains: input.nameContains, updated_by: actor.userId };
        const saved = await (
          id === null ? assistRepository.insertRule(trx, row).then((r) => r.id) : assistRepository.updateRule(trx, id, row).then(() => id)
        ).catch((err: unknown) => {
          if (err instanceof Error && 'constraint' in err && err.constraint === 'assist_body_rules_unique')
            throw new AppError('assist_rule_taken');
          throw err;
        });
        await auditService.record(trx, actor, {
          action: id === null ? 'assist.rule_created' : 'assist.rule_changed',
          objectType: 'assist_rule',
          objectId: saved,
          orgId: actor.orgId,
          ...(before ? { before: { categoryId: before.category_id, orgKind: before.org_kind, nameContains: before.name_contains } } : {}),
          after: { categoryId: input.categoryId, orgKind: input.orgKind, nameContains: input.nameContains },
        });
      });
      return service.rules();
    },

    async deleteRule(actor: Actor, id: number) {
      await db.transaction().execute(async (trx) => {
        const before = await assistRepository.rule(trx, id);
        if (!before) throw new AppError('assist_rule_not_found');
        await assistRepository.deleteRule(trx, id);
        await auditService.record(trx, actor, {
          action: 'assist.rule_deleted',
          objectType: 'assist_rule',
          objectId: id,
          orgId: actor.orgId,
          before: { categoryId: before.category_id, orgKind: before.org_kind, nameContains: before.name_contains },
        });
      });
      return service.rules();
    },
  };
  return service;
}
export type AssistService = ReturnType<typeof createAssistService>;
