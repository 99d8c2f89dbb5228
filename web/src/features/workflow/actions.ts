import {
  DECLINE_ROUTES,
  DELIVERY_METHODS,
  DISPUTE_KINDS,
  DELIVERY_RESULTS,
  OUTCOMES,
  REVIEW_OUTCOMES,
  OWNERSHIP_ITEMS,
  RECORD_KINDS,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
  MAX_EXTENSION_DAYS,
} from '@xinfang/domain';
import { type Workflow } from './api/types';

/** How a field is entered: free text, a body from the tree, a date (YYYY-MM-DD), a number, yes/no, or a choice. */
/** `routeTarget`: a body the petition may be forwarded or assigned to, from the server's list (routing rule). */
/** `village`: a village among those targets (交由村（居）调解); `parties`: a list of a dispute's parties and their claims. */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'org'
  | 'routeTarget'
  | 'village'
  | 'date'
  | 'days'
  | 'amount'
  | 'bool'
  | 'choice'
  | 'assistTask'
  | 'supervisionSlip'
  | 'parties';

/** One party of a part handed for mediation, as the form holds it. */
export interface PartyValue {
  name?: string;
  phone?: string;
  claim?: string;
}

/** What the form knows about the petition beyond the values typed: its status and workflow. */
export interface ActionContext {
  status: string;
  workflow: Pick<Workflow, 'extensions' | 'supervisions' | 'assignments'>;
  /** A repeat of a final matter (条例 Art. 36): declined without a statutory route. */
  finalRepeat?: boolean;
}

export type Values = Record<string, unknown>;

export interface FieldSpec {
  /** The name the API takes (docs/WORKFLOW.md). */
  name: string;
  kind: FieldKind;
  required: boolean | ((values: Values, ctx: ActionContext) => boolean);
  /** The choices of a choice field (their words are in workflow.options.<optionSet>). */
  options?: readonly string[];
  optionSet?: string;
  /** The field's words in workflow.fields (default: its name). */
  label?: string;
  /** Shown (and sent) only when this holds. */
  when?: (values: Values, ctx: ActionContext) => boolean;
  maxLength?: number;
}

// The server's limits (workflow.schema.ts): notes 2000 characters, other texts 4000.
const TEXT = 2000;
const LONG = 4000;
const note = (label: string): FieldSpec => ({ name: 'note', kind: 'textarea', required: false, label, maxLength: TEXT });
const reason = (label = 'reason'): FieldSpec => ({ name: 'reason', kind: 'textarea', required: true, label, maxLength: LONG });
const inReview = (ctx: ActionContext) => ctx.status === 'in_review' || ctx.status === 'in_reexamination';
const recordKind = (k: string) => (v: Values) => v.kind === k;
const supervisionOf = (v: Values, ctx: ActionContext) => ctx.workflow.supervisions.find((s) => s.id === v.supervisionId);

/** The fields of each action's form, as docs/WORKFLOW.md lists them. */
export const ACTION_FIELDS: Record<WorkflowAction, FieldSpec[]> = {
  accept: [note('acceptNote')],
  forward: [{ name: 'toOrgId', kind: 'routeTarget', required: true, label: 'forwardTo' }, note('forwardNote')],
  assign: [
    { name: 'toOrgId', kind: 'routeTarget', required: true, label: 'assignTo' },
    { name: 'requirements', kind: 'textarea', required: true, maxLength: LONG },
    { name: 'dueDate', kind: 'date', required: false, label: 'assignDue' },
  ],
  decline: [
    { name: 'route', kind: 'choice', required: true, options: DECLINE_ROUTES, optionSet: 'routes', when: (_, ctx) => !ctx.finalRepeat },
    { name: 'routeOrgId', kind: 'org', required: false, when: (_, ctx) => !ctx.finalRepeat },
    reason('declineReason'),
  ],
  receive: [],
  return: [reason('returnReason')],
  insist: [reason('insistReason')],
  record: [
    { name: 'kind', kind: 'choice', required: true, options: RECORD_KINDS, optionSet: 'recordKinds', label: 'recordKind' },
    { name: 'occurredOn', kind: 'date', required: true },
    { name: 'hearingFrom', kind: 'date', required: true, when: recordKind('hearing') },
    { name: 'hearingTo', kind: 'date', required: true, when: recordKind('hearing') },
    { name: 'agreement', kind: 'bool', required: true, optionSet: 'agreement', when: recordKind('mediation') },
    { name: 'reliefKind', kind: 'text', required: true, when: recordKind('relief'), maxLength: 50 },
    { name: 'reliefAmount', kind: 'amount', required: true, when: recordKind('relief') },
    { name: 'note', kind: 'textarea', required: true, label: 'recordNote', maxLength: LONG },
  ],
  addAssist: [
    { name: 'orgId', kind: 'org', required: true, label: 'assistOrg' },
    { name: 'task', kind: 'textarea', required: true, maxLength: LONG },
    { name: 'owner', kind: 'text', required: true, maxLength: 50 },
    { name: 'dueDate', kind: 'date', required: true, label: 'assistDue' },
  ],
  assistReply: [
    { name: 'assignmentId', kind: 'assistTask', required: true },
    { name: 'reply', kind: 'textarea', required: true, label: 'assistReply', maxLength: LONG },
  ],
  requestExtension: [
    { name: 'days', kind: 'days', required: true },
    { name: 'reason', kind: 'textarea', required: true, label: 'extensionReason', maxLength: LONG },
  ],
  approveExtension: [{ name: 'approve', kind: 'bool', required: true, optionSet: 'approve' }, note('approveNote')],
  requestMediation: [
    { name: 'orgId', kind: 'village', required: true, label: 'mediationVillage' },
    { name: 'kind', kind: 'choice', required: true, options: DISPUTE_KINDS, optionSet: 'disputeKinds', label: 'disputeKind' },
    { name: 'title', kind: 'text', required: true, label: 'mediationTitle', maxLength: 100 },
    { name: 'facts', kind: 'textarea', required: true, label: 'mediationFacts', maxLength: LONG },
    { name: 'parties', kind: 'parties', required: true, label: 'mediationParties' },
  ],
  decide: [
    // A 复查 / 复核 decision rules on the decision under review: its own outcomes.
    { name: 'outcome', kind: 'choice', required: true, options: OUTCOMES, optionSet: 'outcomes', when: (_, ctx) => !inReview(ctx) },
    { name: 'outcome', kind: 'choice', required: true, options: REVIEW_OUTCOMES, optionSet: 'outcomes', when: (_, ctx) => inReview(ctx) },
    { name: 'request', kind: 'textarea', required: true, maxLength: LONG },
    { name: 'facts', kind: 'textarea', required: true, maxLength: LONG },
    { name: 'reasons', kind: 'textarea', required: true, label: 'decisionReasons', maxLength: LONG },
    { name: 'basis', kind: 'textarea', required: true, maxLength: LONG },
    { name: 'reviewOrgId', kind: 'org', required: false, when: (_, ctx) => ctx.status !== 'in_reexamination' },
  ],
  deliver: [
    { name: 'method', kind: 'choice', required: true, options: DELIVERY_METHODS, optionSet: 'methods' },
    { name: 'result', kind: 'choice', required: true, options: DELIVERY_RESULTS, optionSet: 'results' },
    { name: 'deliveredOn', kind: 'date', required: true },
    note('deliveryNote'),
  ],
  conclude: [{ name: 'report', kind: 'textarea', required: true, maxLength: LONG }],
  verify: [note('verifyNote')],
  rework: [reason('reworkReason')],
  requestReview: [
    { name: 'requestedOn', kind: 'date', required: true },
    { name: 'reasons', kind: 'textarea', required: true, label: 'reviewReasons', maxLength: LONG },
  ],
  requestReexamination: [
    { name: 'requestedOn', kind: 'date', required: true },
    { name: 'reasons', kind: 'textarea', required: true, label: 'reexaminationReasons', maxLength: LONG },
  ],
  urge: [{ name: 'message', kind: 'textarea', required: true, label: 'urgeMessage', maxLength: LONG }],
  supervise: [
    { name: 'proposals', kind: 'textarea', required: true, maxLength: LONG },
    { name: 'replyDueDate', kind: 'date', required: true },
  ],
  replySupervision: [
    { name: 'supervisionId', kind: 'supervisionSlip', required: true },
    { name: 'reply', kind: 'textarea', required: true, label: 'supervisionReply', maxLength: LONG },
    {
      name: 'adopted',
      kind: 'bool',
      required: (v, ctx) => supervisionOf(v, ctx)?.kind === 'supervise',
      optionSet: 'adopted',
      when: (v, ctx) => supervisionOf(v, ctx)?.kind !== 'urge',
    },
  ],
  instruct: [{ name: 'text', kind: 'textarea', required: true, label: 'instruction', maxLength: LONG }],
  acknowledgeInstruction: [note('acknowledgeNote')],
  takeOwnership: [note('ownershipNote')],
  ownershipItem: [
    { name: 'item', kind: 'choice', required: true, options: OWNERSHIP_ITEMS, optionSet: 'ownershipItems', label: 'ownershipItem' },
    { name: 'doneOn', kind: 'date', required: true },
    { name: 'note', kind: 'textarea', required: true, label: 'ownershipItemNote', maxLength: LONG },
  ],
  markBacklog: [reason('backlogReason')],
  resolveBacklog: [
    { name: 'resolvedOn', kind: 'date', required: true },
    { name: 'note', kind: 'textarea', required: true, label: 'resolution', maxLength: LONG },
  ],
};

export const isWorkflowAction = (name: string): name is WorkflowAction => (WORKFLOW_ACTIONS as readonly string[]).includes(name);

/** The actions the server allows, in the order of docs/WORKFLOW.md; names this page does not know come last. */
export function orderActions(actions: readonly string[]): string[] {
  const rank = (a: string) => (isWorkflowAction(a) ? WORKFLOW_ACTIONS.indexOf(a) : WORKFLOW_ACTIONS.length);
  return [...new Set(actions)].sort((a, b) => rank(a) - rank(b));
}

/**
 * Which actions get a button of their own: every primary one, then the others in order up to `max` in all; the
 * rest go to a menu. Both keep the given order. Pure.
 */
export function splitActions(
  actions: readonly string[],
  primary: (a: string) => boolean,
  max: number,
): { shown: string[]; rest: string[] } {
  const room = Math.max(0, max - actions.filter(primary).length);
  const others = actions.filter((a) => !primary(a)).slice(0, room);
  return {
    shown: actions.filter((a) => primary(a) || others.includes(a)),
    rest: actions.filter((a) => !primary(a) && !others.includes(a)),
  };
}

/** The i18n key of an action's name: 出具处理意见书 becomes 出具复查意见书 / 出具复核意见书 in a review or re-examination. */
export function actionLabelKey(action: string, status: string): string {
  if (action === 'decide' && status === 'in_review') return 'workflow.stageActions.decideReview';
  if (action === 'decide' && status === 'in_reexamination') return 'workflow.stageActions.decideReexamination';
  return `workflow.actions.${action}`;
}

/** The fields of an action's form that apply to the values entered so far. */
export function visibleFields(action: string, values: Values, ctx: ActionContext): FieldSpec[] {
  const fields = isWorkflowAction(action) ? ACTION_FIELDS[action] : [];
  return fields.filter((f) => !f.when || f.when(values, ctx));
}

export const isRequired = (f: FieldSpec, values: Values, ctx: ActionContext): boolean =>
  typeof f.required === 'function' ? f.required(values, ctx) : f.required;

/** A real calendar date written YYYY-MM-DD. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 条例 Art. 34: days already approved count against the thirty in all. */
export function extensionDaysLeft(extensions: ActionContext['workflow']['extensions']): number {
  const used = extensions.filter((e) => e.status === 'approved').reduce((sum, e) => sum + e.days, 0);
  return Math.max(0, MAX_EXTENSION_DAYS - used);
}

const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
const filled = (p: PartyValue) => Boolean(p.name?.trim() || p.claim?.trim());

/** Why a field's value is refused, as a key of workflow.errors, or null when it is fine (pure). */
export type FieldErrorCode = 'required' | 'date' | 'days' | 'daysLeft' | 'amount' | 'hearingOrder' | 'tooLong' | 'parties';
export function fieldError(f: FieldSpec, values: Values, ctx: ActionContext): FieldErrorCode | null {
  const v = values[f.name];
  if (isBlank(v)) return isRequired(f, values, ctx) ? 'required' : null;
  switch (f.kind) {
    case 'date':
      if (!isDate(v)) return 'date';
      if (f.name === 'hearingTo' && isDate(values.hearingFrom) && v < values.hearingFrom) return 'hearingOrder';
      return null;
    case 'days':
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_EXTENSION_DAYS) return 'days';
      return v > extensionDaysLeft(ctx.workflow.extensions) ? 'daysLeft' : null;
    case 'amount':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? null : 'amount';
    case 'text':
    case 'textarea':
      return f.maxLength && String(v).trim().length > f.maxLength ? 'tooLong' : null;
    case 'parties': {
      // Each party named, with what it asks for; rows left wholly empty are dropped.
      const rows = (v as PartyValue[]).filter(filled);
      if (!rows.length) return 'required';
      return rows.every((p) => p.name?.trim() && p.claim?.trim()) ? null : 'parties';
    }
    // Picked from what the form offers: nothing to check beyond being present.
    case 'bool':
    case 'choice':
    case 'org':
    case 'routeTarget':
    case 'village':
    case 'assistTask':
    case 'supervisionSlip':
      return null;
  }
}

/** Every refused field of a form (pure): { field: code }. Empty when the form may be sent. */
export function validateAction(action: string, values: Values, ctx: ActionContext): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  for (const f of visibleFields(action, values, ctx)) {
    const e = fieldError(f, values, ctx);
    if (e) errors[f.name] = e;
  }
  return errors;
}

/**
 * The JSON body of an action (pure): the version the page was loaded with, then each field that applies, text
 * trimmed, empty optional fields left out (the server refuses unknown and null fields), numbers and yes/no as such.
 */
export function buildPayload(action: string, version: number, values: Values, ctx: ActionContext): Record<string, unknown> {
  const body: Record<string, unknown> = { version };
  for (const f of visibleFields(action, values, ctx)) {
    const v = values[f.name];
    if (isBlank(v)) continue;
    switch (f.kind) {
      case 'text':
      case 'textarea':
      case 'date':
      case 'choice':
        body[f.name] = String(v).trim();
        break;
      case 'org':
      case 'routeTarget':
      case 'village':
      case 'days':
      case 'amount':
      case 'assistTask':
      case 'supervisionSlip':
        body[f.name] = Number(v);
        break;
      case 'bool':
        body[f.name] = v === true || v === 'true';
        break;
      case 'parties':
        body[f.name] = (v as PartyValue[]).filter(filled).map((p) => ({
          name: p.name?.trim() ?? '',
          claim: p.claim?.trim() ?? '',
          ...(p.phone?.trim() ? { phone: p.phone.trim() } : {}),
        }));
        break;
    }
  }
  return body;
}

/** The 协办 tasks still waiting for a reply: the choices of 协办回复. */
export function openAssistTasks(ctx: ActionContext) {
  return ctx.workflow.assignments.filter(
    (a) => a.mode === 'assist' && a.reply === null && (a.status === 'pending' || a.status === 'received'),
  );
}

/** The 催办 and 督办 slips not yet answered: the choices of 回复督办. */
export function openSupervisions(ctx: ActionContext) {
  return ctx.workflow.supervisions.filter((s) => s.reply === null);
}

/** The choice to preselect: the only one, or the only one addressed to my body. */
export function preselect<T extends { id: number; toOrg: { id: number } }>(items: readonly T[], myOrgId: number): number | undefined {
  if (items.length === 1) return items[0]!.id;
  const mine = items.filter((i) => i.toOrg.id === myOrgId);
  return mine.length === 1 ? mine[0]!.id : undefined;
}
