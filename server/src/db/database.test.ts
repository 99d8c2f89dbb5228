import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createTestDatabase } from '../test/db.js';

const { db } = await createTestDatabase();

it('the cluster is UTF-8 with a UTF-8 locale, so pg_trgm indexes Chinese', async () => {
  const { rows } = await sql<{ encoding: string; ctype: string }>`
    select pg_encoding_to_char(encoding) as encoding, datctype as ctype from pg_database where datname = current_database()`.execute(db);
  expect(rows[0]!.encoding).toBe('UTF8');
  expect(rows[0]!.ctype).toMatch(/utf-?8/i);
  const trgm = await sql<{ t: string[] }>`select show_trgm('物业管理') as t`.execute(db);
  // Under a C locale CJK characters are not word characters and yield no trigrams at all.
  expect(trgm.rows[0]!.t.length).toBeGreaterThan(0);
  const sim = await sql<{ s: number }>`select similarity('小区物业管理费上涨', '物业管理') as s`.execute(db);
  expect(sim.rows[0]!.s).toBeGreaterThan(0.1);
});
