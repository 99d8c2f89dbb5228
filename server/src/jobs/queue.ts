import PgBoss from 'pg-boss';

/** A handler of one kind of job. */
export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

/**
 * Background jobs: imports now; deadlines, notifications and reports later. On pg-boss in the server
 * (safe with several instances: one worker takes each job); in-process when jobs are off (tests, CLIs).
 */
export interface JobQueue {
  register(name: string, handler: JobHandler): Promise<void>;
  enqueue(name: string, data: Record<string, unknown>): Promise<void>;
  schedule(name: string, cron: string): Promise<void>;
  stop(): Promise<void>;
}

/** Runs each job right after the current request, in this process; `idle` waits until none is running. */
export function inProcessQueue(log: (m: string) => void): JobQueue & { idle(): Promise<void> } {
  const handlers = new Map<string, JobHandler>();
  const running = new Set<Promise<void>>();
  // A job may enqueue another: wait until none is left.
  const idle = async () => {
    while (running.size) await Promise.all(running);
  };
  return {
    async register(name, handler) {
      handlers.set(name, handler);
    },
    async enqueue(name, data) {
      const handler = handlers.get(name);
      if (!handler) throw new Error(`no handler for job ${name}`);
      const run = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => handler(data))
        .catch((err: unknown) => log(`job ${name} failed: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => running.delete(run));
      running.add(run);
    },
    async schedule() {
      // Schedules need a shared clock across instances: only pg-boss runs them.
    },
    idle,
    stop: idle,
  };
}

/** pg-boss on the application's database; its schema is installed by the owner (prepareDatabase). */
export async function pgBossQueue(url: string, log: (m: string) => void): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: url, max: 3, migrate: false });
  boss.on('error', (err) => log(`job queue error: ${err.message}`));
  await boss.start();
  return {
    async register(name, handler) {
      await boss.createQueue(name);
      await boss.work(name, async (jobs) => {
        for (const job of jobs) await handler((job.data ?? {}) as Record<string, unknown>);
      });
    },
    async enqueue(name, data) {
      await boss.send(name, data, { retryLimit: 2, retryDelay: 30 });
    },
    async schedule(name, cron) {
      await boss.schedule(name, cron, {}, { tz: 'Asia/Shanghai' });
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
