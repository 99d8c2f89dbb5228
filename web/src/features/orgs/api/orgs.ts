import { api } from '../../../api/client';
import type { ApiAnswer, ApiBody } from '../../../api/openapi';
import type { Org, Region } from '../../../api/types';

export type OrgInput = Omit<ApiBody<'/api/orgs'>, 'parentId'>;

export type ImportResult = ApiAnswer<'/api/orgs/import', 'post'>;

export async function fetchOrgs(includeInactive = true): Promise<Org[]> {
  return (await api<{ items: Org[] }>('/orgs', { query: { includeInactive } })).items;
}

/** One entry of the whole-tree directory (every active body, regardless of one's scope). */
export type DirectoryOrg = ApiAnswer<'/api/orgs/directory'>['items'][number];

/** All active bodies of the tree, for pickers that may name a body outside one's scope (被检举控告单位). */
export async function fetchOrgDirectory(): Promise<DirectoryOrg[]> {
  return (await api<{ items: DirectoryOrg[] }>('/orgs/directory')).items;
}

export async function createOrg(input: OrgInput & { parentId: number }): Promise<Org> {
  return (await api<{ org: Org }>('/orgs', { method: 'POST', body: input })).org;
}

export async function updateOrg(id: number, input: Partial<OrgInput>): Promise<Org> {
  return (await api<{ org: Org }>(`/orgs/${id}`, { method: 'PATCH', body: input })).org;
}

export async function moveOrg(id: number, parentId: number): Promise<Org> {
  return (await api<{ org: Org }>(`/orgs/${id}/move`, { method: 'POST', body: { parentId } })).org;
}

export async function setOrgActive(id: number, active: boolean): Promise<Org> {
  return (await api<{ org: Org }>(`/orgs/${id}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST' })).org;
}

export function importOrgs(file: File, dryRun: boolean): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file);
  return api<ImportResult>('/orgs/import', { method: 'POST', body: form, query: { dryRun: dryRun ? 'true' : undefined } });
}

export async function fetchRegions(parent?: string): Promise<Region[]> {
  return (await api<{ items: Region[] }>('/regions', { query: { parent } })).items;
}

export function fetchRegion(code: string): Promise<{ region: Region; ancestry: Region[] }> {
  return api(`/regions/${encodeURIComponent(code)}`);
}

/** Divisions by name or pinyin initials, nearest to `near` first; without `q`, `near` and those below and beside it. */
export async function searchRegions(q: string, near?: string): Promise<Region[]> {
  return (await api<{ items: Region[] }>('/regions/search', { query: { q, near } })).items;
}
