import { readFileSync } from 'node:fs';
import { DISPUTE_ACTIONS, DISPUTE_STATUSES, type DisputeStatus } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { DISPUTE_LIFECYCLE, disputeTarget } from './disputes.lifecycle.js';

/** Per status, the actions the declaration allows and by which relation: `mediate, report (holder)`. */
function derived(status: DisputeStatus) {
  const byRelation = new Map<string, string[]>();
  for (const a of DISPUTE_ACTIONS)
    for (const w of DISPUTE_LIFECYCLE[a].who) if (w.from.includes(status)) byRelation.set(w.by, [...(byRelation.get(w.by) ?? []), a]);
  return [...byRelation].map(([by, actions]) => `${actions.join(', ')} (${by})`).join('; ') || 'none';
}

describe('the dispute lifecycle', () => {
  it('docs/WORKFLOW.md "Dispute states" is the declaration', () => {
    const doc = readFileSync(new URL('../../../../docs/WORKFLOW.md', import.meta.url), 'utf8');
    const table = doc.slice(doc.indexOf('### Dispute states'));
    const rows = new Map<string, string>();
    for (const m of table.matchAll(/^\| (`[^|]+) \| ([^|]+) \|$/gm))
      for (const s of m[1]!.split(',')) rows.set(s.trim().replaceAll('`', ''), m[2]!.trim());
    expect([...rows.keys()].sort()).toEqual([...DISPUTE_STATUSES].sort());
    for (const s of DISPUTE_STATUSES) expect(rows.get(s), s).toBe(derived(s));
  });

  it('every action is taken in some status, and a fixed target is a status', () => {
    for (const a of DISPUTE_ACTIONS) {
      expect(DISPUTE_LIFECYCLE[a].who.length, a).toBeGreaterThan(0);
      const to = DISPUTE_LIFECYCLE[a].to;
      if (typeof to === 'string') expect(DISPUTE_STATUSES).toContain(to);
    }
  });

  it('a handler chooses only among the declared targets', () => {
    expect(disputeTarget('followUp', 'agreed', undefined)).toBe('agreed');
    expect(disputeTarget('followUp', 'agreed', 'closed')).toBe('closed');
    expect(() => disputeTarget('followUp', 'agreed', 'petitioned')).toThrow();
    expect(disputeTarget('recordSession', 'mediating', undefined)).toBe('mediating');
  });
});
