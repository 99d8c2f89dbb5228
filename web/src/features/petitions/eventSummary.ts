import dayjs from 'dayjs';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { describeWorkflowEvent } from '../workflow/eventSummary';

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
      return typeof value === 'string' && dayjs(value).isValid() ? dayjs(value).format('YYYY-MM-DD HH:mm') : String(value);
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

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/**
 * The payload of a petition event in words, one line each (pure): 登记 gives number, form and source; 更正
 * gives the reason and each changed field as 字段：旧值 → 新值; links and merges name the other matter.
 */
export function describeEvent(kind: string, payload: unknown, language: string, names: EventNames = {}): string[] {
  const w: Words = language === 'en' ? en : zh;
  const t = w.eventText;
  const p = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  const lines: string[] = [];
  const reason = text(p.reason);
  switch (kind) {
    case 'registered':
    case 'imported': {
      const parts = [];
      if (text(p.number)) parts.push(fill(t.number, { number: String(p.number) }));
      if (p.channel) parts.push(fill(t.channel, { channel: lookup(w.channels, p.channel) }));
      if (p.source) parts.push(fill(t.source, { source: lookup(t.sources, p.source) }));
      if (text(p.repeatOf)) parts.push(fill(t.repeatOf, { number: String(p.repeatOf) }));
      if (parts.length) lines.push(parts.join(t.separator));
      break;
    }
    case 'corrected': {
      if (reason) lines.push(fill(t.reason, { reason }));
      const before = p.before && typeof p.before === 'object' ? (p.before as Record<string, unknown>) : {};
      const after = p.after && typeof p.after === 'object' ? (p.after as Record<string, unknown>) : {};
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
      if (text(p.repeatOf)) lines.push(fill(t.repeatOf, { number: String(p.repeatOf) }));
      break;
    case 'merged':
      if (text(p.into)) lines.push(fill(t.mergedInto, { number: String(p.into) }));
      if (reason) lines.push(fill(t.reason, { reason }));
      break;
    case 'merged_from':
      if (text(p.from)) lines.push(fill(t.mergedFrom, { number: String(p.from) }));
      break;
    case 'unmerged':
      if (text(p.into)) lines.push(fill(t.unmerged, { number: String(p.into) }));
      break;
    case 'unmerged_from':
      if (text(p.from)) lines.push(fill(t.unmergedFrom, { number: String(p.from) }));
      break;
    case 'personal_data_viewed':
      if (reason) lines.push(fill(t.viewReason, { reason }));
      break;
    default: {
      const workflow = describeWorkflowEvent(kind, p, w, names.org);
      if (workflow) return workflow;
      if (reason) lines.push(fill(t.reason, { reason }));
    }
  }
  return lines;
}
