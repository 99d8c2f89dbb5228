import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.js';
import { migrationNames } from '../migrate.js';
import { FUNCTIONS } from './index.js';

const { db } = await createTestDatabase();

describe('db/functions', () => {
  it('holds every function of the migrated schema, as the database defines it', async () => {
    // The schema's own functions: not those of the extensions (pg_trgm, btree_gin) nor of pg-boss's schema.
    const { rows } = await sql<{ name: string; definition: string }>`
      select p.proname as name, pg_get_functiondef(p.oid) as definition
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public'
        and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
      order by p.proname`.execute(db);
    expect(rows.map((r) => r.name)).toEqual(Object.keys(FUNCTIONS).sort());
    for (const { name, definition } of rows) expect(FUNCTIONS[name]!.definition, name).toBe(definition);
  });

  it('changes a body only with a migration that installs it: a database that already ran the last one would keep the old', () => {
    for (const [name, f] of Object.entries(FUNCTIONS)) {
      expect(migrationNames, name).toContain(f.installedBy);
      const sha256 = createHash('sha256').update(f.definition).digest('hex');
      expect(sha256, `${name}: its body changed; name a new migration that installs it, then its new sha256`).toBe(f.sha256);
    }
  });

  it('are each listed in docs/DATA-MODEL.md with a link to the file', () => {
    const doc = readFileSync(new URL('../../../../docs/DATA-MODEL.md', import.meta.url), 'utf8');
    for (const name of Object.keys(FUNCTIONS)) expect(doc, name).toContain(`[\`${name}\`](../server/src/db/functions/${name}.ts)`);
  });
});
