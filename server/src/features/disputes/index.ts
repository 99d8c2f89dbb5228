// What the composition uses of disputes (矛盾纠纷): no other feature depends on it.
export { disputesRoutes } from './disputes.routes.js';
export { createDisputesService, type DisputesService } from './disputes.service.js';
