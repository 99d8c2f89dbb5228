import { request } from 'playwright-core';
import { DEMO_PASSWORD } from './browser';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A staff member signed in through the API in a context of their own, to set up data beside the browser. */
export async function staffApi(baseURL: string, username: string) {
  const api = await request.newContext({ baseURL });
  const res = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  if (res.status() !== 200) throw new Error(`login refused: ${res.status()} ${await res.text()}`);
  const csrf = ((await res.json()) as { user: { csrfToken: string } }).user.csrfToken;
  const get = async (url: string): Promise<Json> => {
    const r = await api.get(url);
    if (!r.ok()) throw new Error(`${url}: ${r.status()} ${await r.text()}`);
    return (await r.json()) as Json;
  };
  /** A workflow action on the version just loaded. */
  const act = async (id: number, action: string, body: Json = {}) => {
    const { petition } = await get(`/api/petitions/${id}`);
    const r = await api.post(`/api/petitions/${id}/actions/${action}`, {
      headers: { 'x-csrf-token': csrf },
      data: { version: petition.version, ...body },
    });
    if (r.status() !== 200) throw new Error(`${action}: ${r.status()} ${await r.text()}`);
  };
  /** Registers a petition by phone, received now, from one person; gives its id. */
  const register = async (matter: { title: string; content: string; type: string }, petitioner: { name: string; phone: string }) => {
    const r = await api.post('/api/petitions', {
      headers: { 'x-csrf-token': csrf },
      data: {
        channel: 'phone',
        receivedAt: new Date().toISOString(),
        personsCount: 1,
        ...matter,
        petitioners: [{ kind: 'person', isMain: true, ...petitioner }],
      },
    });
    if (r.status() !== 201) throw new Error(`register: ${r.status()} ${await r.text()}`);
    return ((await r.json()) as Json).petition.id as number;
  };
  return { api, csrf, get, act, register };
}
