import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../i18n';
import type { Me } from '../../../api/types';
import { ME_KEY } from '../../auth/hooks/useMe';
import { UiProvider } from '../../../ui';
import type { MeetingValues } from '../meetings';
import { MeetingForm } from './MeetingForm';

const ME = {
  id: 32,
  displayName: '高振华',
  org: { id: 5, name: '临朐县五井镇人民政府', regionCode: '370724101' },
  permissions: ['dispute.register', 'dispute.mediate', 'dispute.read'],
} as unknown as Me;
const ORGS = [
  { id: 5, parentId: null, name: '临朐县五井镇人民政府', kind: 'township', active: true },
  { id: 12, parentId: 5, name: '五井镇五井东村村民委员会', kind: 'village', active: true },
];
const DISPUTE = { id: 7, number: 'MD-2026-0004', title: '两村交界处山林权属纠纷' };
const CARRIED = {
  id: 40,
  meetingId: 3,
  org: { id: 5, name: '临朐县五井镇人民政府' },
  title: '协调县林业局调取林权档案',
  dueOn: '2026-12-20',
  doneAt: null,
  doneNote: null,
  clock: null,
  mine: true,
};
const FILLED: MeetingValues = {
  kind: 'analysis',
  heldOn: '2026-12-07',
  chair: ' 镇党委副书记 ',
  presentOrgIds: [12],
  disputeIds: [7],
  petitionIds: [],
  notes: '研判山林权属纠纷。',
  tasks: [
    { orgId: 12, title: '组织现场踏勘', dueOn: '2026-12-12' },
    { orgId: 5, title: '调取林权档案', dueOn: '2026-12-07' },
  ],
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function server(post: () => Response) {
  const posts: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url.startsWith('/api/orgs')) return json({ items: ORGS });
      if (url.startsWith('/api/disputes?')) return json({ items: [{ ...DISPUTE, status: 'registered' }], nextCursor: null });
      if (url === '/api/dispute-meetings/agenda') return json({ carriedOver: [CARRIED] });
      if (url === '/api/dispute-meetings' && init.method === 'POST') {
        posts.push(JSON.parse(init.body as string));
        return post();
      }
      throw new Error(`unexpected ${url}`);
    }),
  );
  return posts;
}

function Detail() {
  return <p data-testid="detail">meeting {useParams().id}</p>;
}

function renderForm(values: MeetingValues) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(ME_KEY, ME);
  return render(
    <QueryClientProvider client={client}>
      <UiProvider>
        <MemoryRouter initialEntries={['/disputes/meetings/new']}>
          <Routes>
            <Route path="/disputes/meetings/new" element={<MeetingForm initialValues={values} />} />
            <Route path="/disputes/meetings/:id" element={<Detail />} />
          </Routes>
        </MemoryRouter>
      </UiProvider>
    </QueryClientProvider>,
  );
}

describe('the meeting form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the open decisions of earlier meetings first, read-only', async () => {
    server(() => json({}, 500));
    renderForm(FILLED);
    const carried = screen.getByTestId('carried-over');
    expect(carried.textContent).toContain('上次会议未办结事项');
    await within(carried).findByText('协调县林业局调取林权档案');
    expect(within(carried).queryByTestId('task-done')).toBeNull();
    // Not sent again with this meeting's decisions.
    expect(screen.getAllByTestId('task-row')).toHaveLength(2);
  });

  it('sends the rows as they stand and puts the server’s errors on the row they name', async () => {
    const posts = server(() =>
      json(
        {
          error: {
            code: 'validation_failed',
            message: '请求参数不合法',
            details: {
              fields: [
                { path: 'tasks.1.dueOn', message: '办理期限须晚于会议日期' },
                { path: 'disputeIds.0', message: '该矛盾纠纷不在本单位辖区' },
              ],
            },
          },
        },
        400,
      ),
    );
    renderForm(FILLED);
    await screen.findAllByTitle('五井镇五井东村村民委员会');
    fireEvent.click(screen.getByRole('button', { name: '保存会议记录' }));
    await waitFor(() => expect(screen.getByText('办理期限须晚于会议日期')).toBeTruthy());
    expect(posts).toEqual([
      {
        kind: 'analysis',
        heldOn: '2026-12-07',
        chair: '镇党委副书记',
        presentOrgIds: [12],
        disputeIds: [7],
        petitionIds: [],
        notes: '研判山林权属纠纷。',
        tasks: [
          { orgId: 12, title: '组织现场踏勘', dueOn: '2026-12-12' },
          { orgId: 5, title: '调取林权档案', dueOn: '2026-12-07' },
        ],
      },
    ]);
    const rows = screen.getAllByTestId('task-row');
    expect(within(rows[1]!).getByText('办理期限须晚于会议日期')).toBeTruthy();
    expect(within(rows[0]!).queryByText('办理期限须晚于会议日期')).toBeNull();
    expect(within(screen.getByTestId('disputeIds-rows')).getByText('该矛盾纠纷不在本单位辖区')).toBeTruthy();
    expect(screen.queryByTestId('detail')).toBeNull();
  });

  it('opens the meeting once recorded', async () => {
    server(() => json({ meeting: { id: 9 } }, 201));
    renderForm(FILLED);
    await screen.findAllByTitle('五井镇五井东村村民委员会');
    fireEvent.click(screen.getByRole('button', { name: '保存会议记录' }));
    expect((await screen.findByTestId('detail')).textContent).toBe('meeting 9');
  });
});
