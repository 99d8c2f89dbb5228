import type { DisputeFigure } from '@xinfang/domain';
import { api } from '../../../api/client';
import type { ApiAnswer, ApiQuery } from '../../../api/openapi';

/** 矛盾纠纷统计: the figures of a period by kind, body and place, and the disputes behind one figure. */
export type DisputeStats = ApiAnswer<'/api/dispute-stats'>;
export type DisputeTally = DisputeStats['total'];
export type StatsItemsQuery = ApiQuery<'/api/dispute-stats/items'>;
export type StatsItem = ApiAnswer<'/api/dispute-stats/items'>['items'][number];

/** One slice of the figures: everything, or one kind, one registering body or one place. */
export type Slice = { kind?: StatsItemsQuery['kind']; orgId?: number; region?: string };

export const fetchDisputeStats = (from: string, to: string) => api<DisputeStats>('/dispute-stats', { query: { from, to } });

export const fetchStatsItems = (from: string, to: string, figure: DisputeFigure, slice: Slice) =>
  api<ApiAnswer<'/api/dispute-stats/items'>>('/dispute-stats/items', { query: { from, to, figure, ...slice } });

export const statsFileUrl = (ext: 'xlsx' | 'docx', from: string, to: string) =>
  `/api/dispute-stats.${ext}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
