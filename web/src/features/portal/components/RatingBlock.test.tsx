import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PublicPetition } from '../api/types';
import { PortalI18n } from '../i18n';
import { RatingBlock } from './RatingBlock';
import { ReviewBlock } from './ReviewBlock';

/** A window that closes at 24:00 China time on 28 November 2026: stored as 29 November 00:00 (16:00Z on the 28th). */
const END_OF_28TH = '2026-11-28T16:00:00.000Z';

const petition = {
  rating: { state: 'awaiting', until: END_OF_28TH, targets: [] },
  review: { state: 'available', kind: 'review', body: '临朐县人民政府', until: END_OF_28TH },
} as unknown as PublicPetition;

describe('the petitioner’s windows on the result page', () => {
  it('name the last day they are open, not the day after their 24:00 end', () => {
    render(
      <PortalI18n initial="zh-CN">
        <RatingBlock petition={petition} token="t" onChange={() => undefined} onReview={() => undefined} />
        <ReviewBlock petition={petition} token="t" onChange={() => undefined} headingRef={{ current: null }} />
      </PortalI18n>,
    );
    expect(screen.getByText('请在2026年11月28日前评价。')).toBeTruthy();
    expect(screen.getAllByText(/2026年11月28日/)).toHaveLength(2);
    expect(screen.queryByText(/2026年11月29日/)).toBeNull();
  });
});
