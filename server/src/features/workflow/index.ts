import { workflowRepository } from './workflow.repository.js';

// What other features may use of the workflow: its events (for listeners), its part of a petition's detail, the
// service's type, who sees an inbox section, what it recorded about a petition, the tree a body acts within and the
// bodies it may send a petition to (智能辅助 suggests among them).
export type { WorkflowEvent, WorkflowListener, WorkflowService } from './workflow.service.js';
export { workflowView } from './workflow.view.js';
export { inboxPermissions } from './lifecycle.js';
export { routeTargets as routeTargetsOf, scopeOf } from './routing.js';

export const workflowRecords: Pick<typeof workflowRepository, 'load' | 'lastClock'> = workflowRepository;
