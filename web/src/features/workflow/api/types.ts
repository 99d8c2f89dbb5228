import type { InboxSection } from '@xinfang/domain';
import type { ApiAnswer, Schemas } from '../../../api/openapi';
import type { PetitionDetail } from '../../petitions/api/types';

/** A body or a person the server names by id (Ref in docs/WORKFLOW.md). */
export type Ref = Assignment['fromOrg'];

export type Assignment = Workflow['assignments'][number];

export type HandlingRecord = Workflow['records'][number];

export type Extension = Workflow['extensions'][number];

export type Delivery = NonNullable<Decision['delivery']>;

export type Decision = Workflow['decisions'][number];

export type Proceeding = Workflow['proceedings'][number];

export type Supervision = Workflow['supervisions'][number];

export type Instruction = Workflow['instructions'][number];

export type OwnershipEntry = NonNullable<Workflow['ownership']>['items'][number];

export type Ownership = NonNullable<Workflow['ownership']>;

export type Backlog = NonNullable<Workflow['backlog']>;

export type Decline = NonNullable<Workflow['decline']>;

/** The workflow part of the petition detail (GET /api/petitions/:id). */
export type Workflow = Schemas['Workflow'];

/** The fields the detail carries for the workflow. */
export type WorkflowDetail = Pick<PetitionDetail, 'version' | 'holder' | 'actions' | 'workflow'>;

/** The most open clocks the deadline list asks for (the server allows up to 500). */
export const DEADLINES_LIMIT = 500;
export type InboxItem = Inbox['sections'][InboxSection][number];
export type Inbox = ApiAnswer<'/api/inbox'>;
/** One page of a section, with the section's true size. */
export type InboxPage = ApiAnswer<'/api/inbox/{section}'>;

export type BoardRow = ApiAnswer<'/api/deadlines/board'>['rows'][number];

export type DeadlineItem = ApiAnswer<'/api/deadlines'>['items'][number];

export type OwnedCase = ApiAnswer<'/api/ownerships/mine'>['items'][number];

export type RouteTarget = ApiAnswer<'/api/petitions/{id}/route-targets'>['items'][number];
