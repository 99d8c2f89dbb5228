import { describe, expect, it } from 'vitest';
import { applyInsert, knowledgeInsert, precedentInsert } from './draft';

describe('putting a precedent or an entry into a 处理意见书', () => {
  it('takes a precedent as the starting draft, leaving the request as the petitioner wrote it', () => {
    const draft = { request: '请求退还停车费', reasons: '已写的理由' };
    const insert = precedentInsert({
      outcome: 'support',
      facts: '经查属实。',
      reasons: '应经业主大会决定。',
      basis: '《民法典》第二百七十八条',
    });
    expect(applyInsert(draft, insert)).toEqual({
      outcome: 'support',
      facts: '经查属实。',
      reasons: '应经业主大会决定。',
      basis: '《民法典》第二百七十八条',
    });
  });

  it("adds a legal basis's citation after the basis there, once, and a policy answer after the reasons", () => {
    const basis = knowledgeInsert({ kind: 'basis', title: '信访工作条例', body: '条文', citation: '《信访工作条例》第三十二条' });
    expect(applyInsert({ basis: '《民法典》第二百七十八条' }, basis)).toEqual({
      basis: '《民法典》第二百七十八条、《信访工作条例》第三十二条',
    });
    expect(applyInsert({ basis: '《信访工作条例》第三十二条' }, basis)).toEqual({ basis: '《信访工作条例》第三十二条' });
    expect(applyInsert({}, knowledgeInsert({ kind: 'policy', title: '答复', body: '按规定办理。', citation: null }))).toEqual({
      reasons: '按规定办理。',
    });
    expect(applyInsert({ reasons: '理由一' }, { append: { reasons: '理由二' } })).toEqual({ reasons: '理由一\n理由二' });
  });
});
