import { dueShort, type PayloadOf, type PetitionEvent, type PetitionEventKind } from '@xinfang/domain';
import type { Resources } from '../../i18n/zh';

type Words = Resources;
type ValueKind = 'org' | 'text' | 'date' | 'due' | 'days' | 'amount' | 'bool' | 'choice';

/** A payload field: its key, its words (workflow.fields), how to show it, and for choices the option set. */
type Field<Key extends string = string> = readonly [key: Key, label: string, kind: ValueKind, optionSet?: string];
/** A field of the payload of events of kind K (@xinfang/domain): a key the payload does not have fails to compile. */
type Part<K extends PetitionEventKind> = Field<keyof PayloadOf<K> & string>;

/** What each workflow event's payload says, field by field (the event kinds equal the action names). */
const PARTS: { [K in PetitionEventKind]?: Part<K>[] } = {
  accept: [['note', 'acceptNote', 'text']],
  forward: [
    ['toOrg', 'forwardTo', 'org'],
    ['note', 'forwardNote', 'text'],
  ],
  assign: [
    ['toOrg', 'assignTo', 'org'],
    ['dueAt', 'dueAt', 'due'],
    ['requirements', 'requirements', 'text'],
  ],
  decline: [
    ['route', 'route', 'choice', 'routes'],
    ['routeOrgId', 'routeOrgId', 'org'],
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
    ['dueDate', 'assistDue', 'due'],
    ['task', 'task', 'text'],
  ],
  assistReply: [['reply', 'assistReply', 'text']],
  requestMediation: [
    ['org', 'mediationVillage', 'org'],
    ['title', 'mediationTitle', 'text'],
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
    ['reviewOrgId', 'reviewOrgId', 'org'],
  ],
  deliver: [
    ['method', 'method', 'choice', 'methods'],
    ['result', 'result', 'choice', 'results'],
    ['deliveredOn', 'deliveredOn', 'date'],
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
    ['toOrgId', 'urgedOrg', 'org'],
    ['message', 'urgeMessage', 'text'],
  ],
  supervise: [
    ['toOrgId', 'supervisedOrg', 'org'],
    ['replyDueDate', 'replyDueDate', 'due'],
    ['proposals', 'proposals', 'text'],
  ],
  replySupervision: [
    ['adopted', 'adopted', 'bool', 'adopted'],
    ['reply', 'supervisionReply', 'text'],
  ],
  instruct: [['text', 'instruction', 'text']],
  acknowledgeInstruction: [['note', 'acknowledgeNote', 'text']],
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

/** A body named in the payload: by its name, or by its id when the page can name it. */
function orgName(v: unknown, org?: (id: number) => string | undefined): string | null {
  if (typeof v === 'string' && v.trim()) return v;
  if (typeof v === 'number') return org?.(v) ?? `#${v}`;
  return null;
}

/**
 * A workflow event's payload in words (pure): short facts (bodies, dates, choices) on the first line joined by the
 * separator, each text (reasons, notes, reports) on a line of its own. Null when the kind is not a workflow action.
 */
export function describeWorkflowEvent(event: PetitionEvent, w: Words, org?: (id: number) => string | undefined): string[] | null {
  const parts: readonly Field[] | undefined = PARTS[event.kind];
  if (!parts) return null;
  const payload = new Map<string, unknown>(Object.entries(event.payload));
  const labels: Record<string, string> = { ...w.workflow.fields, ...w.workflow.eventFields };
  const options = w.workflow.options as unknown as Record<string, Record<string, string>>;
  const pair = (label: string, value: string) => w.workflow.pair.replace('{{label}}', label).replace('{{value}}', value);
  const facts: string[] = [];
  const texts: string[] = [];
  for (const [key, label, kind, set] of parts) {
    const name = labels[label] ?? label;
    const v = payload.get(key);
    let value: string | null = null;
    switch (kind) {
      case 'org':
        value = orgName(v, org);
        break;
      case 'text':
        if (typeof v === 'string' && v.trim()) texts.push(pair(name, clip(v.trim())));
        continue;
      case 'date':
        value = typeof v === 'string' && v ? v.slice(0, 10) : null;
        break;
      case 'due':
        value = typeof v === 'string' && v ? dueShort(v) : null;
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
