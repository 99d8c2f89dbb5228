import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';

/** The label of an audit action in the language, or the code itself when unknown. */
export function actionLabel(action: string, language: string): string {
  const labels: Record<string, string> = (language === 'en' ? en : zh).audit.actions;
  return labels[action] ?? action;
}

/** The fields whose values differ between before and after, with both values. */
export function changedFields(before: unknown, after: unknown): { field: string; before: unknown; after: unknown }[] {
  const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => ({ field: k, before: b[k], after: a[k] }));
}

/** A readable name for the object of an event (its name, display name or username), when the event carries one. */
export function objectName(before: unknown, after: unknown): string | null {
  for (const v of [after, before]) {
    if (v && typeof v === 'object') {
      const r = v as Record<string, unknown>;
      for (const k of ['name', 'displayName', 'username']) if (typeof r[k] === 'string' && r[k]) return r[k];
    }
  }
  return null;
}
