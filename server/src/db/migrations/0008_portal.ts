import { sql, type Kysely } from 'kysely';

/**
 * The public portal: petitioners' ratings (满意度评价), wrong query-code lock-outs and used
 * submission challenges. Portal actions are taken in the name of a system account (`_portal`), created on
 * first use, which cannot sign in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table evaluations (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      -- The petition bureau and the handling body are rated separately (docs/GLOSSARY.md, 满意度评价).
      target text not null check (target in ('bureau','handling')),
      org_id integer not null references orgs(id),
      decision_id bigint not null references decisions(id),
      rating text not null check (rating in ('satisfied','basically_satisfied','dissatisfied')),
      reasons text,
      created_at timestamptz not null default now(),
      unique (petition_id, target, decision_id)
    )`.execute(db);
  await sql`create index evaluations_org on evaluations (org_id, created_at)`.execute(db);

  // Wrong query codes per petition number (and per address): a run of failures locks the key for a while.
  await sql`
    create table portal_failures (
      key text primary key,
      failures integer not null default 0,
      locked_until timestamptz,
      updated_at timestamptz not null default now()
    )`.execute(db);

  // A solved submission challenge is good for one submission only.
  await sql`
    create table portal_challenges (
      signature text primary key,
      expires_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists portal_challenges, portal_failures, evaluations`.execute(db);
}
