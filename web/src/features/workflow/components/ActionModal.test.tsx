import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { focusFirstField } from './ActionModal';

/** The body of an action form: 延期天数 first, then 延期理由 (as in 申请延期). */
function Body() {
  return (
    <div data-testid="body">
      <input aria-label="延期天数" />
      <textarea aria-label="延期理由" />
    </div>
  );
}

describe('an action form that has just opened', () => {
  it('puts the focus on its first field when the user is in none', () => {
    render(<Body />);
    focusFirstField(screen.getByTestId('body'));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '延期天数' }));
  });

  it('leaves the focus, and the typing, in the field the user went to before the opening ended', async () => {
    render(<Body />);
    const user = userEvent.setup();
    const reason = screen.getByRole('textbox', { name: '延期理由' });
    await user.click(reason);
    await user.type(reason, '电梯主板需向');
    // The dialog's opening animation ends now, on a busy machine, while the user is still typing.
    focusFirstField(screen.getByTestId('body'));
    await user.keyboard('厂家订购。');
    expect(reason).toHaveProperty('value', '电梯主板需向厂家订购。');
    expect(screen.getByRole('textbox', { name: '延期天数' })).toHaveProperty('value', '');
  });
});
