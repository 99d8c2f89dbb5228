import { describe, expect, it } from 'vitest';
import { screensOf } from './screens';

describe('the first screen per role', () => {
  it('gives each role its screen, a leader by the kind of body', () => {
    expect(screensOf(['registrar'], 'bureau')).toEqual(['registrar']);
    expect(screensOf(['handler'], 'department')).toEqual(['handler']);
    expect(screensOf(['supervisor'], 'bureau')).toEqual(['supervisor']);
    expect(screensOf(['leader'], 'department')).toEqual(['head']);
    expect(screensOf(['leader'], 'government')).toEqual(['leader']);
    expect(screensOf(['admin'], 'government')).toEqual([]);
  });

  it('shows every screen of several roles, the most urgent first, and no leader screen before the body is known', () => {
    expect(screensOf(['registrar', 'handler'], 'government')).toEqual(['handler', 'registrar']);
    expect(screensOf(['leader', 'supervisor'], undefined)).toEqual(['supervisor']);
  });
});
