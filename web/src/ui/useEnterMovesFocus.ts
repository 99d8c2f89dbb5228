import { useCallback, useRef, type KeyboardEvent } from 'react';

/** The fields Enter steps through: text, numbers, dates and the search boxes of drop-downs (not check boxes). */
const FIELDS = 'input:not([type=hidden]):not([type=file]):not([type=checkbox]):not([type=radio]):not([disabled]), textarea:not([disabled])';

const shown = (el: HTMLElement) => el.offsetParent !== null;

/** Focuses the first field inside `scope`; false when it has none shown. */
export function focusFirstField(scope: Element | null | undefined): boolean {
  const first = Array.from(scope?.querySelectorAll<HTMLElement>(FIELDS) ?? []).find(shown);
  first?.focus();
  return !!first;
}

/** Focuses the next shown field after `from` inside `scope`, in document order. */
function focusNextField(scope: HTMLElement, from: Element) {
  const next = Array.from(scope.querySelectorAll<HTMLElement>(FIELDS)).find(
    (el) => shown(el) && !!(from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && !from.contains(el),
  );
  next?.focus();
}

/**
 * Keyboard-first forms: the container's onKeyDownCapture, so it sees a key before the field does. Ctrl+Enter
 * (⌘+Enter) submits from anywhere, an open drop-down included. Enter moves to the next shown field and never submits
 * half a form: in a closed drop-down (select, cascader, tree select) it is kept from the drop-down, which would
 * otherwise open and stay open over the fields once focus has left; in an open one the drop-down picks its active
 * option first, and focus moves on once it has closed (one key); a check box passes it on too. A text area keeps
 * Enter for its new line, a button for itself.
 */
export function useEnterMovesFocus(submit: () => void): (e: KeyboardEvent<HTMLElement>) => void {
  // Watches an open drop-down that was given Enter, until it closes or another key comes.
  const closing = useRef<MutationObserver | null>(null);
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      closing.current?.disconnect();
      closing.current = null;
      if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        e.stopPropagation();
        submit();
        return;
      }
      const input = e.target;
      if (!(input instanceof HTMLInputElement)) return;
      const scope = e.currentTarget;
      if (input.getAttribute('aria-expanded') === 'true') {
        // Let the drop-down take the key. It closes a moment after it has picked (antd closes in a later task); a
        // cascader's branch or a search without a match stays open and keeps focus.
        const observer = new MutationObserver(() => {
          if (input.getAttribute('aria-expanded') === 'true') return;
          observer.disconnect();
          if (document.activeElement === input) focusNextField(scope, input);
        });
        observer.observe(input, { attributes: true, attributeFilter: ['aria-expanded'] });
        closing.current = observer;
        return;
      }
      e.preventDefault();
      if (input.getAttribute('role') === 'combobox') e.stopPropagation();
      focusNextField(scope, input);
    },
    [submit],
  );
}
