import { describe, expect, it } from 'vitest';
import { summarisePayload } from './eventSummary';

describe('event payload summary', () => {
  it('lists changed fields from before/after and the reason', () => {
    expect(
      summarisePayload({ reason: '录入错误', before: { title: '甲', personsCount: 1 }, after: { title: '乙', personsCount: 1 } }),
    ).toEqual({
      reason: '录入错误',
      changes: [{ field: 'title', before: '甲', after: '乙' }],
      other: [],
    });
  });

  it('reads a changes array and keeps other keys short', () => {
    const s = summarisePayload({ changes: [{ field: 'title', before: null, after: 'x' }], intoNumber: 'LQ2026000001' });
    expect(s.changes).toEqual([{ field: 'title', before: '—', after: 'x' }]);
    expect(s.other).toEqual(['intoNumber: LQ2026000001']);
  });

  it('copes with no payload', () => {
    expect(summarisePayload(null)).toEqual({ reason: null, changes: [], other: [] });
  });
});
