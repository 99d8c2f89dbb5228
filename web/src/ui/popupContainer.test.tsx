import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Drawer, Modal, Select, UiProvider } from '.';
import { PageHeader, PageHeaderSlot } from './plain';

/** A select shown open, as antd draws it inside whatever holds it. */
const OpenSelect = () => <Select open aria-label="角色" options={[{ value: 'handler', label: '承办人' }]} />;
const popup = () => document.querySelector<HTMLElement>('.ant-select-dropdown')!;

describe('where a popup goes', () => {
  it('into the dialog that opened it', () => {
    render(
      <UiProvider>
        <Modal open title="新建用户">
          <OpenSelect />
        </Modal>
      </UiProvider>,
    );
    expect(screen.getByRole('combobox', { name: '角色' }).closest('.ant-modal-wrap')!.contains(popup())).toBe(true);
  });

  it("into a drawer's section, which takes clicks (its root lets them through to the page)", () => {
    render(
      <UiProvider>
        <Drawer open title="记录">
          <OpenSelect />
        </Drawer>
      </UiProvider>,
    );
    expect(screen.getByRole('combobox', { name: '角色' }).closest('.ant-drawer-section')!.contains(popup())).toBe(true);
  });

  it('into the sticky page header', () => {
    render(
      <UiProvider>
        <PageHeaderSlot>
          <PageHeader title="待办事项" actions={<OpenSelect />} />
        </PageHeaderSlot>
      </UiProvider>,
    );
    expect(document.querySelector('.xf-page-header-slot .ant-select-dropdown')).toBe(popup());
  });

  it('at the end of the page otherwise', () => {
    render(
      <UiProvider>
        <OpenSelect />
      </UiProvider>,
    );
    expect([popup().parentElement, popup().parentElement!.parentElement]).toContain(document.body);
  });
});
