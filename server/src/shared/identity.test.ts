import { describe, expect, it } from 'vitest';
import { isValidChineseId, maskIdNumber, maskName, maskPhone } from './identity.js';
import { queryTerms, snippet, termGrams, textGrams } from './search.js';

describe('GB 11643 identity numbers', () => {
  it('accepts a correct check digit, including X', () => {
    expect(isValidChineseId('11010519491231002X')).toBe(true);
    expect(isValidChineseId('110105194912310021')).toBe(false);
    expect(isValidChineseId('370724199001011232')).toBe(true);
    expect(isValidChineseId('370724199001011239')).toBe(false);
  });
  it('refuses impossible dates and wrong lengths', () => {
    expect(isValidChineseId('370724199002301230')).toBe(false);
    expect(isValidChineseId('37072419900101123')).toBe(false);
  });
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
