import type { ApiAnswer, Schemas } from '../../../api/openapi';
import type { PetitionDetail } from '../../petitions/api/types';

/** A body or a person the server names by id (Ref in docs/WORKFLOW.md). */
export type Ref = Assignment['fromOrg'];

/** Every action of the handling workflow, in the order of docs/WORKFLOW.md (the order buttons are shown in). */
export const WORKFLOW_ACTIONS = [
  'accept',
  'forward',
  'assign',
  'decline',
  'receive',
  'return',
  'insist',
  'record',
  'addAssist',
  'assistReply',
  'requestExtension',
  'approveExtension',
  'decide',
  'deliver',
  'conclude',
  'verify',
  'rework',
  'requestReview',
  'requestReexamination',
  'urge',
  'supervise',
  'replySupervision',
  'instruct',
  'takeOwnership',
  'ownershipItem',
  'markBacklog',
  'resolveBacklog',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export const ASSIGNMENT_MODES = ['forward', 'assign', 'assist'] as const;
export const ASSIGNMENT_STATUSES = ['pending', 'received', 'returned', 'done', 'withdrawn'] as const;
export const RECORD_KINDS = ['investigation', 'meeting', 'document', 'hearing', 'mediation', 'relief', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const DECISION_STAGES = ['handling', 'review', 'reexamination'] as const;
export type DecisionStage = (typeof DECISION_STAGES)[number];
export const OUTCOMES = ['support', 'explain', 'reject'] as const;
export const DELIVERY_METHODS = ['in_person', 'post', 'electronic'] as const;
export const DELIVERY_RESULTS = ['signed', 'refused'] as const;
export const DECLINE_ROUTES = [
  'litigation',
  'arbitration',
  'labor_arbitration',
  'reconsideration',
  'discipline',
  'procuratorate',
  'other',
] as const;
/** 三亲自三见面: hears, chairs, coordinates; meets the petitioner, the handler, the file. */
export const OWNERSHIP_ITEMS = ['heard', 'chaired', 'coordinated', 'met_petitioner', 'met_handler', 'met_file'] as const;
export type OwnershipItemName = (typeof OWNERSHIP_ITEMS)[number];

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

/** The server sends at most this many petitions per section, the oldest first (workflow.service.ts). */
export const INBOX_SECTION_LIMIT = 50;
/** The most open clocks the deadline list asks for (the server allows up to 500). */
export const DEADLINES_LIMIT = 500;
export const INBOX_SECTIONS = ['route', 'receive', 'handle', 'assist', 'approve', 'verify', 'review', 'supervision'] as const;
export type InboxSection = (typeof INBOX_SECTIONS)[number];
export type InboxItem = Inbox['sections'][InboxSection][number];
export type Inbox = ApiAnswer<'/api/inbox'>;

export type BoardRow = ApiAnswer<'/api/deadlines/board'>['rows'][number];

export const DEADLINE_SCOPES = ['own', 'all'] as const;
export type DeadlineScope = (typeof DEADLINE_SCOPES)[number];
export const DEADLINE_GRADES = ['normal', 'due_soon', 'due_today', 'overdue'] as const;

export type DeadlineItem = ApiAnswer<'/api/deadlines'>['items'][number];

export type OwnedCase = ApiAnswer<'/api/ownerships/mine'>['items'][number];
