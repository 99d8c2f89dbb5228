import PgBoss from 'pg-boss';
import type { AuthService } from '../features/auth/auth.service.js';

/** Background jobs on pg-boss (safe with several server instances: one worker takes each job). */
export interface Jobs {
  stop(): Promise<void>;
}

/** Starts the queue with the housekeeping schedule. */
export async function startJobs(url: string, deps: { auth: AuthService; log: (m: string) => void }): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: url, max: 3 });
  boss.on('error', (err) => deps.log(`job queue error: ${err.message}`));
  await boss.start();
  await boss.createQueue('sessions.purge');
  await boss.schedule('sessions.purge', '17 * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.work('sessions.purge', async () => {
    const n = await deps.auth.purgeSessions();
    if (n) deps.log(`purged ${n} expired sessions`);
  });
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
