import { expect } from 'vitest';
import type { Database } from '../db/database.js';
import { createFileStore } from '../features/attachments/attachments.storage.js';
import { createClocksService } from '../features/deadlines/clocks.service.js';
import { createDocumentsService } from '../features/documents/documents.service.js';
import { createPetitionsService } from '../features/petitions/petitions.service.js';
import { createWorkflowService, type WorkflowListener } from '../features/workflow/workflow.service.js';
import { workflowView } from '../features/workflow/workflow.view.js';
import { createSearchPlanner } from '../features/worklist/worklist.planner.js';
import { createWorklistService } from '../features/worklist/worklist.service.js';
import type { Session } from './factories.js';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The workflow service wired as app.ts wires it, with the listeners given (a test's own). */
export function createTestWorkflow(db: Database, listeners: WorkflowListener[]) {
  const clocks = createClocksService({ db });
  const worklist = createWorklistService({ db, clocks, planner: createSearchPlanner() });
  const petitions = createPetitionsService({ db, clocks, workflowView });
  return createWorkflowService({ db, clocks, petitions, worklist, listeners });
}

/** The workflow as app.ts wires it with its documents (issued by the listener), and the petitions service. */
export function createTestServices(db: Database, dataDir: string) {
  const documents = createDocumentsService({ db, files: createFileStore(dataDir) });
  const petitions = createPetitionsService({
    db,
    clocks: createClocksService({ db }),
    onRegistered: [documents.onRegistered],
    workflowView,
  });
  return { documents, petitions, workflow: createTestWorkflow(db, [documents.listener]) };
}

/** A written decision with every element of 条例 Art. 32. */
export const DECISION = {
  outcome: 'support',
  request: '请求物业公司停止违规收取停车费。',
  facts: '经调查，物业公司未经业主大会同意占用公共道路收取停车费属实。',
  reasons: '公共道路属业主共有，收费须经业主大会决定。',
  basis: '《中华人民共和国民法典》第二百七十五条、第二百七十八条',
};

/** A 复查 / 复核 decision: it rules on the decision under review (条例 Arts. 35–36). */
export const REVIEW_DECISION = { ...DECISION, outcome: 'uphold' };

export async function detail(s: Session, id: number): Promise<Json> {
  const res = await s.request({ method: 'GET', url: `/api/petitions/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().petition;
}

/** Takes a workflow action on the version the actor just loaded; returns the response body. */
export async function act(s: Session, id: number, action: string, body: Record<string, unknown> = {}, status = 200): Promise<Json> {
  const { version } = await detail(s, id);
  const res = await s.request({ method: 'POST', url: `/api/petitions/${id}/actions/${action}`, payload: { version, ...body } });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
