import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../../../i18n';
import type { Instruction } from '../../api/types';
import { InstructionsCard } from './InstructionsCard';

const instruction = {
  id: 1,
  text: '请住建局依法妥善处理。',
  leader: '陈志强',
  org: { id: 1, name: '临朐县人民政府' },
  createdAt: '2026-12-01T02:00:00.000Z',
  recipients: [
    { org: { id: 2, name: '临朐县信访局' }, acknowledgedAt: null, acknowledgedBy: null },
    { org: { id: 3, name: '临朐县住房和城乡建设局' }, acknowledgedAt: '2026-12-01T03:00:00.000Z', acknowledgedBy: '张伟' },
  ],
} as unknown as Instruction;

describe('领导批示 on the detail', () => {
  it('shows which bodies the instruction reached and which of them have read it, who and when', () => {
    render(<InstructionsCard items={[instruction]} />);
    expect(screen.getByText('临朐县信访局待阅')).toBeTruthy();
    expect(screen.getByText(/^临朐县住房和城乡建设局已阅（张伟，2026-12-01 \d\d:00/)).toBeTruthy();
  });
});
