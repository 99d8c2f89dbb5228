import { useCallback, type KeyboardEvent } from 'react';

const FIELDS = 'input:not([type=hidden]):not([type=file]):not([disabled]), textarea:not([disabled])';

/**
 * Keyboard-first forms: the container's onKeyDown. Ctrl+Enter (⌘+Enter) submits from anywhere; Enter in a one-line
 * field moves to the next visible field and never submits half a form, unless a drop-down or date panel is open and
 * takes it. A text area keeps Enter for its new line, a checkbox or radio button for itself.
 */
export function useEnterMovesFocus(submit: () => void): (e: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        submit();
        return;
      }
      const input = e.target;
      if (!(input instanceof HTMLInputElement) || input.type === 'checkbox' || input.type === 'radio') return;
      e.preventDefault();
      if (input.getAttribute('aria-expanded') === 'true') return;
      const fields = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(FIELDS)).filter((el) => el.offsetParent !== null);
      fields[fields.indexOf(input) + 1]?.focus();
    },
    [submit],
  );
}
