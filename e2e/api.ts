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
  /** Registers a petition (a phone call received now, one person, 申诉求决 unless `data` says otherwise); gives the petition. */
  const register = async (data: Json): Promise<Json> => {
    const r = await api.post('/api/petitions', {
      headers: { 'x-csrf-token': csrf },
      data: { channel: 'phone', receivedAt: new Date().toISOString(), type: 'appeal', personsCount: 1, ...data },
    });
    if (r.status() !== 201) throw new Error(`registration refused: ${r.status()} ${await r.text()}`);
    return ((await r.json()) as Json).petition as Json;
  };
  return { api, csrf, get, act, register };
}

type Staff = Awaited<ReturnType<typeof staffApi>>;

/**
 * Registers a matter as `registrar`, assigns it (with `assign`'s fields) to the body named `to`, and signs for it
 * there as `handler`; gives its id.
 */
export async function assignedMatter(registrar: Staff, handler: Staff, to: string, data: Json, assign: Json): Promise<number> {
  const { items } = (await registrar.get('/api/orgs/directory')) as { items: { id: number; name: string }[] };
  const id = (await registrar.register(data)).id as number;
  await registrar.act(id, 'assign', { toOrgId: items.find((o) => o.name === to)!.id, ...assign });
  await handler.act(id, 'receive');
  return id;
}
