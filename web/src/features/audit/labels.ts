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
