import { describe, expect, it } from 'vitest';
import { reviewRouteZh } from './workflow.js';

describe('reviewRouteZh', () => {
  it('names 复查 after a handling decision and 复核 after a review, at the body named, within the period', () => {
    expect(reviewRouteZh('handling', '临朐县人民政府')).toBe(
      '如不服本处理意见，可以自收到本意见书之日起三十日内向临朐县人民政府请求复查。',
    );
    expect(reviewRouteZh('review', '潍坊市人民政府', 15)).toBe(
      '如不服本复查意见，可以自收到本意见书之日起十五日内向潍坊市人民政府请求复核。',
    );
  });

  it('names the body above when none is given', () => {
    expect(reviewRouteZh('handling', null)).toContain('向上一级机关、单位请求复查');
  });

  it('names no route after a re-examination: the matter is final', () => {
    const s = reviewRouteZh('reexamination', '潍坊市人民政府');
    expect(s).toMatch(/^本复核意见为最终意见。/);
    expect(s).not.toMatch(/请求(复查|复核)/);
  });
});
