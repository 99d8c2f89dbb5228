import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { ReasonDialog } from './ReasonDialog';
import { UiProvider } from './UiProvider';

const dialog = (onSubmit: (reason: string) => Promise<void>, onClose = vi.fn()) =>
  render(
    <UiProvider>
      <ReasonDialog title="查看完整号码" label="查看原因" notice="查看将记入审计日志" onClose={onClose} onSubmit={onSubmit} />
    </UiProvider>,
  );

describe('asking for the reason of an audited view', () => {
  it('sends nothing without a reason, then sends the reason trimmed', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    dialog(onSubmit);
    const user = userEvent.setup();
    expect(screen.getByText('查看将记入审计日志')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect(onSubmit).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: '查看原因' }), '  核实来访人身份  ');
    await user.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('核实来访人身份'));
  });

  it('shows the server’s refusal at the reason and stays open', async () => {
    const onClose = vi.fn();
    dialog(
      () => Promise.reject(new ApiError(400, 'validation_failed', '请求有误', { fields: [{ path: 'reason', message: '请写明具体原因' }] })),
      onClose,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: '查看原因' }), '看看');
    await user.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    await screen.findByText('请写明具体原因');
    expect(onClose).not.toHaveBeenCalled();
  });
});
