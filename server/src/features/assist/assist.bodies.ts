import type { Actor } from '../../auth/actor.js';
import type { Executor } from '../../db/database.js';
import { referenceCache, referenceValue, type Versions } from '../../shared/reference-cache.js';
import type { categoryRecords } from '../categories/index.js';
import { orgRecords } from '../orgs/index.js';
import { routeTargetsOf } from '../workflow/index.js';
import { assistRepository } from './assist.repository.js';

type Org = Awaited<ReturnType<typeof routeTargetsOf>>[number];
export interface BodySuggestion {
  id: number;
  name: string;
  score: number;
  /** From this deployment's routing history, or from an administrator's rule (no history yet). */
  source: 'history' | 'rule';
}

/**
 * How near a body's region is to the place: 1 at the place itself (or below it), less for the county, city or
 * province above it, little for another area; a half when either is not known (the body is in the routing scope).
 */
function nearness(place: string | null, region: string | null): number {
  if (!place || !region) return 0.5;
  if (region.startsWith(place)) return 1;
  if (place.startsWith(region)) return region.length / place.length;
  return 0.1;
}

type CategoryRow = Awaited<ReturnType<typeof categoryRecords.list>>[number];

/**
 * The handling bodies 智能辅助 suggests: from the bodies the caller's body may route to, by this deployment's routing
 * history, then the administrators' rules. What they are read from is kept in memory while its version stands
 * (shared/reference-cache.ts): a scope's bodies per body and accused body, the history by category, the rules.
 */
export function createBodySuggestions() {
  const targetsOf = referenceCache(
    'orgs',
    (trx, { actor, accusedOrgId }: { actor: Actor; accusedOrgId: number | null }) =>
      routeTargetsOf(trx, { accused_org_id: accusedOrgId, accused_org_unknown: false }, actor),
    ({ actor, accusedOrgId }) => `${actor.orgId} ${actor.orgPath} ${accusedOrgId}`,
  );
  const history = referenceValue('assist_routes', async (trx) => {
    const byCategory = new Map<number, Awaited<ReturnType<typeof assistRepository.routes>>>();
    for (const r of await assistRepository.routes(trx)) {
      if (!byCategory.has(r.category_id)) byCategory.set(r.category_id, []);
      byCategory.get(r.category_id)!.push(r);
    }
    return byCategory;
  });
  const ruleTargets = referenceValue('assist_body_rules', (trx) => assistRepository.ruleTargets(trx));

  /**
   * The bodies the actor's body may send a matter of these categories and place to, best first: by this
   * deployment's routing history (matters of the category sent there, kept and concluded, nearer places counting
   * more); where the history names fewer than three, the administrators' rules at the place's level add bodies
   * after them: what this deployment did comes before what a rule says, each by its score (the source is shown).
   */
  async function bodiesFor(
    trx: Executor,
    actor: Actor,
    versions: Versions,
    {
      categories,
      place,
      targets,
      all,
    }: { categories: { id: number; score: number }[]; place: string | null; targets: Org[]; all: CategoryRow[] },
  ): Promise<BodySuggestion[]> {
    const byId = new Map(targets.map((o) => [o.id, o]));
    const weight = new Map(categories.map((c) => [c.id, c.score]));
    const county = place?.slice(0, 6) ?? null;
    const raw = new Map<number, { good: number; sent: number }>();
    const [routes, rules] = await Promise.all([history(trx, versions), ruleTargets(trx, versions)]);
    const relevant = [...weight.keys()].flatMap((id) => routes.get(id) ?? []).filter((r) => byId.has(r.org_id));
    for (const r of relevant) {
      const near = county && r.county === county ? 1 : county && r.county.slice(0, 4) === county.slice(0, 4) ? 0.4 : 0.1;
      const e = weight.get(r.category_id)! * near;
      const s = raw.get(r.org_id) ?? { good: 0, sent: 0 };
      // A matter signed for and still being handled counts half: a young deployment has concluded few yet.
      s.good += e * (r.concluded + 0.5 * (r.kept - r.concluded));
      s.sent += e * r.routed;
      raw.set(r.org_id, s);
    }
    // The matters kept, discounted by how often the body was a wrong address (a Laplace-smoothed rate).
    const merit = [...raw].map(([id, s]) => ({ id, value: s.good * ((s.good + 1) / (s.sent + 2)) })).filter((m) => m.value > 0);
    const total = merit.reduce((a, m) => a + m.value, 0);
    const out: BodySuggestion[] = merit
      .sort((a, b) => b.value - a.value)
      .slice(0, 3)
      .map((m) => ({ id: m.id, name: byId.get(m.id)!.name, score: Math.round((m.value / (total + 3)) * 1000) / 1000, source: 'history' }));
    if (out.length < 3) out.push(...(await byRules(trx, actor, { targets, categories, place, rules, all }, out)));
    return out.slice(0, 3);
  }

  async function byRules(
    trx: Executor,
    actor: Actor,
    {
      targets,
      categories,
      place,
      rules,
      all,
    }: {
      targets: Org[];
      categories: { id: number; score: number }[];
      place: string | null;
      rules: Awaited<ReturnType<typeof assistRepository.ruleTargets>>;
      all: CategoryRow[];
    },
    taken: BodySuggestion[],
  ) {
    const ancestry = new Map<number, number[]>();
    const byId = new Map(all.map((c) => [c.id, c]));
    for (const c of categories) {
      const chain: number[] = [];
      for (let at = byId.get(c.id); at; at = at.parent_id ? byId.get(at.parent_id) : undefined) chain.push(at.id);
      ancestry.set(c.id, chain);
    }
    const where = place ?? (await ownRegion(trx, actor, targets));
    const found: BodySuggestion[] = [];
    for (const c of categories) {
      for (const rule of rules.filter((r) => ancestry.get(c.id)!.includes(r.category_id))) {
        const fits = targets
          .filter((o) => o.kind === rule.org_kind && (!rule.name_contains || o.name.includes(rule.name_contains)))
          .map((o) => ({ o, near: nearness(where, o.region_code) }))
          .sort((a, b) => b.near - a.near);
        const best = fits[0];
        if (!best || [...taken, ...found].some((b) => b.id === best.o.id)) continue;
        found.push({ id: best.o.id, name: best.o.name, score: Math.round(c.score * best.near * 0.5 * 1000) / 1000, source: 'rule' });
      }
    }
    return found.sort((a, b) => b.score - a.score);
  }

  /** With no place given, the level of the body registering: its own region. */
  async function ownRegion(trx: Executor, actor: Actor, targets: Org[]) {
    return (await orgRecords.findById(trx, actor.orgId))?.region_code ?? targets[0]?.region_code ?? null;
  }

  return { targetsOf, bodiesFor };
}
