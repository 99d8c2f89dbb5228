// What other features may use of statistics: the figures' names, the work list's drill-down condition and the
// scope sizes its search planner reads, the service (for reports), rates, periods and the bodies sheet.
export { addBodiesSheet } from './stats.export.js';
export type { VolumeField } from './stats.measures.js';
export { lastDayOf, ymdOf } from './stats.periods.js';
export { RATES, ratio } from './stats.rates.js';
export { allTimeRegistered, statCondition } from './stats.repository.js';
export { STAT_NAMES } from './stats.schema.js';
export { createStatsService, type BreakdownDim, type StatsService } from './stats.service.js';
