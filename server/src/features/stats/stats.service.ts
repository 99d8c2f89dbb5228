import {
  CHANNEL_ZH,
  TYPE_ZH,
  VOLUME_FIELDS,
  type Measure,
  type VolumeField,
  RATES,
  WORKFLOW_FIELDS,
  type BreakdownDim,
  UNRECORDED_KEY,
  type RowDim,
} from '@xinfang/domain';
import { inScope, type Actor } from '../../auth/actor.js';
import type { Reader } from '../../access/visibility.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { regionsService } from '../regions/index.js';
import { groupSimilar } from './stats.groups.js';
import { bucketsOf, lastYear, previousPeriod, thisMonth } from './stats.periods.js';
import { rates, rate, type Totals } from './stats.rates.js';
import type { VolumeDim } from './stats.measures.js';
import { statsRepository as repo, type Bucket, type DayRange, type VolumeSums } from './stats.repository.js';

export interface StatsQuery {
  orgId?: number;
  from?: string;
  to?: string;
}

const storedDim = (dim: RowDim): VolumeDim => (dim.startsWith('category') ? 'category' : (dim as VolumeDim));

/** overdue_now is a state, not an event: it is summed over all time, whatever the period. */
const ALL_TIME: DayRange = { from: '2000-01-01', to: '2999-12-31' };
/** Texts grouped per period for similar matters: enough for a month of a county, bounded for a province. */
const GROUP_SAMPLE = 1500;
const HOT_CACHE_MS = 5 * 60_000;

const totalsOf = (volume: VolumeSums | undefined, measures: { measure: string; value: number }[]): Totals => {
  const t: Totals = {};
  for (const f of VOLUME_FIELDS) t[`volume.${f}`] = volume?.[f] ?? 0;
  for (const m of measures) t[m.measure as Measure] = (t[m.measure as Measure] ?? 0) + m.value;
  return t;
};

/**
 * The row of a region breakdown a stored place code counts under: the division directly below the scope's region
 * that holds it (rolled up), else the place itself (recorded at the scope's own level, above it or outside it); by
 * county when the scope has no region. Always named, never a bare code.
 */
function regionRow(scopeRegion: string | null, code: string): { key: string; label: string } {
  if (!code) return { key: UNRECORDED_KEY, label: '未填写' };
  const chain = regionsService.ancestry(code);
  if (!chain.length) return { key: code, label: `区划代码${code}（未在行政区划表中）` };
  if (!scopeRegion) {
    const r = chain[Math.min(2, chain.length - 1)]!;
    return { key: r.code, label: r.name };
  }
  const at = chain.findIndex((r) => r.code === scopeRegion);
  if (at < 0) return { key: code, label: chain.at(-1)!.fullName };
  const below = chain[at + 1];
  return below ? { key: below.code, label: below.name } : { key: code, label: `${chain[at]!.name}（本级）` };
}

/** Smoothed growth: a rise from 1 to 3 ranks below one from 20 to 40. */
const growth = (current: number, previous: number) => (current - previous) / (previous + 3);

/** Labels of breakdown keys, and the key each stored key counts under (categories and regions roll up). */
async function keyMap(
  db: Executor,
  dim: BreakdownDim,
  scope: { region_code: string | null },
  keys: string[],
  viewer: Pick<Actor, 'orgPath'>,
) {
  const out = new Map<string, { key: string; label: string }>();
  if (dim === 'channel' || dim === 'type') {
    const labels: Readonly<Record<string, string>> = dim === 'channel' ? CHANNEL_ZH : TYPE_ZH;
    for (const k of keys) out.set(k, { key: k, label: labels[k] ?? k });
  } else if (dim.startsWith('category')) {
    const level = Number(dim.slice(-1));
    const cats = await db.selectFrom('categories').select(['id', 'parent_id', 'level', 'name', 'path']).execute();
    const byId = new Map(cats.map((c) => [String(c.id), c]));
    for (const k of keys) {
      let c = byId.get(k);
      while (c && c.level > level) c = byId.get(String(c.parent_id));
      out.set(k, c ? { key: String(c.id), label: c.path } : { key: UNRECORDED_KEY, label: '未分类' });
    }
  } else if (dim === 'region') {
    for (const k of keys) out.set(k, regionRow(scope.region_code, k));
  } else {
    const ids = keys.map(Number).filter((n) => n > 0);
    const orgs = ids.length ? await db.selectFrom('orgs').select(['id', 'name', 'path']).where('id', 'in', ids).execute() : [];
    for (const o of orgs)
      // Complaints about the viewer's own body (or one above it) are not shown to it, even as a count (条例 Art. 30).
      if (!inScope({ orgPath: o.path }, viewer.orgPath)) out.set(String(o.id), { key: String(o.id), label: o.name });
  }
  return out;
}

/**
 * The stored keys a breakdown's row sums, for its drill-down: those the row's own mapping (`keyMap`) sends to
 * `key`, so the list and the figure are one definition. Categories of every level and regions roll up.
 */
export async function statRowKeys(
  db: Executor,
  reader: Reader,
  f: { statOrg: number; statFrom: string; statTo: string; dim: RowDim; key: string },
) {
  const scope = await db.selectFrom('orgs').select(['region_code']).where('id', '=', f.statOrg).executeTakeFirst();
  const stored = storedDim(f.dim);
  const keys = await repo.storedKeys(db, { scope: f.statOrg, dim: stored, range: { from: f.statFrom, to: f.statTo } });
  const map = await keyMap(db, f.dim, { region_code: scope?.region_code ?? null }, keys, reader);
  return { dim: stored, keys: keys.filter((k) => map.get(k)?.key === f.key) };
}

export function createStatsService({ db }: { db: Database }) {
  const hotCache = new Map<string, { at: number; value: unknown }>();

  /** The body whose figures are asked for: the user's own or one below it (another's answers 404). */
  async function scopeOf(actor: Actor, orgId: number | undefined) {
    const org = await db
      .selectFrom('orgs')
      .select(['id', 'name', 'path', 'region_code'])
      .where('id', '=', orgId ?? actor.orgId)
      .executeTakeFirst();
    if (!org || !inScope(actor, org.path)) throw new AppError('org_not_found');
    return org;
  }

  function periodOf(q: StatsQuery): DayRange {
    const def = thisMonth();
    const range = { from: q.from ?? def.from, to: q.to ?? def.to };
    if (range.from > range.to) throw new AppError('validation_failed', { fields: [{ path: 'to', message: '结束日期不能早于开始日期' }] });
    return range;
  }

  async function totals(reader: Reader, scopes: number[], range: DayRange) {
    const [volume, measures] = await Promise.all([
      repo.volume(db, reader, { scopes, dim: 'all', range }),
      repo.measures(db, reader, { scopes, range }),
    ]);
    return new Map(
      scopes.map((s) => [
        s,
        totalsOf(
          volume.find((v) => v.scope === s),
          measures.filter((m) => m.scope === s),
        ),
      ]),
    );
  }

  async function overdueNow(reader: Reader, scopes: number[]) {
    const rows = await repo.measures(db, reader, { scopes, range: ALL_TIME, measures: ['overdue_now'] });
    return new Map(rows.map((r) => [r.scope, r.value]));
  }

  /** Volume by the keys of a breakdown, current and previous period, rolled up to the keys shown. */
  async function breakdownRows(scope: { id: number; region_code: string | null }, dim: BreakdownDim, range: DayRange, viewer: Reader) {
    const prev = previousPeriod(range);
    if (dim === 'body') {
      const children = await repo.children(db, scope.id);
      const ids = children.map((c) => c.id);
      const [cur, old] = await Promise.all([
        repo.volume(db, viewer, { scopes: ids, dim: 'all', range }),
        repo.volume(db, viewer, { scopes: ids, dim: 'all', range: prev }),
      ]);
      return children
        .map((c) => {
          const v = cur.find((r) => r.scope === c.id);
          return {
            key: String(c.id),
            label: c.name,
            registered: v?.registered ?? 0,
            persons: v?.persons ?? 0,
            previous: old.find((r) => r.scope === c.id)?.registered ?? 0,
          };
        })
        .sort((a, b) => b.registered - a.registered);
    }
    const stored = storedDim(dim);
    const [cur, old] = await Promise.all([
      repo.volume(db, viewer, { scopes: [scope.id], dim: stored, range }),
      repo.volume(db, viewer, { scopes: [scope.id], dim: stored, range: prev }),
    ]);
    const map = await keyMap(db, dim, scope, [...new Set([...cur, ...old].map((r) => r.key))], viewer);
    const rows = new Map<string, { key: string; label: string; registered: number; persons: number; previous: number }>();
    const row = (k: string) => {
      const mapped = map.get(k);
      if (!mapped) return null;
      const { key, label } = mapped;
      const existing = rows.get(key) ?? { key, label, registered: 0, persons: 0, previous: 0 };
      rows.set(key, existing);
      return existing;
    };
    for (const r of cur) {
      const target = row(r.key);
      if (!target) continue;
      target.registered += r.registered;
      target.persons += r.persons;
    }
    for (const r of old) {
      const target = row(r.key);
      if (target) target.previous += r.registered;
    }
    return [...rows.values()]
      .filter((r) => r.registered || r.previous)
      .sort((a, b) => b.registered - a.registered || b.previous - a.previous);
  }

  const asOf = () => new Date().toISOString();

  return {
    /** Derives the figures of every petition changed since the last refresh; returns how many. */
    async refresh(batch = 2000): Promise<number> {
      let total = 0;
      for (let n = await repo.refreshBatch(db, batch); n > 0; n = await repo.refreshBatch(db, batch)) total += n;
      return total;
    },

    /** Refreshes every `ms` until stopped; stopping waits for a refresh under way. */
    startRefresher(ms: number, log: (m: string) => void) {
      let timer: NodeJS.Timeout | undefined;
      let running: Promise<unknown> = Promise.resolve();
      let stopped = false;
      const tick = () => {
        running = this.refresh()
          .catch((err: unknown) => log(`statistics refresh failed: ${err instanceof Error ? err.message : String(err)}`))
          .finally(() => {
            if (!stopped) timer = setTimeout(tick, ms);
          });
      };
      timer = setTimeout(tick, ms);
      return async () => {
        stopped = true;
        clearTimeout(timer);
        await running;
      };
    },

    rebuild: () => repo.rebuild(db),
    differences: () => repo.differences(db),

    async overview(actor: Actor, q: StatsQuery) {
      const scope = await scopeOf(actor, q.orgId);
      const period = periodOf(q);
      const previous = previousPeriod(period);
      const ly = lastYear(period);
      const [cur, prev, last, now] = await Promise.all([
        totals(actor, [scope.id], period),
        totals(actor, [scope.id], previous),
        totals(actor, [scope.id], ly),
        overdueNow(actor, [scope.id]),
      ]);
      const [c, p, l] = [cur.get(scope.id)!, prev.get(scope.id)!, last.get(scope.id)!];
      const triple = (k: keyof Totals) => ({ value: c[k] ?? 0, previous: p[k] ?? 0, lastYear: l[k] ?? 0 });
      return {
        asOf: asOf(),
        scope: { id: scope.id, name: scope.name },
        period,
        previous,
        lastYear: ly,
        volume: Object.fromEntries(VOLUME_FIELDS.map((f) => [f, triple(`volume.${f}`)])) as Record<VolumeField, ReturnType<typeof triple>>,
        rates: RATES.map((d) => ({ key: d.key, ...rate(d, c), previous: rate(d, p).value, lastYear: rate(d, l).value })),
        workflow: Object.fromEntries(
          WORKFLOW_FIELDS.map((m) => [
            m,
            m === 'overdue_now' ? { value: now.get(scope.id) ?? 0, previous: null, lastYear: null } : triple(m),
          ]),
        ) as Record<string, { value: number; previous: number | null; lastYear: number | null }>,
      };
    },

    async series(actor: Actor, q: StatsQuery & { granularity: Bucket; measures: string[] }) {
      const scope = await scopeOf(actor, q.orgId);
      const period = periodOf(q);
      const buckets = bucketsOf(period, q.granularity);
      if (buckets.length > 400)
        throw new AppError('validation_failed', { fields: [{ path: 'granularity', message: '时间段过长，请选择更大的统计粒度' }] });
      const [volume, measures] = await Promise.all([
        repo.volume(db, actor, { scopes: [scope.id], dim: 'all', range: period, bucket: q.granularity }),
        repo.measures(db, actor, { scopes: [scope.id], range: period, bucket: q.granularity }),
      ]);
      const perBucket = buckets.map((b) =>
        totalsOf(
          volume.find((v) => v.bucket === b.key),
          measures.filter((m) => m.bucket === b.key),
        ),
      );
      const series: Record<string, (number | null)[]> = {};
      for (const name of q.measures) {
        const def = RATES.find((r) => r.key === name);
        series[name] = perBucket.map((t) =>
          def
            ? rate(def, t).value
            : (VOLUME_FIELDS as readonly string[]).includes(name)
              ? (t[`volume.${name as VolumeField}`] ?? 0)
              : (t[name as Measure] ?? 0),
        );
      }
      return { asOf: asOf(), buckets: buckets.map(({ from, to, label }) => ({ from, to, label })), series };
    },

    async breakdown(actor: Actor, q: StatsQuery & { dim: BreakdownDim }) {
      const scope = await scopeOf(actor, q.orgId);
      const rows = await breakdownRows(scope, q.dim, periodOf(q), actor);
      return { asOf: asOf(), dim: q.dim, rows };
    },

    /** The scope and each body directly below it, side by side (单位对比). */
    async bodies(actor: Actor, q: StatsQuery) {
      const scope = await scopeOf(actor, q.orgId);
      const children = await repo.children(db, scope.id);
      const list = [{ id: scope.id, name: scope.name, kind: null as string | null }, ...children];
      const ids = list.map((o) => o.id);
      const [t, now] = await Promise.all([totals(actor, ids, periodOf(q)), overdueNow(actor, ids)]);
      return {
        asOf: asOf(),
        rows: list.map((o) => {
          const x = t.get(o.id)!;
          return {
            orgId: o.id,
            name: o.name,
            kind: o.kind,
            registered: x['volume.registered'] ?? 0,
            persons: x['volume.persons'] ?? 0,
            overdueNow: now.get(o.id) ?? 0,
            forwarded: x.forwarded ?? 0,
            assigned: x.assigned ?? 0,
            supervised: x.supervised ?? 0,
            rates: rates(x),
          };
        }),
      };
    },

    /** Rising categories and places, and groups of similar matters, for 每月一题. */
    async hot(actor: Actor, q: StatsQuery) {
      const scope = await scopeOf(actor, q.orgId);
      const period = periodOf(q);
      const compute = async () => {
        const rising = (rows: Awaited<ReturnType<typeof breakdownRows>>) =>
          rows
            .filter((r) => r.key !== UNRECORDED_KEY && r.registered >= 3 && r.registered > r.previous)
            .map((r) => ({
              key: r.key,
              label: r.label,
              current: r.registered,
              previous: r.previous,
              growth: growth(r.registered, r.previous),
            }))
            .sort((a, b) => b.growth - a.growth || b.current - a.current)
            .slice(0, 10);
        const previous = previousPeriod(period);
        const [categories, regions, current, before] = await Promise.all([
          breakdownRows(scope, 'category3', period, actor),
          breakdownRows(scope, 'region', period, actor),
          repo.texts(db, actor, { scope: scope.id, range: period, limit: GROUP_SAMPLE }),
          repo.texts(db, actor, { scope: scope.id, range: previous, limit: GROUP_SAMPLE }),
        ]);
        const byId = new Map(current.map((t) => [t.id, t]));
        const groups = groupSimilar([
          ...current.map((t) => ({ id: t.id, text: t.text, current: true })),
          ...before.map((t) => ({ id: t.id, text: t.text, current: false })),
        ]);
        return {
          asOf: asOf(),
          categories: rising(categories),
          regions: rising(regions),
          groups: groups.map((g) => ({
            size: g.size,
            previous: g.previous,
            terms: g.terms,
            sample: g.ids.slice(0, 3).map((id) => ({ id, number: byId.get(id)!.number, title: byId.get(id)!.title })),
            petitionIds: g.ids,
          })),
        };
      };
      // Per viewer's body and tree: what a body may read of the texts differs, and changes when bodies move.
      const cacheKey = `${actor.orgPath}|${await repo.treeVersion(db)}|${scope.id}|${period.from}|${period.to}`;
      const cached = hotCache.get(cacheKey);
      if (cached && Date.now() - cached.at < HOT_CACHE_MS) return cached.value as Awaited<ReturnType<typeof compute>>;
      const value = await compute();
      hotCache.set(cacheKey, { at: Date.now(), value });
      if (hotCache.size > 100) hotCache.delete(hotCache.keys().next().value!);
      return value;
    },
  };
}
export type StatsService = ReturnType<typeof createStatsService>;
