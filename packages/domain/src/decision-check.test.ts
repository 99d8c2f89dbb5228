import { describe, expect, it } from 'vitest';
import { checkDecision, relevance } from './decision-check.js';

const petitionText = '反映小区物业违规收取停车费问题 我们小区的物业公司未经业主大会同意，占用公共道路划线收取停车费，请有关部门调查处理。';
const complete = {
  stage: 'handling' as const,
  request: '请求责令物业公司停止收取小区公共道路停车费并退还已收费用。',
  facts: '经现场核查，该小区物业公司自2026年3月起在小区公共道路划定车位收取停车费，未经业主大会表决。',
  reasons: '物业公司利用业主共有的道路设置车位收取停车费，应经业主大会决定，其擅自收费的做法不当，已责令停止收费并退还。',
  basis: '《中华人民共和国民法典》第二百七十五条、《物业管理条例》第五十五条',
  reviewOrgId: 7,
  petitionText,
};

describe('the decision check (条例 Art. 32)', () => {
  it('finds nothing in a complete decision', () => {
    expect(checkDecision(complete)).toEqual([]);
  });

  it('flags a draft without a review route, except a 复核意见 (final)', () => {
    expect(checkDecision({ ...complete, reviewOrgId: null })).toEqual(['no_review_route']);
    expect(checkDecision({ ...complete, stage: 'reexamination', reviewOrgId: null })).toEqual([]);
  });

  it('flags missing elements and a basis that cites nothing', () => {
    expect(checkDecision({ ...complete, request: '', facts: '见附件', basis: '依据有关规定' })).toEqual([
      'missing_request',
      'missing_facts',
      'basis_cites_nothing',
    ]);
    // A named regulation with its article counts, with or without 《》.
    expect(checkDecision({ ...complete, basis: '依据信访工作条例第三十二条' })).toEqual([]);
  });

  it('flags an answer that speaks past the request', () => {
    const offTopic = {
      ...complete,
      facts: '经查，申请人所述情况属实。',
      reasons: '根据安排，已将相关工作纳入年度计划统筹推进，请予以理解支持。',
      request: '',
    };
    expect(checkDecision({ ...offTopic, request: '请求责令物业公司停止收取停车费' })).toContain('off_the_request');
    expect(relevance('物业收取停车费', '物业公司停止收取停车费')).toBeGreaterThan(0.5);
  });
});
