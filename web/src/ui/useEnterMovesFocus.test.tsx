import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useEnterMovesFocus } from './useEnterMovesFocus';

// jsdom lays nothing out: an element is shown unless it is inside a hidden one, as in a browser.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.closest('[hidden]') ? null : this.parentElement;
    },
  });
});

/** A registration-like form: 姓名, a hidden field, 证件号, 身份 checkbox, 内容, 电话, an open drop-down. */
function Fields({ submit }: { submit: () => void }) {
  const onKeyDown = useEnterMovesFocus(submit);
  return (
    <form onKeyDown={onKeyDown} onSubmit={(e) => (e.preventDefault(), submit())}>
      <input aria-label="姓名" />
      <div hidden>
        <input aria-label="隐藏" />
      </div>
      <input aria-label="证件号" />
      <input type="checkbox" aria-label="代表" />
      <textarea aria-label="内容" />
      <input aria-label="电话" />
      <input aria-label="机关" aria-expanded="true" />
      <input aria-label="地址" />
      <button type="submit">保存</button>
    </form>
  );
}

describe('Enter in a keyboard-first form', () => {
  const setup = () => {
    const submit = vi.fn();
    render(<Fields submit={submit} />);
    return { submit, user: userEvent.setup(), field: (name: string) => screen.getByRole('textbox', { name }) };
  };

  it('moves from a one-line field to the next shown one, and never submits', async () => {
    const { submit, user, field } = setup();
    await user.click(field('姓名'));
    await user.keyboard('王某某{Enter}');
    expect(document.activeElement).toBe(field('证件号'));
    await user.keyboard('370724199001011232{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: '代表' }));
    expect(submit).not.toHaveBeenCalled();
  });

  it('keeps Enter for a new line in a text area, and for an open drop-down', async () => {
    const { user, field } = setup();
    await user.click(field('内容'));
    await user.keyboard('第一行{Enter}第二行');
    expect(field('内容')).toHaveProperty('value', '第一行\n第二行');
    await user.click(field('机关'));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(field('机关'));
  });

  it('submits on Ctrl+Enter from any field', async () => {
    const { submit, user, field } = setup();
    await user.click(field('内容'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(submit).toHaveBeenCalledTimes(1);
  });
});
