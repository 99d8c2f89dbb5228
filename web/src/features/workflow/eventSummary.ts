import type { Resources } from '../../i18n/zh';
import { dueDate } from '../calendar/clocks';

type Words = Resources;
type ValueKind = 'org' | 'text' | 'date' | 'due' | 'days' | 'amount' | 'bool' | 'choice';

/** A payload field: its key, its words (workflow.fields), how to show it, and for choices the option set. */
type Part = [key: string, label: string, kind: ValueKind, optionSet?: string];

/** What each workflow event's payload says, field by field (the event kinds equal the action names). */
const PARTS: Record<string, Part[]> = {
  accept: [['note', 'acceptNote', 'text']],
  forward: [
    ['toOrg', 'forwardTo', 'org'],
    ['note', 'forwardNote', 'text'],
  ],
  assign: [
    ['toOrg', 'assignTo', 'org'],
    ['dueDate', 'dueAt', 'date'],
    ['dueAt', 'dueAt', 'due'],
    ['requirements', 'requirements', 'text'],
  ],
  decline: [
    ['route', 'route', 'choice', 'routes'],
    ['routeOrg', 'routeOrgId', 'org'],
    ['reason', 'declineReason', 'text'],
  ],
  receive: [],
  return: [['reason', 'returnReason', 'text']],
  insist: [['reason', 'insistReason', 'text']],
  record: [
    ['kind', 'recordKind', 'choice', 'recordKinds'],
    ['occurredOn', 'occurredOn', 'date'],
    ['hearingFrom', 'hearingFrom', 'date'],
    ['hearingTo', 'hearingTo', 'date'],
    ['agreement', 'agreement', 'bool', 'agreement'],
    ['reliefKind', 'reliefKind', 'text'],
    ['reliefAmount', 'reliefAmount', 'amount'],
    ['note', 'recordNote', 'text'],
  ],
  addAssist: [
    ['org', 'assistOrg', 'org'],
    ['owner', 'owner', 'text'],
    ['dueDate', 'assistDue', 'date'],
    ['task', 'task', 'text'],
  ],
  assistReply: [
    ['org', 'assistOrg', 'org'],
    ['reply', 'assistReply', 'text'],
  ],
  requestExtension: [
    ['days', 'days', 'days'],
    ['reason', 'extensionReason', 'text'],
  ],
  approveExtension: [
    ['approve', 'approve', 'bool', 'approve'],
    ['days', 'days', 'days'],
    ['note', 'approveNote', 'text'],
  ],
  decide: [
    ['outcome', 'outcome', 'choice', 'outcomes'],
    ['reviewOrg', 'reviewOrgId', 'org'],
  ],
  deliver: [
    ['method', 'method', 'choice', 'methods'],
    ['result', 'result', 'choice', 'results'],
    ['deliveredOn', 'deliveredOn', 'date'],
    ['note', 'deliveryNote', 'text'],
  ],
  conclude: [['report', 'report', 'text']],
  verify: [['note', 'verifyNote', 'text']],
  rework: [['reason', 'reworkReason', 'text']],
  requestReview: [
    ['requestedOn', 'requestedOn', 'date'],
    ['reasons', 'reviewReasons', 'text'],
  ],
  requestReexamination: [
    ['requestedOn', 'requestedOn', 'date'],
    ['reasons', 'reexaminationReasons', 'text'],
  ],
  urge: [
    ['toOrg', 'urgedOrg', 'org'],
    ['message', 'urgeMessage', 'text'],
  ],
  supervise: [
    ['toOrg', 'supervisedOrg', 'org'],
    ['replyDueDate', 'replyDueDate', 'date'],
    ['proposals', 'proposals', 'text'],
  ],
  replySupervision: [
    ['adopted', 'adopted', 'bool', 'adopted'],
    ['reply', 'supervisionReply', 'text'],
  ],
  instruct: [['text', 'instruction', 'text']],
  takeOwnership: [
    ['leader', 'ownershipLeader', 'org'],
    ['note', 'ownershipNote', 'text'],
  ],
  ownershipItem: [
    ['item', 'ownershipItem', 'choice', 'ownershipItems'],
    ['doneOn', 'doneOn', 'date'],
    ['note', 'ownershipItemNote', 'text'],
  ],
  markBacklog: [['reason', 'backlogReason', 'text']],
  resolveBacklog: [
    ['resolvedOn', 'resolvedOn', 'date'],
    ['note', 'resolution', 'text'],
  ],
};

const clip = (s: string): string => (s.length > 80 ? s.slice(0, 80) + '…' : s);

/** A body named in the payload: { id, name }, a name, or an id (…Id) the page can name. */
function orgName(p: Record<string, unknown>, key: string, org?: (id: number) => string | undefined): string | null {
  const v = p[key];
  if (typeof v === 'string' && v.trim()) return v;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  const id = p[`${key}Id`] ?? (key.endsWith('Id') ? undefined : p[key.replace(/Org$/, 'OrgId')]);
  if (typeof id === 'number') return org?.(id) ?? `#${id}`;
  return null;
}

/**
 * A workflow event's payload in words (pure): short facts (bodies, dates, choices) on the first line joined by the
 * separator, each text (reasons, notes, reports) on a line of its own. Null when the kind is not a workflow action.
 */
export function describeWorkflowEvent(
  kind: string,
  p: Record<string, unknown>,
  w: Words,
  org?: (id: number) => string | undefined,
): string[] | null {
  const parts = PARTS[kind];
  if (!parts) return null;
  const labels: Record<string, string> = { ...w.workflow.fields, ...w.workflow.eventFields };
  const options = w.workflow.options as unknown as Record<string, Record<string, string>>;
  const pair = (label: string, value: string) => w.workflow.pair.replace('{{label}}', label).replace('{{value}}', value);
  const facts: string[] = [];
  const texts: string[] = [];
  for (const [key, label, kind, set] of parts) {
    const name = labels[label] ?? label;
    const v = p[key];
    let value: string | null = null;
    switch (kind) {
      case 'org':
        value = orgName(p, key, org);
        break;
      case 'text':
        if (typeof v === 'string' && v.trim()) texts.push(pair(name, clip(v.trim())));
        continue;
      case 'date':
        value = typeof v === 'string' && v ? v.slice(0, 10) : null;
        break;
      case 'due':
        value = typeof v === 'string' && v ? dueDate(v) : null;
        break;
      case 'days':
        value = typeof v === 'number' ? w.workflow.daysValue.replace('{{days}}', String(v)) : null;
        break;
      case 'amount':
        value = typeof v === 'number' ? w.workflow.amountValue.replace('{{amount}}', v.toLocaleString('zh-CN')) : null;
        break;
      case 'bool':
        value = typeof v === 'boolean' ? (options[set!]?.[v ? 'yes' : 'no'] ?? String(v)) : null;
        break;
      case 'choice':
        value = typeof v === 'string' && v ? (options[set!]?.[v] ?? v) : null;
        break;
    }
    if (value) facts.push(pair(name, value));
  }
  return [...(facts.length ? [facts.join(w.eventText.separator)] : []), ...texts];
}
