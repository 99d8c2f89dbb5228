/** A short, human-readable summary of an event's payload: reason, and field before → after. Pure. */
export interface EventChange {
  field: string;
  before: string;
  after: string;
}

const show = (v: unknown): string => {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'string') return v.length > 60 ? v.slice(0, 60) + '…' : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 60) + '…' : s;
};

export function summarisePayload(payload: unknown): { reason: string | null; changes: EventChange[]; other: string[] } {
  const out = { reason: null as string | null, changes: [] as EventChange[], other: [] as string[] };
  if (!payload || typeof payload !== 'object') return out;
  const p = payload as Record<string, unknown>;
  if (typeof p.reason === 'string') out.reason = p.reason;
  if (Array.isArray(p.changes)) {
    for (const c of p.changes as { field?: unknown; before?: unknown; after?: unknown }[])
      out.changes.push({ field: String(c.field ?? ''), before: show(c.before), after: show(c.after) });
  } else if (p.before && typeof p.before === 'object' && p.after && typeof p.after === 'object') {
    const before = p.before as Record<string, unknown>;
    const after = p.after as Record<string, unknown>;
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)]))
      if (JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        out.changes.push({ field: k, before: show(before[k]), after: show(after[k]) });
  }
  for (const [k, v] of Object.entries(p)) {
    if (['reason', 'changes', 'before', 'after'].includes(k) || v === null || v === undefined || v === '') continue;
    out.other.push(`${k}: ${show(v)}`);
  }
  return out;
}
