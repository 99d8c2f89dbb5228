// Drafts of long forms, kept in this browser only: per user, per form kind, per petition ("new" before registration).
const PREFIX = 'xf.draft.';
/** Drafts may hold petitioners' personal data: none outlives a week (docs/SECURITY.md). */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

export interface Stored {
  savedAt: number;
  values: unknown;
  /** The Idempotency-Key of a send begun and not yet confirmed (useDraft's sendKey). */
  sendKey?: string;
}

export const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** The storage key of one draft. */
export const draftKey = (userId: number, kind: string, id: number | 'new'): string => `${PREFIX}${userId}.${kind}.${id}`;

export function read(key: string): Stored | null {
  try {
    const v = JSON.parse(storage()?.getItem(key) ?? 'null') as Stored | null;
    if (!v || typeof v.savedAt !== 'number' || Date.now() - v.savedAt > DRAFT_MAX_AGE_MS) {
      storage()?.removeItem(key);
      return null;
    }
    return v;
  } catch {
    return null;
  }
}

/** Removes the drafts matching `keep` false: a user's at log-out, and everyone's older than a week. */
function sweep(remove: (key: string) => boolean): void {
  const s = storage();
  if (!s) return;
  const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => !!k?.startsWith(PREFIX));
  for (const k of keys) if (remove(k)) s.removeItem(k);
}

/** Forgets every draft of one user (at log-out) and every expired one. */
export function clearDrafts(userId: number): void {
  sweep((k) => k.startsWith(`${PREFIX}${userId}.`) || read(k) === null);
}

export function write(key: string, values: unknown, sendKey?: string): void {
  try {
    storage()?.setItem(key, JSON.stringify({ savedAt: Date.now(), values, sendKey } satisfies Stored));
  } catch {
    // storage full or unavailable: the form still works, only the draft is not kept
  }
}
