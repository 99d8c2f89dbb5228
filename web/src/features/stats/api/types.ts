import type { BreakdownDim, RateKey, ReportKind, VolumeField, WorkflowField } from '@xinfang/domain';
/** The statistics API (docs/STATISTICS.md). Days are China days as YYYY-MM-DD, inclusive. */

export interface DayRange {
  from: string;
  to: string;
}

/** A figure now, in the previous period (环比) and in the same period last year (同比); null for a state (overdue_now). */
export interface Compared {
  value: number;
  previous: number | null;
  lastYear: number | null;
}

/** A ratio 0..1 (days for average_answer_days); null when its denominator is 0. */
export interface RateFigure {
  key: RateKey;
  value: number | null;
  numerator: number;
  denominator: number;
  previous: number | null;
  lastYear: number | null;
}

export interface Overview {
  asOf: string;
  scope: { id: number; name: string };
  period: DayRange;
  previous: DayRange;
  lastYear: DayRange;
  volume: Record<VolumeField, Compared>;
  rates: RateFigure[];
  workflow: Record<WorkflowField, Compared>;
}

export interface Series {
  asOf: string;
  buckets: (DayRange & { label: string })[];
  series: Record<string, (number | null)[]>;
}

export interface BreakdownRow {
  key: string;
  label: string;
  registered: number;
  persons: number;
  previous: number;
}

export interface Breakdown {
  asOf: string;
  dim: BreakdownDim;
  rows: BreakdownRow[];
}

export interface BodyRow {
  orgId: number;
  name: string;
  kind: string;
  registered: number;
  persons: number;
  overdueNow: number;
  forwarded: number;
  assigned: number;
  supervised: number;
  rates: Record<RateKey, { value: number | null; numerator: number; denominator: number }>;
}

export interface HotRow {
  key: string;
  label: string;
  current: number;
  previous: number;
  growth: number;
}

export interface HotGroup {
  size: number;
  previous: number;
  terms: string[];
  sample: { id: number; number: string; title: string }[];
  petitionIds: number[];
}

export interface Hot {
  asOf: string;
  categories: HotRow[];
  regions: HotRow[];
  groups: HotGroup[];
}

/** The scope and period every statistics request takes. */
export interface StatsQuery extends DayRange {
  orgId: number;
}

export interface Report {
  id: number;
  orgId: number;
  orgName: string;
  kind: ReportKind;
  /** "2026-10", "2026-Q3" or "2026". */
  period: string;
  title: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  error: string | null;
  requestedBy: string;
  createdAt: string;
  finishedAt: string | null;
}
