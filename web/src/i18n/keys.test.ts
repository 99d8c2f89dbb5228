import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n resources', () => {
  it('zh and en have identical key sets', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it('has no empty strings', () => {
    for (const res of [zh, en]) {
      const walk = (v: unknown): void => {
        if (typeof v === 'string') expect(v.trim()).not.toBe('');
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(res);
    }
  });
});
