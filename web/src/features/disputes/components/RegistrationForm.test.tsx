import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../i18n';
import type { Me } from '../../../api/types';
import { ME_KEY } from '../../auth/hooks/useMe';
import { UiProvider, draftKey } from '../../../ui';
import { DisputeRegistrationForm } from './RegistrationForm';

const ME = {
  id: 31,
  displayName: '刘春梅',
  org: { id: 9, name: '五井镇五井东村村民委员会', regionCode: '370724101' },
  permissions: [],
} as unknown as Me;
const KEY = draftKey(ME.id, 'dispute', 'new');
const REGION = { code: '370724101', name: '五井镇', fullName: '山东省潍坊市临朐县五井镇', level: 4 };

/** A draft as the form keeps it: everything filled, two parties. */
const FILLED = {
  kind: 'homestead',
  source: 'visit',
  title: '相邻两户宅基地界址纠纷',
  facts: '两户因翻建房屋对东侧界址有争议。',
  regionCode: '370724101',
  address: '五井东村东街 12 号',
  foundOn: '2026-12-01',
  parties: [
    { kind: 'person', name: '张某某', phone: '13800000001', claim: '按原界址翻建' },
    { kind: 'person', name: '李某某', claim: '界址东移半米' },
  ],
};

function Detail() {
  return <p data-testid="detail">detail {useParams().id}</p>;
}

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(ME_KEY, ME);
  return render(
    <QueryClientProvider client={client}>
      <UiProvider>
        <MemoryRouter initialEntries={['/disputes/new']}>
          <Routes>
            <Route path="/disputes/new" element={<DisputeRegistrationForm />} />
            <Route path="/disputes/:id" element={<Detail />} />
          </Routes>
        </MemoryRouter>
      </UiProvider>
    </QueryClientProvider>,
  );
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The server: regions answered; each POST /api/disputes as `post` says (a TypeError is a network that is down). */
function server(post: (init: RequestInit) => Response | Promise<Response>) {
  const posts: RequestInit[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url.startsWith('/api/regions/search')) return json({ items: [REGION] });
      if (url.startsWith('/api/regions/')) return json(REGION);
      if (url === '/api/disputes' && init.method === 'POST') {
        posts.push(init);
        return post(init);
      }
      throw new Error(`unexpected ${url}`);
    }),
  );
  return posts;
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label, { selector: 'input, textarea' });
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { values: typeof FILLED; sendKey?: string } | null;

describe('the dispute registration form', () => {
  afterEach(() => {
    localStorage.clear();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('keeps what was typed as a draft and offers it again after the page went away', async () => {
    server(() => json({}, 500));
    const first = renderForm();
    expect(field('发现日期').value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByTestId('direct-note').textContent).toContain('不以村（居）调处为前提');
    fireEvent.change(field('纠纷概况（标题）'), { target: { value: '邻里排水纠纷' } });
    fireEvent.change(screen.getAllByLabelText('姓名或名称')[0]!, { target: { value: '王某某' } });
    first.unmount(); // a reload: the draft is written as the page goes
    expect(stored()?.values.title).toBe('邻里排水纠纷');

    renderForm();
    expect(screen.getByTestId('draft-notice').textContent).toContain('已恢复未提交的草稿');
    expect(field('纠纷概况（标题）').value).toBe('邻里排水纠纷');
    expect((screen.getAllByLabelText('姓名或名称')[0] as HTMLInputElement).value).toBe('王某某');
  });

  it('offline, says the registration is kept and sends it (once, same key) when the connection is back; then the detail opens', async () => {
    localStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now(), values: FILLED }));
    let online = false;
    const posts = server(() => {
      if (!online) throw new TypeError('Failed to fetch');
      return json({ dispute: { id: 77, number: 'MD-2026-0001' } }, 201);
    });
    renderForm();
    expect(field('纠纷概况（标题）').value).toBe(FILLED.title);

    fireEvent.click(screen.getByRole('button', { name: '提交登记' }));
    await screen.findByTestId('queued');
    expect(screen.getByTestId('queued').textContent).toContain('登记已保存在本机，网络恢复后将自动提交');
    expect(posts).toHaveLength(1);
    expect(JSON.parse(posts[0]!.body as string)).toEqual({
      ...FILLED,
      parties: [
        { kind: 'person', name: '张某某', phone: '13800000001', address: null, claim: '按原界址翻建' },
        { kind: 'person', name: '李某某', phone: null, address: null, claim: '界址东移半米' },
      ],
    });
    expect(stored()?.values.title).toBe(FILLED.title);

    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await Promise.resolve();
    });
    expect((await screen.findByTestId('detail')).textContent).toBe('detail 77');
    expect(posts).toHaveLength(2);
    const key = (i: number) => (posts[i]!.headers as Record<string, string>)['Idempotency-Key'];
    expect(key(1)).toBe(key(0));
    expect(stored()).toBeNull();
  });

  it('a send left waiting when the page went away goes again after a reload with its key: never registered twice', async () => {
    localStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now(), values: FILLED }));
    let online = false;
    const posts = server(() => {
      if (!online) throw new TypeError('Failed to fetch');
      return json({ dispute: { id: 78, number: 'MD-2026-0002' } }, 201);
    });
    const first = renderForm();
    fireEvent.click(screen.getByRole('button', { name: '提交登记' }));
    await screen.findByTestId('queued');
    first.unmount(); // the page is reloaded while the send waits for the network
    expect(stored()?.sendKey).toBe((posts[0]!.headers as Record<string, string>)['Idempotency-Key']);
    expect(posts).toHaveLength(1);

    online = true;
    renderForm();
    expect(screen.getByTestId('draft-notice').textContent).toContain('上次提交未确认送达，再次提交不会重复登记');
    fireEvent.click(screen.getByRole('button', { name: '提交登记' }));
    expect((await screen.findByTestId('detail')).textContent).toBe('detail 78');
    const keys = posts.map((p) => (p.headers as Record<string, string>)['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(stored()).toBeNull();
  });

  it('puts the server’s field errors on the fields and keeps the draft', async () => {
    localStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now(), values: FILLED }));
    server(() =>
      json(
        {
          error: {
            code: 'validation_failed',
            message: '请求参数不合法',
            details: { fields: [{ path: 'parties.1.phone', message: '电话号码格式不正确' }] },
          },
        },
        400,
      ),
    );
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: '提交登记' }));
    await waitFor(() => expect(screen.getByText('电话号码格式不正确')).toBeTruthy());
    expect(screen.queryByTestId('detail')).toBeNull();
    expect(stored()?.values.title).toBe(FILLED.title);
  });
});
