import { ApiError } from '../api/client';

/** What a form shows for a failed request: errors on named fields, and a message for the rest. */
export interface FormErrorPlan {
  fields: { name: string[]; errors: string[] }[];
  message: string | null;
}

/**
 * Maps an error to form fields: details.fields[].path ("a.b") names the form field ["a","b"] when the form has it;
 * anything else (unknown field, non-validation error, network failure) becomes the general message.
 */
export function planFormErrors(error: unknown, formFields: readonly string[], fallback: string): FormErrorPlan {
  if (!(error instanceof ApiError)) return { fields: [], message: error instanceof Error && error.message ? error.message : fallback };
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const f of error.fields) {
    const top = f.path.split('.')[0] ?? '';
    if (formFields.includes(top)) byField.set(top, [...(byField.get(top) ?? []), f.message]);
    else unmatched.push(f.path ? `${f.path}: ${f.message}` : f.message);
  }
  const fields = [...byField].map(([name, errors]) => ({ name: [name], errors }));
  const message = fields.length && !unmatched.length ? null : [error.message, ...unmatched].join('；') || fallback;
  return { fields, message };
}
