import { readPetitionEvent } from '@xinfang/domain';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { describeWorkflowEvent } from '../workflow/eventSummary';
import { formatDateTime } from '../../ui/format';

/** Names the payload refers to by id (问题分类, 被检举控告单位), when the page knows them. */
export interface EventNames {
  category?: (id: number) => string | undefined;
  org?: (id: number) => string | undefined;
}

type Words = typeof zh;

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

const clip = (s: string): string => (s.length > 60 ? s.slice(0, 60) + '…' : s);

const lookup = (table: Record<string, string>, key: unknown): string => {
  const k = String(key);
  return table[k] ?? k;
};

/** A stored value of a petition field, in words: enums translated, booleans 是/否, times formatted, ids named. */
function valueText(field: string, value: unknown, w: Words, names: EventNames): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value) && value.length === 0) return '—';
  if (typeof value === 'boolean') return value ? w.common.yes : w.common.no;
  switch (field) {
    case 'channel':
      return lookup(w.channels, value);
    case 'type':
      return lookup(w.petitionTypes, value);
    case 'receivedAt':
      return typeof value === 'string' ? formatDateTime(value, 'minute') : String(value);
    case 'categoryId':
      return (typeof value === 'number' && names.category?.(value)) || `#${String(value)}`;
    case 'accusedOrgId':
      return (typeof value === 'number' && names.org?.(value)) || `#${String(value)}`;
    case 'attachmentsAdded':
      return fill(w.eventText.count, { count: String(Array.isArray(value) ? value.length : 1) });
    case 'petitioners':
      if (Array.isArray(value))
        return value.map((p) => (p && typeof p === 'object' && 'name' in p ? String((p as { name: unknown }).name) : String(p))).join('、');
  }
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'number') return String(value);
  return clip(JSON.stringify(value));
}

const text = (v: string | null | undefined): string | null => (v?.trim() ? v : null);

/**
 * The payload of a petition event in words, one line each (pure): 登记 gives number, form and source; 更正
 * gives the reason and each changed field as 字段：旧值 → 新值; links and merges name the other matter. The payload
 * is read with the event union of @xinfang/domain; one this version does not know adds no words.
 */
export function describeEvent(kind: string, payload: unknown, language: string, names: EventNames = {}): string[] {
  const w: Words = language === 'en' ? en : zh;
  const t = w.eventText;
  const event = readPetitionEvent(kind, payload);
  if (!event) return [];
  const lines: string[] = [];
  /** One line from a template, when the value has words. */
  const line = (template: string, key: string, value: string | null | undefined) => {
    const v = text(value);
    if (v) lines.push(fill(template, { [key]: v }));
  };
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- every other kind is the workflow's, described by its table (describeWorkflowEvent)
  switch (event.kind) {
    case 'registered': {
      const p = event.payload;
      const parts = [
        fill(t.number, { number: p.number }),
        fill(t.channel, { channel: lookup(w.channels, p.channel) }),
        fill(t.source, { source: lookup(t.sources, p.source) }),
      ];
      const repeatOf = text(p.repeatOf);
      if (repeatOf) parts.push(fill(t.repeatOf, { number: repeatOf }));
      lines.push(parts.join(t.separator));
      break;
    }
    case 'corrected': {
      const { reason, before, after } = event.payload;
      line(t.reason, 'reason', reason);
      for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
        const label = lookup(t.fields, field);
        const was = valueText(field, before[field], w, names);
        const now = valueText(field, after[field], w, names);
        lines.push(
          field in before ? fill(t.change, { field: label, before: was, after: now }) : fill(t.added, { field: label, value: now }),
        );
      }
      break;
    }
    case 'repeat_linked':
      line(t.repeatOf, 'number', event.payload.repeatOf);
      break;
    case 'merged':
      line(t.mergedInto, 'number', event.payload.into);
      line(t.reason, 'reason', event.payload.reason);
      break;
    case 'merged_from':
      line(t.mergedFrom, 'number', event.payload.from);
      break;
    case 'unmerged':
      // `from` names the matter this one had been merged into.
      line(t.unmerged, 'number', event.payload.from);
      break;
    case 'unmerged_from':
      line(t.unmergedFrom, 'number', event.payload.from);
      break;
    case 'personal_data_viewed':
      line(t.viewReason, 'reason', event.payload.reason);
      break;
    default:
      return describeWorkflowEvent(event, w, names.org) ?? [];
  }
  return lines;
}
