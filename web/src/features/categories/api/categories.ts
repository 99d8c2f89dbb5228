import { api } from '../../../api/client';
import type { Schemas } from '../../../api/openapi';

export type Category = Schemas['Category'];

export async function fetchCategories(): Promise<Category[]> {
  return (await api<{ items: Category[] }>('/categories')).items;
}

export function createCategory(parentId: number | null, name: string): Promise<unknown> {
  return api('/categories', { method: 'POST', body: { parentId, name } });
}

export function renameCategory(id: number, name: string): Promise<unknown> {
  return api(`/categories/${id}`, { method: 'PATCH', body: { name } });
}

export function setCategoryActive(id: number, active: boolean): Promise<unknown> {
  return api(`/categories/${id}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST' });
}
