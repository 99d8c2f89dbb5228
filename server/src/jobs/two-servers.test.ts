import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { createDatabase } from '../db/database.js';
import { registerPetition, runCli, signIn, startServer, tempDataDir } from '../test/server-process.js';

/** An empty database (not the migrated template): both servers migrate and seed it as they start together. */
async function emptyDatabase(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `xinfang_two_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  onTestFinished(async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

describe('two server processes on one database (DATABASE_URL) and one shared data folder', () => {
  it('share sessions, keep one audit chain, and run each scheduled job once', { timeout: 180_000 }, async () => {
    const url = await emptyDatabase();
    const env = { DATABASE_URL: url, DATA_DIR: tempDataDir(), JOBS_ENABLED: 'true' };
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    for (const s of [a, b]) expect(s.output(), s.output()).toContain('Ready in');
    const db = createDatabase(url, 2);
    onTestFinished(() => db.destroy());

    // Signed in on A, the session works on B, writes included (the CSRF token is the same secret's).
    const registrar = await signIn(a.base, 'registrar');
    const onB = registrar.at(b.base);
    expect((await onB('/api/auth/me')).status).toBe(200);

    // Writes on both at once: numbers without gaps or repeats, one contiguous audit chain.
    const written = await Promise.all(
      Array.from({ length: 8 }, (_, i) => registerPetition(i % 2 ? onB : registrar.send, `${i % 2 ? '乙' : '甲'}服务器登记${i}`)),
    );
    const seqs = written.map((p) => Number(p.number.slice(-6))).sort((x, y) => x - y);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // With the servers' own data folder: its checkpoints are this database's (the default folder's are another's).
    const verify = await runCli('audit-verify.ts', [], { DATABASE_URL: url, DATA_DIR: env.DATA_DIR });
    expect(verify.code, verify.out).toBe(0);
    const chain = await sql<{ n: number; first: number; last: number }>`
      select count(*)::int as n, min(seq)::int as first, max(seq)::int as last from audit_events`.execute(db);
    const { n, first, last } = chain.rows[0]!;
    expect(last - first + 1).toBe(n);
    expect(n).toBeGreaterThanOrEqual(8);

    // The every-minute jobs: each minute's run is created once and taken by one instance (pg-boss's own record).
    const runs = async () =>
      (
        await sql<{ name: string; minute: string; n: number; states: string[] }>`
          select name, date_trunc('minute', created_on)::text as minute, count(*)::int as n, array_agg(distinct state::text) as states
          from (select name, created_on, state from pgboss.job union all select name, created_on, state from pgboss.archive) j
          where name in ('documents.render', 'notifications.dispatch')
          group by 1, 2 order by 2, 1`.execute(db)
      ).rows;
    const completed = async () => new Set((await runs()).filter((r) => r.states.includes('completed')).map((r) => r.name)).size === 2;
    const deadline = Date.now() + 100_000; // the schedule is looked at every 30 s
    while (!(await completed()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000));
    expect(await completed()).toBe(true);
    for (const r of await runs()) expect(r).toEqual({ ...r, n: 1 });
    for (const s of [a, b]) expect(s.output()).not.toMatch(/error/i);
  });
});
