import { fireEvent, render, screen } from '@testing-library/react';
import { Form, Input } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n';
import { clearDrafts, draftKey, DRAFT_MAX_AGE_MS, useDraft } from './useDraft';

/** A one-field form with a draft, as the long forms use it. */
function Note({ userId = 7, onSubmit }: { userId?: number; onSubmit?: (clear: () => void) => void }) {
  const [form] = Form.useForm<{ text: string }>();
  const draft = useDraft(form, draftKey(userId, 'note', 42), { initialValues: { text: '' } });
  return (
    <>
      {draft.notice}
      <Form form={form} initialValues={draft.initialValues} onValuesChange={draft.onValuesChange}>
        <Form.Item name="text">
          <Input aria-label="意见" />
        </Form.Item>
      </Form>
      <button onClick={() => onSubmit?.(draft.clear)}>提交</button>
    </>
  );
}

const field = () => screen.getByRole<HTMLInputElement>('textbox', { name: '意见' });
// The whole text at once: what is kept does not depend on how it was typed.
const type = (text: string) => fireEvent.change(field(), { target: { value: text } });

describe('useDraft', () => {
  afterEach(() => localStorage.clear());

  it('keeps what was typed when the form goes away and offers it the next time, until discarded', async () => {
    const first = render(<Note />);
    type('已查明事实');
    first.unmount(); // Esc or a click outside: the dialog is gone before the debounce ran
    render(<Note />);
    expect(field().value).toBe('已查明事实');
    expect(screen.getByTestId('draft-notice').textContent).toContain('已恢复未提交的草稿');
    fireEvent.click(screen.getByRole('button', { name: '丢弃草稿' }));
    expect(field().value).toBe('');
    expect(screen.queryByTestId('draft-notice')).toBeNull();
    expect(localStorage.getItem(draftKey(7, 'note', 42))).toBeNull();
  });

  it('is another user’s to see only when it is theirs, gone after a submit, at log-out and after 7 days', async () => {
    const mine = render(<Note />);
    type('甲');
    mine.unmount();
    const other = render(<Note userId={8} />);
    expect(field().value).toBe('');
    other.unmount();
    const again = render(<Note onSubmit={(clear) => clear()} />);
    expect(field().value).toBe('甲');
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    again.unmount();
    expect(localStorage.getItem(draftKey(7, 'note', 42))).toBeNull();

    localStorage.setItem(draftKey(7, 'note', 1), JSON.stringify({ savedAt: Date.now(), values: { text: 'a' } }));
    localStorage.setItem(draftKey(9, 'note', 1), JSON.stringify({ savedAt: Date.now(), values: { text: 'b' } }));
    localStorage.setItem(draftKey(9, 'note', 2), JSON.stringify({ savedAt: Date.now() - DRAFT_MAX_AGE_MS - 1, values: {} }));
    clearDrafts(7);
    expect(Object.keys(localStorage)).toEqual([draftKey(9, 'note', 1)]);
  });
});
