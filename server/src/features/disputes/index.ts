// What the composition uses of disputes (矛盾纠纷): no other feature depends on it.
export { disputesRoutes } from './disputes.routes.js';
export { createDisputesService, mediationHandover, type DisputesService } from './disputes.service.js';
export { createMeetingsService } from './disputes.meetings.js';
export { disputeMeetingsRoutes } from './disputes.meetings.routes.js';
export { createDisputeSummariesService } from './disputes.summaries.js';
export { createDisputeStatsService } from './disputes.stats.js';
export { disputeStatsRoutes } from './disputes.stats.routes.js';
