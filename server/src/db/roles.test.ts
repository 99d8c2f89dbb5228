import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { pgBossQueue } from '../jobs/queue.js';
import { buildApp } from '../app.js';
import { testConfig } from '../test/app.js';
import { createTestDatabase, roleUrl } from '../test/db.js';
import { buildOrgTree, loginAs, petitionInput } from '../test/factories.js';
import { createDatabase } from './database.js';
import { prepareDatabase } from './migrate.js';
import { NO_DELETE_TABLES } from './migrations/0024_least_privilege.js';
import { NO_DELETE_TABLES as LATER_NO_DELETE_TABLES } from './migrations/0032_instruction_recipients.js';
import { APP_ROLE, OWNER_ROLE, privilegeProblem, provisionRoles } from './roles.js';

const { db, url, ownerUrl } = await createTestDatabase();
const owner = createDatabase(ownerUrl, 1);
afterAll(() => owner.destroy());

describe("the server's database role", () => {
  it('cannot switch off, drop or get round the audit guards, nor create code or tables', async () => {
    for (const statement of [
      sql`alter table audit_events disable trigger all`,
      sql`alter table audit_events disable trigger audit_events_append_only`,
      sql`drop trigger audit_events_append_only on audit_events`,
      sql`drop trigger petitions_no_delete on petitions`,
      sql`truncate audit_events`,
      sql`truncate petitions`,
      sql`create function public.noop() returns void language sql as 'select 1'`,
      sql`create or replace function audit_events_guard() returns trigger language plpgsql as 'begin return old; end'`,
      sql`alter function audit_link(integer) security invoker`,
      sql`create table public.x (id int)`,
      sql`create schema evil`,
      sql`set session_replication_role = replica`,
      sql`alter table petitions owner to ${sql.id(APP_ROLE)}`,
    ]) {
      await expect(statement.execute(db), statement.compile(db).sql).rejects.toThrow(/permission denied|must be owner/);
    }
    expect(await privilegeProblem(db)).toBeNull();
    expect(await privilegeProblem(owner)).toMatch(/owns the tables/);
  });

  it('runs the job queue: pg-boss installed by the owner, queues created at run time', async () => {
    const jobs = await pgBossQueue(url, () => undefined);
    try {
      const name = `test.roles.${randomBytes(3).toString('hex')}`;
      const received = new Promise<Record<string, unknown>>((resolve) => {
        void jobs.register(name, async (data) => resolve(data)).then(() => jobs.enqueue(name, { n: 1 }));
      });
      expect(await received).toEqual({ n: 1 });
    } finally {
      await jobs.stop();
    }
  });
});

describe('petition data is never deleted', () => {
  it('refuses DELETE and TRUNCATE to the owner too, until the trigger itself is dropped', async () => {
    const app = await buildApp({ config: testConfig(), db });
    afterAll(() => app.close());
    const tree = await buildOrgTree(db);
    const registrar = await loginAs(app, db, tree.bureau, ['registrar']);
    const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput() });
    expect(res.statusCode, res.body).toBe(201);
    // Registration wrote petitions, petitioners, events, attachments-free clocks: the rows to try on.
    const withRows: string[] = [];
    for (const table of [...NO_DELETE_TABLES, ...LATER_NO_DELETE_TABLES]) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.id(table)}`.execute(owner);
      if (rows[0]!.n) {
        withRows.push(table);
        await expect(sql`delete from ${sql.id(table)}`.execute(owner), table).rejects.toThrow(/never deleted/);
      }
      await expect(sql`truncate ${sql.id(table)} cascade`.execute(owner), table).rejects.toThrow(/never deleted/);
    }
    expect(withRows).toEqual(expect.arrayContaining(['petitions', 'petitioners', 'petition_events', 'petition_clocks']));
    // An upload joined to the petition stays; one that never was (a public upload not submitted) may be purged.
    const { id: petitionId } = await owner.selectFrom('petitions').select('id').executeTakeFirstOrThrow();
    const upload = (petition: number | null) =>
      owner
        .insertInto('attachments')
        .values({
          sha256: 'a'.repeat(64),
          size: 1,
          mime: 'text/plain',
          filename: 'a.txt',
          org_id: tree.bureau.id,
          uploaded_by: registrar.userId,
          petition_id: petition,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const joined = await upload(petitionId);
    await expect(owner.deleteFrom('attachments').where('id', '=', joined.id).execute()).rejects.toThrow(/never deleted/);
    const loose = await upload(null);
    await owner.deleteFrom('attachments').where('id', '=', loose.id).execute();
    const petitioner = await owner.selectFrom('petitioners').select('id').executeTakeFirstOrThrow();
    await sql`drop trigger petitioners_no_delete on petitioners`.execute(owner);
    await owner.deleteFrom('petitioners').where('id', '=', petitioner.id).execute();
  });
});

describe('a database from a version before the two roles', () => {
  it('is handed to the owner role, and the app role works on it with no more than its grants', async () => {
    const name = `xinfang_u_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    await admin.query(`create database ${name} encoding 'UTF8' template template0`);
    try {
      // What an earlier version did: everything migrated, and pg-boss installed, by the superuser.
      await prepareDatabase(roleUrl('admin', name), null);
      const password = (role: 'owner' | 'app') => decodeURIComponent(new URL(roleUrl(role, name)).password);
      await provisionRoles((database) => roleUrl('admin', database), name, { owner: password('owner'), app: password('app') });
      await prepareDatabase(roleUrl('owner', name), APP_ROLE);
      const { rows } = await admin.query<{ name: string; owner: string }>(
        `select c.oid::regclass::text as name, pg_get_userbyid(c.relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname in ('public', 'pgboss') and c.relkind in ('r', 'p', 'S', 'v', 'm') and pg_get_userbyid(c.relowner) <> $1`,
        [OWNER_ROLE],
      );
      expect(rows).toEqual([]);
      const upgraded = createDatabase(roleUrl('app', name), 1);
      try {
        await upgraded.insertInto('orgs').values({ name: '升级测试机构', kind: 'government', path: '/', depth: 0 }).execute();
        expect(await privilegeProblem(upgraded)).toBeNull();
        await expect(sql`alter table audit_events disable trigger all`.execute(upgraded)).rejects.toThrow(/must be owner/);
      } finally {
        await upgraded.destroy();
      }
    } finally {
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    }
  });
});
