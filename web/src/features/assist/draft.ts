import type { KnowledgeEntry, Precedent } from './api/assist';

/** What a precedent or an entry puts in the 处理意见书's fields: replaced, or added after what is there. */
export interface DraftInsert {
  replace?: Partial<Record<'outcome' | 'facts' | 'reasons' | 'basis', string>>;
  append?: Partial<Record<'reasons' | 'basis', string>>;
}

/** A knowledge-base entry's words go to the basis (a legal basis: its citation) or to the reasons. */
export function knowledgeInsert(k: Pick<KnowledgeEntry, 'kind' | 'title' | 'body' | 'citation'>): DraftInsert {
  return k.kind === 'basis' ? { append: { basis: k.citation ?? k.title } } : { append: { reasons: k.body } };
}

/** A precedent as a starting draft: its outcome, facts, reasons and basis (the request stays this petitioner's). */
export function precedentInsert(p: Pick<Precedent, 'outcome' | 'facts' | 'reasons' | 'basis'>): DraftInsert {
  return { replace: { outcome: p.outcome, facts: p.facts, reasons: p.reasons, basis: p.basis } };
}

/** The draft's fields after an insert: replaced ones as given, added text after what is there (a basis after a 、). */
export function applyInsert(current: Record<string, unknown>, insert: DraftInsert): Record<string, string> {
  const out: Record<string, string> = { ...insert.replace };
  for (const [field, text] of Object.entries(insert.append ?? {})) {
    const before = typeof current[field] === 'string' ? (current[field] as string).trim() : '';
    out[field] = !before ? text : before.includes(text) ? before : `${before}${field === 'basis' ? '、' : '\n'}${text}`;
  }
  return out;
}
