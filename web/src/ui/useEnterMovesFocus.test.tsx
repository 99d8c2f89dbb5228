import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Form, Select } from './index';
import { UiProvider } from './UiProvider';
import { focusFirstField, useEnterMovesFocus } from './useEnterMovesFocus';

// jsdom lays nothing out: an element is shown unless it is inside a hidden one, as in a browser.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.closest('[hidden]') ? null : this.parentElement;
    },
  });
});

// antd's lists read the legacy keyCode/which, which user-event leaves at 0 in jsdom: keys for them are fired with it.
const CODES = { ArrowDown: 40, Enter: 13 } as const;
const press = (el: HTMLElement, key: keyof typeof CODES, ctrlKey = false) =>
  fireEvent.keyDown(el, { key, keyCode: CODES[key], which: CODES[key], ctrlKey });

const KINDS = [
  { value: 'person', label: '个人' },
  { value: 'org', label: '组织' },
];

/** A registration-like form: 姓名, a hidden field, 证件号, a check box, 内容, 电话, a drop-down (antd's own), 地址. */
function Fields({ submit }: { submit: (values: unknown) => void }) {
  const [form] = Form.useForm();
  const onKeyDown = useEnterMovesFocus(() => submit(form.getFieldsValue()));
  return (
    <UiProvider>
      <div onKeyDownCapture={onKeyDown}>
        <Form form={form} onFinish={submit}>
          <input aria-label="姓名" />
          <div hidden>
            <input aria-label="隐藏" />
          </div>
          <input aria-label="证件号" />
          <input type="checkbox" aria-label="代表" />
          <textarea aria-label="内容" />
          <input aria-label="电话" />
          <Form.Item name="kind" noStyle>
            <Select aria-label="类型" options={KINDS} />
          </Form.Item>
          <input aria-label="地址" />
          <button type="submit">保存</button>
        </Form>
      </div>
    </UiProvider>
  );
}

describe('Enter in a keyboard-first form', () => {
  const setup = () => {
    const submit = vi.fn();
    render(<Fields submit={submit} />);
    const user = userEvent.setup();
    const field = (name: string) => screen.getByRole('textbox', { name });
    const kind = () => screen.getByRole('combobox', { name: '类型' });
    const listShown = () => kind().getAttribute('aria-expanded') === 'true';
    return { submit, user, field, kind, listShown };
  };

  it('moves from a one-line field to the next shown one, past check boxes, and never submits', async () => {
    const { submit, user, field } = setup();
    await user.click(field('姓名'));
    await user.keyboard('王某某{Enter}');
    expect(document.activeElement).toBe(field('证件号'));
    await user.keyboard('370724199001011232{Enter}');
    expect(document.activeElement).toBe(field('内容'));
    // A check box reached with Tab passes Enter on as well.
    await user.click(screen.getByRole('checkbox', { name: '代表' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(field('内容'));
    expect(submit).not.toHaveBeenCalled();
  });

  it('keeps Enter for a new line in a text area', async () => {
    const { user, field } = setup();
    await user.click(field('内容'));
    await user.keyboard('第一行{Enter}第二行');
    expect(field('内容')).toHaveProperty('value', '第一行\n第二行');
  });

  it('passes a closed drop-down without opening it', async () => {
    const { user, field, kind, listShown } = setup();
    await user.click(field('电话'));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(kind());
    press(kind(), 'Enter');
    expect(document.activeElement).toBe(field('地址'));
    expect(listShown()).toBe(false);
  });

  it('in an open drop-down, picks the active option and moves on with the same key', async () => {
    const { submit, user, field, kind, listShown } = setup();
    kind().focus();
    press(kind(), 'ArrowDown');
    await waitFor(() => expect(listShown()).toBe(true));
    press(kind(), 'ArrowDown');
    press(kind(), 'Enter');
    await waitFor(() => expect(document.activeElement).toBe(field('地址')));
    expect(listShown()).toBe(false);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(submit).toHaveBeenCalledWith(expect.objectContaining({ kind: 'org' }));
  });

  it('submits on Ctrl+Enter from any field, an open drop-down included, which keeps its value', async () => {
    const { submit, user, field, kind, listShown } = setup();
    await user.click(field('内容'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(submit).toHaveBeenCalledTimes(1);
    kind().focus();
    press(kind(), 'ArrowDown');
    await waitFor(() => expect(listShown()).toBe(true));
    press(kind(), 'Enter', true);
    expect(submit).toHaveBeenCalledTimes(2);
    // The drop-down did not take the key as a choice.
    await user.click(field('内容'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(submit).toHaveBeenLastCalledWith(expect.objectContaining({ kind: undefined }));
  });
});

describe('focusFirstField', () => {
  it('focuses the first shown field of a part of the form, and says when there is none', () => {
    render(
      <div>
        <div data-testid="row">
          <input type="checkbox" aria-label="主信访人" />
          <div hidden>
            <input aria-label="隐藏" />
          </div>
          <input aria-label="姓名" />
        </div>
        <div data-testid="empty">
          <button>删除</button>
        </div>
      </div>,
    );
    expect(focusFirstField(screen.getByTestId('row'))).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '姓名' }));
    expect(focusFirstField(screen.getByTestId('empty'))).toBe(false);
    expect(focusFirstField(null)).toBe(false);
  });
});
