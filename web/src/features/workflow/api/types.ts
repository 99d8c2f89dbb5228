import type {
  AssignmentMode,
  AssignmentStatus,
  DecisionStage,
  DeliveryMethod,
  DeliveryResult,
  ExtensionStatus,
  InboxSection,
  Outcome,
  RecordKind,
} from '@xinfang/domain';
import type { Clock } from '../../calendar/api/calendar';
import type { PetitionListItem } from '../../petitions/api/types';

/** A body or a person the server names by id (Ref in docs/WORKFLOW.md). */
export interface Ref {
  id: number;
  name: string;
}

export interface Assignment {
  id: number;
  mode: AssignmentMode;
  fromOrg: Ref;
  toOrg: Ref;
  status: AssignmentStatus;
  requirements: string | null;
  task: string | null;
  owner: string | null;
  dueAt: string | null;
  returnReason: string | null;
  reply: string | null;
  createdAt: string;
  receivedAt: string | null;
  returnedAt: string | null;
  repliedAt: string | null;
}

export interface HandlingRecord {
  id: number;
  kind: RecordKind;
  occurredOn: string;
  note: string;
  hearingFrom: string | null;
  hearingTo: string | null;
  agreement: boolean | null;
  reliefKind: string | null;
  reliefAmount: number | null;
  org: Ref;
  createdBy: string;
  createdAt: string;
}

export interface Extension {
  id: number;
  days: number;
  reason: string;
  status: ExtensionStatus;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}

export interface Delivery {
  method: DeliveryMethod;
  result: DeliveryResult;
  deliveredOn: string;
  note: string | null;
}

export interface Decision {
  id: number;
  stage: DecisionStage;
  org: Ref;
  outcome: Outcome;
  request: string;
  facts: string;
  reasons: string;
  basis: string;
  reviewOrg: Ref | null;
  reviewDays: number | null;
  issuedAt: string;
  issuedBy: string;
  delivery: Delivery | null;
}

export interface Proceeding {
  id: number;
  kind: 'review' | 'reexamination';
  org: Ref;
  requestedOn: string;
  reasons: string;
  status: 'open' | 'decided';
  createdAt: string;
}

export interface Supervision {
  id: number;
  kind: 'urge' | 'supervise';
  fromOrg: Ref;
  toOrg: Ref;
  message: string;
  replyDueOn: string | null;
  reply: string | null;
  adopted: boolean | null;
  repliedAt: string | null;
  repliedBy: string | null;
  createdAt: string;
  createdBy: string;
}

export interface Instruction {
  id: number;
  text: string;
  leader: string;
  org: Ref;
  createdAt: string;
}

export interface OwnershipEntry {
  item: string;
  doneOn: string;
  note: string;
}

export interface Ownership {
  leader: Ref;
  org: Ref;
  since: string;
  note: string | null;
  items: OwnershipEntry[];
}

export interface Backlog {
  markedAt: string;
  reason: string;
  resolvedOn: string | null;
  resolution: string | null;
}

export interface Decline {
  route: string;
  routeOrg: Ref | null;
  reason: string;
}

/** The workflow part of the petition detail (GET /api/petitions/:id). */
export interface Workflow {
  assignments: Assignment[];
  records: HandlingRecord[];
  extensions: Extension[];
  decisions: Decision[];
  proceedings: Proceeding[];
  supervisions: Supervision[];
  instructions: Instruction[];
  ownership: Ownership | null;
  backlog: Backlog | null;
  decline: Decline | null;
  report: string | null;
}

/** The fields the detail carries for the workflow. */
export interface WorkflowDetail {
  version: number;
  holder: Ref | null;
  actions: string[];
  workflow: Workflow;
}

/** The server sends at most this many petitions per section, the oldest first (workflow.service.ts). */
export const INBOX_SECTION_LIMIT = 50;
/** The most open clocks the deadline list asks for (the server allows up to 500). */
export const DEADLINES_LIMIT = 500;
export type InboxItem = PetitionListItem & { task: string | null };
export interface Inbox {
  sections: Record<InboxSection, InboxItem[]>;
}

export interface BoardRow {
  org: Ref;
  open: number;
  dueSoon: number;
  dueToday: number;
  overdue: number;
}

export interface DeadlineItem {
  petition: { id: number; number: string; title: string; status: string };
  org: Ref;
  clock: Clock;
}

export interface OwnedCase {
  petition: PetitionListItem;
  since: string;
  items: OwnershipEntry[];
}
