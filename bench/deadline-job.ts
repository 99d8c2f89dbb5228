import { sql } from 'kysely';
import type { Database } from '../server/src/db/database.js';
import { clocksRepository } from '../server/src/features/deadlines/clocks.repository.js';

const DAY = 86_400_000;

/**
 * The deadline sweep over N open clocks (target: a million in seconds). The generated petitions' open clocks
 * are topped up to N with clocks spread like real ones (started within the last 90 days, running 5 to 90 days, a
 * sixth of them the petitioner's review windows) on the generated petitions. The first sweep finds every added
 * grade stale (the worst case); the next ones run a day later each, as the periodic job does. The added clocks
 * and their warnings are removed afterwards.
 */
export async function benchDeadlineJob(db: Database, n: number, print: (line: string) => void) {
  const load = Date.now();
  const { open, last, petitions } = await db
    .selectFrom('petition_clocks')
    .select([
      (eb) => eb.fn.countAll<string>().filterWhere('stopped_at', 'is', null).as('open'),
      (eb) => eb.fn.coalesce(eb.fn.max('id'), eb.lit(0)).as('last'),
      sql<string>`(select coalesce(max(id), 1) from petitions)`.as('petitions'),
    ])
    .executeTakeFirstOrThrow();
  const added = Math.max(0, n - Number(open));
  // Bulk loading only: foreign keys are not what is measured, so the loading session skips their triggers.
  await db.connection().execute(async (c) => {
    await sql`set session_replication_role = replica`.execute(c);
    await sql`insert into petition_clocks (petition_id, org_id, key, pack, label, started_at, due_at, provisional, grade)
      select 1 + g % ${Number(petitions)}, 1 + g % 1500,
        case when g % 6 = 0 then 'review_request' when g % 6 = 1 then 'object' else 'handle' end,
        'national-2022', '办理', s, s + (5 + g % 86) * interval '1 day', false, 'normal'
      from generate_series(1, ${added}) g, lateral (select now() - (g % 90) * interval '1 day' as s) t`.execute(c);
  });
  await sql`analyze petition_clocks`.execute(db);
  const total = Number(open) + added;
  print(
    `deadline job: ${Number(open).toLocaleString('en')} open clocks of the petitions, ${added.toLocaleString('en')} added ` +
      `in ${((Date.now() - load) / 1000).toFixed(1)} s`,
  );

  const runs: number[] = [];
  for (let day = 0; day < 3; day++) {
    const t = process.hrtime.bigint();
    const r = await clocksRepository.sweep(db, new Date(Date.now() + day * DAY));
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    runs.push(s);
    print(
      `deadline job: sweep ${day + 1} over ${total.toLocaleString('en')} open clocks: ${s.toFixed(2)} s ` +
        `(${r.regraded.toLocaleString('en')} re-graded, ${r.warnings.toLocaleString('en')} warnings raised)`,
    );
  }
  await db.connection().execute(async (c) => {
    await sql`set session_replication_role = replica`.execute(c);
    await sql`delete from clock_warnings where clock_id > ${Number(last)}`.execute(c);
    await sql`delete from petition_clocks where id > ${Number(last)}`.execute(c);
  });
  return { deadline_open_clocks: total, deadline_job_s: Math.max(...runs) };
}
