import {
  addDays,
  CLOSED_DISPUTE_STATUSES,
  DISPUTE_FIGURES,
  DISPUTE_KINDS,
  DISPUTE_RATES,
  endOfChinaDay,
  type DisputeFigure,
  type DisputeKind,
  type DisputeRate,
} from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import type { Database } from '../../db/database.js';
import { regionsService } from '../regions/index.js';
import { presentListItem } from './disputes.presenter.js';
import { disputesRepository } from './disputes.repository.js';
import { disputeFacts, type DisputeFact } from './disputes.stats.repository.js';

/** Whether a dispute counts in a figure: one rule for the figures and their drill-down. */
export const IN_FIGURE: Record<DisputeFigure, (f: DisputeFact) => boolean> = {
  registered: () => true,
  mediated: (f) => f.mediated,
  onTime: (f) => f.mediated && !f.late,
  settled: (f) => f.settled,
  failed: (f) => f.disagreed && !f.settled,
  withdrawn: (f) => f.status === 'withdrawn',
  escalated: (f) => f.escalated,
  petitioned: (f) => f.petitioned,
  followedUp: (f) => f.last_follow_up !== null,
  kept: (f) => f.last_follow_up === 'kept',
  open: (f) => !(CLOSED_DISPUTE_STATUSES as readonly string[]).includes(f.status),
};

export interface StatsQuery {
  from: string;
  to: string;
}
export interface Slice {
  kind?: DisputeKind | undefined;
  orgId?: number | undefined;
  region?: string | undefined;
}

/** The figures, the rates (null with nothing to divide) and the mean days to an agreement of some disputes. */
function tally(facts: DisputeFact[]) {
  const counts = Object.fromEntries(DISPUTE_FIGURES.map((k) => [k, facts.filter(IN_FIGURE[k]).length])) as Record<DisputeFigure, number>;
  const rates = Object.fromEntries(
    (Object.keys(DISPUTE_RATES) as DisputeRate[]).map((r) => {
      const { numerator, denominator } = DISPUTE_RATES[r];
      const d = denominator.reduce((n, k) => n + counts[k], 0);
      return [r, d ? Math.round((counts[numerator] / d) * 1000) / 10 : null];
    }),
  ) as Record<DisputeRate, number | null>;
  const days = facts.filter((f) => f.days_to_settle !== null).map((f) => f.days_to_settle!);
  const avgDaysToSettle = days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null;
  return { ...counts, ...rates, avgDaysToSettle };
}
export type DisputeTally = ReturnType<typeof tally>;

const inSlice = (s: Slice) => (f: DisputeFact) =>
  (!s.kind || f.kind === s.kind) && (!s.orgId || f.org_id === s.orgId) && (!s.region || f.region_code === s.region);

/** 矛盾纠纷统计: figures by kind, by registering body and by place; the list behind any figure. */
export function createDisputeStatsService({ db }: { db: Database }) {
  const factsOf = (actor: Actor, q: StatsQuery) => disputeFacts(db, actor, endOfChinaDay(addDays(q.from, -1)), endOfChinaDay(q.to));

  return {
    async report(actor: Actor, q: StatsQuery) {
      const facts = await factsOf(actor, q);
      const group = <K extends string | number>(key: (f: DisputeFact) => K) => {
        const keys = [...new Set(facts.map(key))];
        return keys.map((k) => ({ key: k, ...tally(facts.filter((f) => key(f) === k)) }));
      };
      return {
        from: q.from,
        to: q.to,
        org: { id: actor.orgId, name: actor.orgName },
        total: tally(facts),
        byKind: DISPUTE_KINDS.filter((k) => facts.some((f) => f.kind === k)).map((kind) => ({
          kind,
          ...tally(facts.filter((f) => f.kind === kind)),
        })),
        byBody: group((f) => f.org_id).map(({ key, ...t }) => ({
          org: { id: key, name: facts.find((f) => f.org_id === key)!.org_name },
          ...t,
        })),
        byPlace: group((f) => f.region_code).map(({ key, ...t }) => ({
          region: { code: key, name: regionsService.find(key)?.fullName ?? key },
          ...t,
        })),
      };
    },

    /** The disputes behind one figure of one slice: exactly those it counts. */
    async items(actor: Actor, q: StatsQuery & Slice & { figure: DisputeFigure }) {
      const ids = (await factsOf(actor, q)).filter((f) => inSlice(q)(f) && IN_FIGURE[q.figure](f)).map((f) => f.id);
      const [rows, parties] = await Promise.all([disputesRepository.byIds(db, ids), disputesRepository.partiesOf(db, ids)]);
      return {
        items: rows.map((d) =>
          presentListItem(
            d,
            parties.filter((p) => p.dispute_id === d.id).map((p) => p.name),
          ),
        ),
      };
    },
  };
}
export type DisputeStatsService = ReturnType<typeof createDisputeStatsService>;
export type DisputeStatsReport = Awaited<ReturnType<DisputeStatsService['report']>>;
