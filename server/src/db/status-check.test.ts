import { PETITION_STATUSES } from '@xinfang/domain';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { buildOrg, loginAs, petitionInput } from '../test/factories.js';

const { app, db } = await createTestApp();
const bureau = await buildOrg(db, { kind: 'bureau', name: '测试县信访局' });
const registrar = await loginAs(app, db, bureau, ['registrar']);

describe('petitions.status (migration 0027)', () => {
  it('refuses a status the lifecycle does not declare', async () => {
    const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput() });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().petition.id as number;
    await expect(sql`update petitions set status = 'archived' where id = ${id}`.execute(db)).rejects.toMatchObject({
      code: '23514',
      constraint: 'petitions_status_check',
    });
    await sql`update petitions set status = 'handling' where id = ${id}`.execute(db);
  });

  it("lists exactly the package's statuses: a status added there needs a migration that replaces the constraint", async () => {
    const { rows } = await sql<{ def: string }>`
      select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'petitions_status_check'`.execute(db);
    expect(rows).toHaveLength(1);
    const listed = [...rows[0]!.def.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...PETITION_STATUSES].sort());
  });
});
