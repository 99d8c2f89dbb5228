import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './identity.js';
import { queryTerms, snippet, termGrams, textGrams } from './search.js';

describe('masking', () => {
  it('masks for display', () => {
    expect(maskIdNumber('370724199001011232')).toBe('370724********1232');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0536-3212345')).toBe('0536-****345');
    expect(maskName('欧阳修')).toBe('欧**');
  });
});

describe('bigram search', () => {
  it('indexes 2-character words and single characters of short runs', () => {
    const g = textGrams('小区物业乱收费，税');
    expect(g).toEqual(expect.arrayContaining(['物业', '小区', '收费', '税']));
    expect(termGrams('物业')).toEqual(['物业']);
    expect(termGrams('拆迁补偿')).toEqual(['拆迁', '迁补', '补偿']);
  });
  it('splits queries into terms and builds snippets with the hits marked', () => {
    expect(queryTerms(' 物业  停车费，A3区 ')).toEqual(['物业', '停车费', 'a3区']);
    const parts = snippet('关于某小区物业乱收停车费的问题', ['物业'])!;
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['物业']);
    expect(parts.map((p) => p.text).join('')).toBe('关于某小区物业乱收停车费的问题');
  });
});
