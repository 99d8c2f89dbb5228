import pg from 'pg';
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

/** Any constant, the same in every instance: the advisory lock under which queues are created. */
const CREATE_QUEUE_LOCK = 7246153;

/** pg-boss on the application's database; its schema is installed by the owner (prepareDatabase). */
export async function pgBossQueue(url: string, log: (m: string) => void): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString: url, max: 3, migrate: false });
  boss.on('error', (err) => log(`job queue error: ${err.message}`));
  await boss.start();
  /**
   * Creating a queue inserts its row and then adds a foreign key to the queue table, so two instances creating
   * queues at once (both starting on a new database) deadlock, and one fails to start. One creation at a time,
   * across instances, and none once the queue exists.
   */
  async function createQueue(name: string) {
    if (await boss.getQueue(name)) return;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [CREATE_QUEUE_LOCK]);
      if (!(await boss.getQueue(name))) await boss.createQueue(name);
    } finally {
      await client.end(); // also lets go of the lock
    }
  }
  return {
    async register(name, handler) {
      await createQueue(name);
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
