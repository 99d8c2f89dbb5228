import { workflowRepository } from './workflow.repository.js';

// What other features may use of the workflow: its events (for listeners), its part of a petition's detail, the
// service's type, and what it recorded about a petition.
export type { WorkflowEvent, WorkflowListener, WorkflowService } from './workflow.service.js';
export { workflowView } from './workflow.view.js';

export const workflowRecords: Pick<typeof workflowRepository, 'load' | 'lastClock'> = workflowRepository;
