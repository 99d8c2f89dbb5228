import type { Role } from '@xinfang/domain';
import { api } from '../../../api/client';
import type { ApiAnswer } from '../../../api/openapi';
import type { User } from '../../../api/types';

export type UserStatus = 'active' | 'inactive' | 'locked' | 'all';

export interface UserQuery {
  orgId?: number;
  role?: Role;
  q?: string;
  status: UserStatus;
  page: number;
  pageSize: number;
}

export interface UserInput {
  displayName: string;
  orgId: number;
  roles: Role[];
  phone?: string | null;
  email?: string | null;
}

export type UserWithPassword = ApiAnswer<'/api/users/{id}/reset-password', 'post'>;

export function fetchUsers(query: Partial<UserQuery>): Promise<{ items: User[]; total: number; page: number; pageSize: number }> {
  return api('/users', { query: { ...query } });
}

export function createUser(input: UserInput & { username: string }): Promise<UserWithPassword> {
  return api('/users', { method: 'POST', body: input });
}

export async function updateUser(id: number, input: Partial<UserInput>): Promise<User> {
  return (await api<{ user: User }>(`/users/${id}`, { method: 'PATCH', body: input })).user;
}

export async function userAction(id: number, action: 'deactivate' | 'reactivate' | 'unlock'): Promise<User> {
  return (await api<{ user: User }>(`/users/${id}/${action}`, { method: 'POST' })).user;
}

export function resetPassword(id: number): Promise<UserWithPassword> {
  return api(`/users/${id}/reset-password`, { method: 'POST' });
}
