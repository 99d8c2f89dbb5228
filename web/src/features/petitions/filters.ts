import {
  CHANNELS,
  DEADLINE_FILTERS,
  DUE_WITHIN_MAX,
  MATTER_FIGURES,
  type MatterFigure,
  PETITION_STATUSES,
  PETITION_TYPES,
  type Channel,
  type DeadlineFilter,
  type PetitionStatus,
  type PetitionType,
  ROW_DIMS,
  type RowDim,
  STAT_NAMES,
  type StatName,
  UNRECORDED_KEY,
} from '@xinfang/domain';
import { type ListFilters } from './api/types';

const BOOL_KEYS = [
  'skipLevel',
  'litigation',
  'majorUrgent',
  'group',
  'repeat',
  'firstTime',
  'merged',
  'confidential',
  'anonymous',
] as const;
export type BoolFilter = (typeof BOOL_KEYS)[number];
export const FLAG_FILTERS: readonly BoolFilter[] = BOOL_KEYS;

const STAT_KEYS = ['stat', 'statOrg', 'statFrom', 'statTo'] as const;
/**
 * A drill-down from the statistics: the petitions behind figure `stat` of body `statOrg` in statFrom–statTo, or
 * behind one row (`statDim`, `statKey`) of a breakdown of it.
 */
export type StatFilter = Required<Pick<ListFilters, (typeof STAT_KEYS)[number]>> & Pick<ListFilters, 'statDim' | 'statKey'>;

/** The drill-down part of the filters (kept when the other filters change), if any. */
export function statOf(f: ListFilters): StatFilter | undefined {
  const { stat, statOrg, statFrom, statTo, statDim, statKey } = f;
  if (!stat || !statOrg || !statFrom || !statTo) return undefined;
  return { stat, statOrg, statFrom, statTo, ...(statDim && statKey ? { statDim, statKey } : {}) };
}

const RECEPTION_KEYS = ['receptionFigure', 'receptionLeader', 'receptionFrom', 'receptionTo'] as const;
/** A drill-down from the reception compliance report: a matter figure of some leaders' receptions in some days. */
export type ReceptionFilter = Required<Pick<ListFilters, (typeof RECEPTION_KEYS)[number]>>;

/** The reception drill-down part of the filters (kept when the other filters change), if any. */
export function receptionOf(f: ListFilters): ReceptionFilter | undefined {
  const { receptionFigure, receptionLeader, receptionFrom, receptionTo } = f;
  if (!receptionFigure || !receptionLeader?.length || !receptionFrom || !receptionTo) return undefined;
  return { receptionFigure, receptionLeader, receptionFrom, receptionTo };
}

/** The filters without the reception drill-down. Pure. */
export function withoutReception(f: ListFilters): ListFilters {
  return Object.fromEntries(Object.entries(f).filter(([k]) => !(RECEPTION_KEYS as readonly string[]).includes(k))) as ListFilters;
}

/**
 * The filters without the drill-down. A breakdown's row stays as the list's own filter where it has one (a
 * channel, a type, a category with those below it, a place with those below it); values not recorded and accused
 * bodies have none. Pure.
 */
export function withoutStat({ stat: _s, statOrg: _o, statFrom: _f, statTo: _t, statDim, statKey, ...rest }: ListFilters): ListFilters {
  if (!statDim || !statKey || statKey === UNRECORDED_KEY) return rest;
  switch (statDim) {
    case 'channel':
      return { ...rest, channel: [statKey as Channel] };
    case 'type':
      return { ...rest, type: statKey as PetitionType };
    case 'category1':
    case 'category2':
    case 'category3':
      return { ...rest, categoryId: Number(statKey) };
    case 'region':
      return { ...rest, regionCode: statKey };
    case 'accused':
      // The list's form has no accused body to show.
      return rest;
  }
}

/** Filters → query string (arrays as repeated keys; defaults left out so URLs stay short). Pure. */
export function filtersToSearch(f: ListFilters): URLSearchParams {
  const s = new URLSearchParams();
  const stat = statOf(f);
  if (stat) for (const k of STAT_KEYS) s.set(k, String(stat[k]));
  if (stat?.statDim && stat.statKey) {
    s.set('statDim', stat.statDim);
    s.set('statKey', stat.statKey);
  }
  const reception = receptionOf(f);
  if (reception) {
    s.set('receptionFigure', reception.receptionFigure);
    for (const id of reception.receptionLeader) s.append('receptionLeader', String(id));
    s.set('receptionFrom', reception.receptionFrom);
    s.set('receptionTo', reception.receptionTo);
  }
  if (f.q?.trim()) s.set('q', f.q.trim());
  for (const v of f.status ?? []) s.append('status', v);
  for (const v of f.channel ?? []) s.append('channel', v);
  if (f.type) s.set('type', f.type);
  if (f.categoryId) s.set('categoryId', String(f.categoryId));
  if (f.regionCode) s.set('regionCode', f.regionCode);
  if (f.orgId) s.set('orgId', String(f.orgId));
  if (f.from) s.set('from', f.from);
  if (f.to) s.set('to', f.to);
  for (const k of BOOL_KEYS) if (f[k] !== undefined) s.set(k, String(f[k]));
  if (f.deadline) s.set('deadline', f.deadline);
  if (f.dueWithin) s.set('dueWithin', String(f.dueWithin));
  if (f.handlerId) s.set('handlerId', String(f.handlerId));
  if (f.unhandled) s.set('unhandled', 'true');
  if (f.sort && f.sort !== 'receivedAt') s.set('sort', f.sort);
  if (f.order && f.order !== 'desc') s.set('order', f.order);
  return s;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The drill-down in a query string, when all four of its parameters are valid. */
function searchToStat(s: URLSearchParams): StatFilter | undefined {
  const stat = s.get('stat');
  const statOrg = positive(s.get('statOrg'));
  const statFrom = s.get('statFrom') ?? '';
  const statTo = s.get('statTo') ?? '';
  if (!stat || !(STAT_NAMES as readonly string[]).includes(stat) || !statOrg) return undefined;
  if (!DAY.test(statFrom) || !DAY.test(statTo) || statFrom > statTo) return undefined;
  const statDim = s.get('statDim');
  const statKey = s.get('statKey');
  const row = statDim && (ROW_DIMS as readonly string[]).includes(statDim) && statKey ? { statDim: statDim as RowDim, statKey } : {};
  return { stat: stat as StatName, statOrg, statFrom, statTo, ...row };
}

/** The reception drill-down in a query string, when all its parameters are valid. */
function searchToReception(s: URLSearchParams): ReceptionFilter | undefined {
  const figure = s.get('receptionFigure');
  const leaders = s.getAll('receptionLeader').map(positive);
  const from = s.get('receptionFrom') ?? '';
  const to = s.get('receptionTo') ?? '';
  if (!figure || !(MATTER_FIGURES as readonly string[]).includes(figure) || !leaders.length || leaders.some((l) => !l)) return undefined;
  if (!DAY.test(from) || !DAY.test(to) || from > to) return undefined;
  return { receptionFigure: figure as MatterFigure, receptionLeader: leaders as number[], receptionFrom: from, receptionTo: to };
}

function positive(v: string | null) {
  const n = Number(v);
  return v && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Query string → filters, dropping anything unknown (links stay safe to share). Pure. */
export function searchToFilters(s: URLSearchParams): ListFilters {
  const f: ListFilters = { ...searchToStat(s), ...searchToReception(s) };
  const q = s.get('q')?.trim();
  if (q) f.q = q;
  const status = s.getAll('status').filter((v): v is PetitionStatus => (PETITION_STATUSES as readonly string[]).includes(v));
  if (status.length) f.status = status;
  const channel = s.getAll('channel').filter((v): v is Channel => (CHANNELS as readonly string[]).includes(v));
  if (channel.length) f.channel = channel;
  const type = s.get('type');
  if (type && (PETITION_TYPES as readonly string[]).includes(type)) f.type = type as PetitionType;
  const categoryId = positive(s.get('categoryId'));
  if (categoryId) f.categoryId = categoryId;
  const region = s.get('regionCode');
  if (region && /^\d{2,9}$/.test(region)) f.regionCode = region;
  const orgId = positive(s.get('orgId'));
  if (orgId) f.orgId = orgId;
  for (const k of ['from', 'to'] as const) {
    const v = s.get(k);
    if (v && !Number.isNaN(Date.parse(v))) f[k] = v;
  }
  for (const k of BOOL_KEYS) {
    const v = s.get(k);
    if (v === 'true' || v === 'false') f[k] = v === 'true';
  }
  const deadline = s.get('deadline');
  if (deadline && (DEADLINE_FILTERS as readonly string[]).includes(deadline)) f.deadline = deadline as DeadlineFilter;
  const dueWithin = positive(s.get('dueWithin'));
  if (dueWithin && dueWithin <= DUE_WITHIN_MAX) f.dueWithin = dueWithin;
  const handlerId = positive(s.get('handlerId'));
  if (handlerId) f.handlerId = handlerId;
  if (s.get('unhandled') === 'true') f.unhandled = true;
  const sort = s.get('sort');
  if (sort === 'registeredAt' || sort === 'receivedAt' || sort === 'dueAt') f.sort = sort;
  const order = s.get('order');
  if (order === 'asc' || order === 'desc') f.order = order;
  return f;
}
