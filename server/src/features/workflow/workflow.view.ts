import type { WorkflowView } from '../petitions/index.js';
import { workflowPolicy } from './workflow.policy.js';
import { presentWorkflow } from './workflow.presenter.js';
import { workflowRepository } from './workflow.repository.js';

/** The workflow's part of a petition's detail (petitions calls it, given at composition): sections and actions. */
export const workflowView: WorkflowView = async (trx, actor, p) => {
  const rows = await workflowRepository.load(trx, p.id);
  return { workflow: presentWorkflow(p, rows), actions: workflowPolicy.allowed(actor, p, rows) };
};
