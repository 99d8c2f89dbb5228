import { sql } from 'kysely';
import pg from 'pg';
import type { Database, Executor } from './database.js';

/**
 * Least privilege: the schema belongs to an owner role that runs the migrations; the server's pool runs as an app
 * role that owns nothing, so it can read and write rows but cannot alter, disable or drop a trigger, truncate an
 * audit table or create functions, whatever SQL reaches it.
 */
export const OWNER_ROLE = 'xinfang_owner';
export const APP_ROLE = 'xinfang_app';

/** Schemas the app role works in: ours, and the job queue's (pg-boss, installed by the owner). */
const SCHEMAS = ['public', 'pgboss'];

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Gives the objects of our schemas that the superuser owns to the owner role (extensions' members stay with the
 * extension). A database made by a version before the two roles was migrated as the superuser; this brings it over,
 * and is a no-op once done.
 */
const TRANSFER_OWNERSHIP = `
do $$
declare
  su oid := (select oid from pg_roles where rolname = current_user);
  r record;
begin
  for r in
    select format('alter table %s owner to %I', c.oid::regclass, $1) as stmt
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relowner = su and c.relkind in ('r', 'p', 'v', 'm', 'f') and n.nspname = any($2)
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
  loop execute r.stmt; end loop;
  -- Sequences that belong to a table moved with it; these are the free-standing ones.
  for r in
    select format('alter sequence %s owner to %I', c.oid::regclass, $1) as stmt
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relowner = su and c.relkind = 'S' and n.nspname = any($2)
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i', 'e'))
  loop execute r.stmt; end loop;
  for r in
    select format('alter routine %s owner to %I', p.oid::regprocedure, $1) as stmt
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where p.proowner = su and n.nspname = any($2)
      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
  loop execute r.stmt; end loop;
  for r in
    select format('alter type %s owner to %I', t.oid::regtype, $1) as stmt
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where t.typowner = su and t.typtype in ('e', 'd') and n.nspname = any($2)
      and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
  loop execute r.stmt; end loop;
  for r in
    select format('alter schema %I owner to %I', nspname, $1) as stmt from pg_namespace
    where nspowner = su and nspname = any($2) and nspname <> 'public'
  loop execute r.stmt; end loop;
end $$`;

/**
 * For the embedded cluster, as its superuser: the owner and app login roles (passwords kept in DATA_DIR), the
 * database owned by the owner role, and on a database from an earlier version its objects handed to the owner.
 */
export async function provisionRoles(
  superuserUrl: (database: string) => string,
  database: string,
  passwords: { owner: string; app: string },
): Promise<void> {
  await withClient(superuserUrl('postgres'), async (c) => {
    for (const [role, password] of [
      [OWNER_ROLE, passwords.owner],
      [APP_ROLE, passwords.app],
    ] as const) {
      const { rowCount } = await c.query('select 1 from pg_roles where rolname = $1', [role]);
      // The password file is the truth: set again at every start, so a replaced file takes effect.
      await c.query(
        `${rowCount ? 'alter' : 'create'} role ${c.escapeIdentifier(role)} login nosuperuser nocreatedb nocreaterole inherit password ${c.escapeLiteral(password)}`,
      );
    }
    const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await c.query(`create database ${c.escapeIdentifier(database)} owner ${OWNER_ROLE} encoding 'UTF8' template template0`);
    else await c.query(`alter database ${c.escapeIdentifier(database)} owner to ${OWNER_ROLE}`);
  });
  await withClient(superuserUrl(database), async (c) => {
    // A DO block takes no parameters: the names go in as quoted literals.
    await c.query(
      TRANSFER_OWNERSHIP.replaceAll('$1', c.escapeLiteral(OWNER_ROLE)).replaceAll(
        '$2',
        `array[${SCHEMAS.map((s) => c.escapeLiteral(s)).join(',')}]::name[]`,
      ),
    );
  });
}

/**
 * As the owner, after every migration run: the app role may read and write the rows of every table (and those
 * of tables created later, by default privileges), use the sequences and the job queue, and no more. The audit
 * trail is narrower still: it reads both tables and records into audit_pending; linking pending rows into the
 * chain is audit_link's, which runs with the owner's rights (migration 0024).
 */
export async function grantApp(db: Database, appRole: string): Promise<void> {
  const app = sql.id(appRole);
  await db.transaction().execute(async (trx) => {
    for (const schema of SCHEMAS) {
      const s = sql.id(schema);
      await sql`grant usage on schema ${s} to ${app}`.execute(trx);
      await sql`grant select, insert, update, delete on all tables in schema ${s} to ${app}`.execute(trx);
      await sql`grant usage, select on all sequences in schema ${s} to ${app}`.execute(trx);
      await sql`alter default privileges in schema ${s} grant select, insert, update, delete on tables to ${app}`.execute(trx);
      await sql`alter default privileges in schema ${s} grant usage, select on sequences to ${app}`.execute(trx);
    }
    await sql`revoke insert, update, delete, truncate on audit_events from ${app}`.execute(trx);
    await sql`revoke update, delete, truncate on audit_pending from ${app}`.execute(trx);
    // The statistics' summary tables are derived data, rebuilt whole by stats:rebuild.
    await sql`grant truncate on stat_facts, stat_volume, stat_volume_months, stat_measures, stat_measures_months, stat_dirty to ${app}`.execute(
      trx,
    );
  });
}

/**
 * Why the server's database role is not least-privileged, or null when it is: a superuser, or a role that owns
 * (or may become the owner of) our tables, could disable the audit triggers.
 */
export async function privilegeProblem(db: Executor): Promise<string | null> {
  const { rows } = await sql<{ role: string; superuser: boolean; owner: boolean }>`
    select current_user as role,
           (select rolsuper from pg_roles where rolname = current_user) as superuser,
           exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = 'public' and c.relkind in ('r', 'p') and pg_has_role(current_user, c.relowner, 'MEMBER')) as owner`.execute(
    db,
  );
  const r = rows[0]!;
  if (r.superuser) return `the database role "${r.role}" is a superuser`;
  if (r.owner) return `the database role "${r.role}" owns the tables`;
  return null;
}
