import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../../i18n';
import type { Clock } from '../../calendar/api/calendar';
import type { PetitionDetail } from '../api/types';
import { BasicInfoCard } from './BasicInfoCard';
import { DeadlineCell } from './DeadlineCell';

// A browser outside China: every date and time on a staff screen must still be China time.
process.env.TZ = 'America/New_York';

/** Received at 08:30 on 2 December 2026 China time: still 1 December (19:30) in New York. */
const petition = {
  channel: 'visit',
  type: 'appeal',
  category: null,
  receivedAt: '2026-12-02T00:30:00.000Z',
  registeredAt: '2026-12-02T00:45:10.000Z',
  org: { id: 1, name: '临朐县信访局' },
  placeRegionName: null,
  placeAddress: null,
  personsCount: 1,
  involvedCount: 1,
  content: '……',
} as unknown as PetitionDetail;

describe('times on staff screens with the browser in New York', () => {
  it('the zone is in effect (the test could not fail otherwise)', () => {
    expect(new Date('2026-12-02T00:30:00.000Z').getDate()).toBe(1);
  });

  it('登记信息 shows when the matter was received and registered in China time', () => {
    render(<BasicInfoCard p={petition} />);
    expect(screen.getByText('2026-12-02 08:30:00')).toBeTruthy();
    expect(screen.getByText('2026-12-02 08:45:10')).toBeTruthy();
  });

  it('a deadline ending at 24:00 (stored as 00:00 the next day) is named by the day it closes', () => {
    const clock = { key: 'handle', label: '办理', dueAt: '2027-02-04T16:00:00.000Z', grade: 'normal', remainingMs: 1, provisional: false };
    render(<DeadlineCell clock={clock as unknown as Clock} />);
    expect(screen.getByText('2027-02-04 24:00')).toBeTruthy();
    expect(screen.queryByText(/2027-02-05/)).toBeNull();
  });
});
