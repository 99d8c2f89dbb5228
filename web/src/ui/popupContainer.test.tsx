import { afterEach, describe, expect, it } from 'vitest';
import { popupContainer } from './popupContainer';

/** Builds `<div class=…><span/></div>` in the page and returns the span, a popup's trigger. */
function triggerIn(className: string): HTMLElement {
  const layer = document.createElement('div');
  layer.className = className;
  const trigger = document.createElement('span');
  layer.append(trigger);
  document.body.append(layer);
  return trigger;
}

describe('popupContainer', () => {
  afterEach(() => document.body.replaceChildren());

  it('puts a popup opened in the sticky header, a dialog or a drawer into that layer', () => {
    for (const layer of ['xf-page-header-slot', 'ant-modal-wrap', 'ant-drawer ant-drawer-right']) {
      const trigger = triggerIn(layer);
      expect(popupContainer(trigger)).toBe(trigger.parentElement);
    }
  });

  it('puts one opened in the page, and a dialog itself (no trigger), at the end of the page', () => {
    expect(popupContainer(triggerIn('ant-card'))).toBe(document.body);
    expect(popupContainer()).toBe(document.body);
  });
});
