import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../i18n';
import { Button, Form, Input, Modal, UiProvider } from '../../../ui';
import type { DirectoryOrg } from '../api/orgs';
import { OrgDirectorySelect } from './OrgDirectorySelect';

const HOUSING = '临朐县住房和城乡建设局';
const BODIES: DirectoryOrg[] = [
  { id: 1, parentId: null, kind: 'government', name: '潍坊市人民政府', shortName: null },
  { id: 2, parentId: 1, kind: 'government', name: '临朐县人民政府', shortName: null },
  { id: 3, parentId: 2, kind: 'bureau', name: '临朐县信访局', shortName: null },
  { id: 13, parentId: 2, kind: 'department', name: HOUSING, shortName: null },
];

/** The server's /api/orgs/directory, answered when the test says so (a slow server answers after the user typed). */
function slowDirectory() {
  const waiting: (() => void)[] = [];
  let items = BODIES;
  vi.stubGlobal(
    'fetch',
    vi.fn(
      (url: string) =>
        new Promise<Response>((resolve) => {
          expect(url).toBe('/api/orgs/directory');
          waiting.push(() => resolve(new Response(JSON.stringify({ items }), { headers: { 'content-type': 'application/json' } })));
        }),
    ),
  );
  return {
    answer: async (next = items) => {
      items = next;
      await act(async () => {
        for (const reply of waiting.splice(0)) reply();
        await new Promise((r) => setTimeout(r, 0));
      });
    },
  };
}

/** An action dialog: the picker in an antd Form whose every change re-renders the dialog, beside a text field. */
function Dialog({ form }: { form: ReturnType<typeof Form.useForm<{ toOrgId?: number | null }>>[0] }) {
  const [ticks, setTicks] = useState(0);
  const values = Form.useWatch((v) => v, form);
  return (
    <Modal open title="交办" footer={null}>
      <Form form={form} layout="vertical" name="workflow-assign">
        <Form.Item name="toOrgId" label="交办机关" required>
          <OrgDirectorySelect allowClear style={{ width: '100%' }} aria-label="交办机关" />
        </Form.Item>
        <Form.Item name="requirements" label="交办要求">
          <Input.TextArea aria-label="交办要求" />
        </Form.Item>
        <Button onClick={() => setTicks(ticks + 1)}>
          {ticks}:{String(values?.toOrgId)}
        </Button>
      </Form>
    </Modal>
  );
}

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let form!: ReturnType<typeof Form.useForm<{ toOrgId?: number | null }>>[0];
  function Host() {
    [form] = Form.useForm<{ toOrgId?: number | null }>();
    return <Dialog form={form} />;
  }
  render(
    <QueryClientProvider client={client}>
      <UiProvider>
        <Host />
      </UiProvider>
    </QueryClientProvider>,
  );
  return { client, form: () => form };
}

/** The open drop-down of the tree picker. */
const popup = () => document.querySelector<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')!;
/** The picker's selector: what it shows as chosen. */
const shown = () => document.querySelector('.ant-select-content-has-value')?.textContent ?? null;

describe('OrgDirectorySelect in an action form', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.unstubAllGlobals());

  it('finds and keeps a body typed before the directory arrived, through blur and re-renders', async () => {
    const server = slowDirectory();
    const { client, form } = setup();
    const user = userEvent.setup();
    const picker = screen.getByRole('combobox', { name: '交办机关' });

    // The user opens the picker and types before the (slow) server has answered.
    await user.click(picker);
    await user.type(picker, '住房');
    await server.answer();

    // The list opens inside the dialog, not at the end of the page (see ui/popupContainer.ts).
    expect(picker.closest('.ant-modal-wrap')!.contains(popup())).toBe(true);

    // The match is shown under its opened parents, and choosing it sets the form's value.
    const option = await within(popup()).findByTitle(HOUSING, {}, { timeout: 2000 });
    await user.click(option);
    expect(form().getFieldValue('toOrgId')).toBe(13);
    await waitFor(() => expect(shown()).toBe(HOUSING));

    // Leaving the field keeps it.
    await user.click(screen.getByRole('textbox', { name: '交办要求' }));
    await user.type(screen.getByRole('textbox', { name: '交办要求' }), '请依法调查处理。');
    expect(form().getFieldValue('toOrgId')).toBe(13);
    expect(shown()).toBe(HOUSING);

    // The dialog re-renders, and the directory is refetched with another identity (one body more): still chosen.
    await user.click(screen.getByRole('button', { name: /^0:13$/ }));
    // (the refetch waits for the server's answer, given next)
    act(() => void client.invalidateQueries());
    await server.answer([...BODIES, { id: 14, parentId: 2, kind: 'department', name: '临朐县教育局', shortName: null }]);
    expect(screen.getByRole('button', { name: /^1:13$/ })).toBeTruthy();
    expect(form().getFieldValue('toOrgId')).toBe(13);
    expect(shown()).toBe(HOUSING);
  });
});
