import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';

const { app } = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });

it('limits log-in attempts per IP with the standard error shape', async () => {
  const attempt = () => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'someone', password: 'x' } });
  for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
  const limited = await attempt();
  expect(limited.statusCode).toBe(429);
  expect(limited.json().error.code).toBe('rate_limited');
  expect(limited.json().error.details.retryAfterSeconds).toBeGreaterThan(0);
});
