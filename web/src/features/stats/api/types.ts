import type { VolumeField } from '@xinfang/domain';
/** The statistics API (docs/STATISTICS.md). Days are China days as YYYY-MM-DD, inclusive. */
import type { ApiQuery, Schemas } from '../../../api/openapi';

export type DayRange = Overview['period'];

/** A figure now, in the previous period (环比) and in the same period last year (同比); null for a state (overdue_now). */
export type Compared = Overview['volume'][VolumeField];

/** A ratio 0..1 (days for average_answer_days); null when its denominator is 0. */
export type RateFigure = Overview['rates'][number];

export type Overview = Schemas['StatsOverview'];

export type Series = Schemas['StatsSeries'];

export type BreakdownRow = Breakdown['rows'][number];

export type Breakdown = Schemas['StatsBreakdown'];

export type BodyRow = Schemas['StatsBodies']['rows'][number];

export type HotRow = Hot['categories'][number];

export type HotGroup = Hot['groups'][number];

export type Hot = Schemas['StatsHot'];

/** The scope and period every statistics request takes. */
export type StatsQuery = Required<ApiQuery<'/api/stats/overview'>>;

export type Report = Schemas['StatsReport'];
