import { ApiError } from '../api/client';

/** A form field name: ['name'] or, inside a Form.List, ['petitioners', 2, 'idNumber']. */
export type FieldName = (string | number)[];

/** What a form shows for a failed request: errors on named fields, and a message for the rest. */
export interface FormErrorPlan {
  fields: { name: FieldName; errors: string[] }[];
  message: string | null;
}

/** "petitioners.2.idNumber" → ['petitioners', 2, 'idNumber'] (numeric segments are list indexes). */
export function pathToName(path: string): FieldName {
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Maps an error to form fields: details.fields[].path ("a.b", "list.2.c") names the form field when the form has
 * its first segment (a nested path keeps its list index: ["list", 2, "c"]); anything else (unknown field,
 * non-validation error, network failure) becomes the general message. With `nested`, whole paths are kept;
 * otherwise only the first segment (a plain form reports "a.b" on "a").
 */
export function planFormErrors(error: unknown, formFields: readonly string[], fallback: string, nested = false): FormErrorPlan {
  if (!(error instanceof ApiError)) return { fields: [], message: error instanceof Error && error.message ? error.message : fallback };
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  const unmatched: string[] = [];
  for (const f of error.fields) {
    const name = pathToName(f.path);
    const top = String(name[0] ?? '');
    if (!formFields.includes(top)) {
      unmatched.push(f.path ? `${f.path}: ${f.message}` : f.message);
      continue;
    }
    const key = nested ? name.join('.') : top;
    const entry = byField.get(key) ?? { name: nested ? name : [top], errors: [] };
    entry.errors.push(f.message);
    byField.set(key, entry);
  }
  const fields = [...byField.values()];
  const message = fields.length && !unmatched.length ? null : [error.message, ...unmatched].join('；') || fallback;
  return { fields, message };
}
