import { api, ApiError, setCsrfToken } from '../../../api/client';
import type { Me } from '../../../api/types';

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const { user } = await api<{ user: Me }>('/auth/me', { redirectOn401: false });
    setCsrfToken(user.csrfToken);
    return user;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export async function login(username: string, password: string): Promise<Me> {
  const { user } = await api<{ user: Me }>('/auth/login', { method: 'POST', body: { username, password }, redirectOn401: false });
  setCsrfToken(user.csrfToken);
  return user;
}

export async function logout(): Promise<void> {
  await api<void>('/auth/logout', { method: 'POST', redirectOn401: false });
  setCsrfToken(null);
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<Me> {
  const { user } = await api<{ user: Me }>('/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
  setCsrfToken(user.csrfToken);
  return user;
}
