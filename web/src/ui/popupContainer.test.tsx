import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Drawer, Modal, Select, UiProvider } from '.';
import { PageHeader, PageHeaderSlot } from './plain';

const popup = () => document.querySelector<HTMLElement>('.ant-select-dropdown')!;

/** A select shown open, inside what holds it, as antd draws it. */
function openSelectIn(holder: (select: ReactNode) => ReactNode): HTMLElement {
  render(<UiProvider>{holder(<Select open aria-label="角色" options={[{ value: 'handler', label: '承办人' }]} />)}</UiProvider>);
  return screen.getByRole('combobox', { name: '角色' });
}

describe('where a popup goes', () => {
  it.each([
    [
      'into the dialog that opened it',
      '.ant-modal-wrap',
      (s: ReactNode) => (
        <Modal open title="新建用户">
          {s}
        </Modal>
      ),
    ],
    [
      "into a drawer's section, which takes clicks (its root lets them through to the page)",
      '.ant-drawer-section',
      (s: ReactNode) => (
        <Drawer open title="记录">
          {s}
        </Drawer>
      ),
    ],
    [
      'into the sticky page header',
      '.xf-page-header-slot',
      (s: ReactNode) => (
        <PageHeaderSlot>
          <PageHeader title="待办事项" actions={s} />
        </PageHeaderSlot>
      ),
    ],
  ])('%s', (_, layer, holder) => {
    expect(openSelectIn(holder).closest(layer)!.contains(popup())).toBe(true);
  });

  it('at the end of the page otherwise', () => {
    openSelectIn((s) => s);
    expect([popup().parentElement, popup().parentElement!.parentElement]).toContain(document.body);
  });
});
