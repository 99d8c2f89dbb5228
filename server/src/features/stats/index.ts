// What other features may use of statistics: the figures' names, the work list's drill-down condition and the
// scope sizes its search planner reads, the service (for reports), rates, periods and the bodies sheet.
export { addBodiesSheet } from './stats.export.js';
export { lastDayOf, ymdOf } from './stats.periods.js';
export { ratio } from './stats.rates.js';
export { allTimeRegistered, statCondition, type StatFigure } from './stats.repository.js';
export { createStatsService, statRowKeys, type StatsService } from './stats.service.js';
export { heldIn, matterCondition, matterFigure, type ReceptionSpan } from './stats.receptions.js';
