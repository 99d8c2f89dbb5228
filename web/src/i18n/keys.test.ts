import { describe, expect, it } from 'vitest';
import { en } from './en';
import type { I18nKey } from './keys';
import { zh } from './zh';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n resources', () => {
  it('types keys from zh.ts: a key it does not have does not compile (npm run typecheck)', () => {
    const known: I18nKey = 'menu.workbench';
    // @ts-expect-error no such key in zh.ts
    const unknown: I18nKey = 'no.such.key';
    expect([known, unknown]).toEqual(['menu.workbench', 'no.such.key']);
  });

  it('zh and en have identical key sets', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it('ends no sentence twice (“。。”), nor puts a full stop after typed text that may carry its own', () => {
    const doubled: string[] = [];
    const walk = (v: unknown, at: string): void => {
      if (typeof v === 'string') {
        if (/[。！？]。|\{\{(reason|note|message|text|content|task|reply|proposals|report)\}\}。/.test(v)) doubled.push(`${at}: ${v}`);
      } else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, at ? `${at}.${k}` : k));
    };
    walk(zh, '');
    walk(en, '');
    expect(doubled).toEqual([]);
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
