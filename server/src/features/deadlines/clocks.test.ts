import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, loginAs, petitionInput } from '../../test/factories.js';
import { createClocksService } from './clocks.service.js';

const { app, db } = await createTestApp();
const tree = await buildOrgTree(db);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);
const endOf = (ymd: string) => new Date(Date.parse(`${ymd}T00:00:00+08:00`) + 86_400_000).toISOString();

describe('petition clocks', () => {
  it('registration starts the 15-day decision clock from receipt (条例 Art. 22), shown on the list and the detail', async () => {
    const res = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ receivedAt: '2026-09-16T10:00:00+08:00' }),
    });
    const petition = res.json().petition;
    // 16 Sep + 15 days = 1 Oct, National Day: the period ends on 8 Oct.
    expect(petition.clocks).toEqual([
      expect.objectContaining({
        key: 'decide',
        label: '告知是否受理',
        pack: 'national-2022',
        dueAt: endOf('2026-10-08'),
        provisional: false,
        stoppedAt: null,
      }),
    ]);
    const list = (await registrar.request({ method: 'GET', url: `/api/petitions?q=${petition.number}` })).json();
    expect(list.items[0].deadline).toMatchObject({ key: 'decide', dueAt: endOf('2026-10-08') });
  });

  it('follows the body’s pack, and historical imports start no clock', async () => {
    const hotline = await loginAs(app, db, tree.township, ['registrar']);
    await db.updateTable('orgs').set({ policy_pack: 'hotline-12345' }).where('id', '=', tree.township.id).execute();
    // 12345: no 15-day decision clock, but dispatch within 24 hours, or 1 hour for an emergency.
    const receivedAt = '2026-11-20T09:00:00+08:00';
    const general = await hotline.request({ method: 'POST', url: '/api/petitions', payload: petitionInput({ receivedAt }) });
    expect(general.json().petition.clocks).toEqual([
      expect.objectContaining({ key: 'dispatch_general', pack: 'hotline-12345', dueAt: '2026-11-21T01:00:00.000Z' }),
    ]);
    const urgent = await hotline.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ receivedAt, majorUrgent: true }),
    });
    expect(urgent.json().petition.clocks).toEqual([
      expect.objectContaining({ key: 'dispatch_emergency', dueAt: '2026-11-20T02:00:00.000Z' }),
    ]);
  });

  it('the sweep re-grades open clocks in one pass and raises each warning exactly once', async () => {
    const clocks = createClocksService({ db });
    const received = new Date(Date.now() - 14 * 86_400_000);
    const res = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ receivedAt: received.toISOString() }),
    });
    const id = res.json().petition.id as number;
    await db.updateTable('petition_clocks').set({ grade: 'normal' }).execute();
    const first = await clocks.sweep();
    expect(first.regraded).toBeGreaterThanOrEqual(1);
    const row = await db
      .selectFrom('petition_clocks')
      .select(['id', 'grade', 'due_at'])
      .where('petition_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(['due_soon', 'due_today']).toContain(row.grade);
    // Two instances sweeping at once: the warning is still recorded once.
    await Promise.all([clocks.sweep(), clocks.sweep()]);
    const later = new Date(row.due_at.getTime() + 60_000);
    const [a, b] = await Promise.all([clocks.sweep(later), createClocksService({ db }).sweep(later)]);
    expect(a.warnings + b.warnings).toBeGreaterThanOrEqual(1);
    const warnings = await db.selectFrom('clock_warnings').select('grade').where('clock_id', '=', row.id).orderBy('grade').execute();
    expect(warnings.map((w) => w.grade)).toEqual([row.grade, 'overdue'].sort());
    expect((await db.selectFrom('petition_clocks').select('grade').where('id', '=', row.id).executeTakeFirstOrThrow()).grade).toBe(
      'overdue',
    );
    expect((await clocks.sweep(later)).warnings).toBe(0);
  });

  it('counts open deadlines by grade and filters the work list by them', async () => {
    // A clock with two of its eleven days left is due soon (the trigger of migration 0019 keeps soon_at).
    const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput() });
    await sql`update petition_clocks set started_at = now() - interval '9 days', due_at = now() + interval '2 days'
      where petition_id = ${res.json().petition.id as number} and stopped_at is null`.execute(db);
    const summary = (await registrar.request({ method: 'GET', url: '/api/petitions/deadline-summary' })).json();
    expect(summary.due_soon).toBeGreaterThanOrEqual(1);
    // Each grade's list (its due-time bound and the rule) holds exactly the petitions the summary counts in it.
    for (const grade of ['normal', 'due_soon', 'due_today', 'overdue'] as const) {
      const items = (await registrar.request({ method: 'GET', url: `/api/petitions?deadline=${grade}&limit=200` })).json().items;
      expect(items.length, grade).toBe(summary[grade]);
      expect(items.every((i: { deadline: { grade: string } }) => i.deadline.grade === grade)).toBe(true);
    }
    expect(summary.overdue).toBeGreaterThanOrEqual(1);
    const open = (await registrar.request({ method: 'GET', url: '/api/petitions?deadline=open&limit=200' })).json().items;
    expect(open.length).toBe(summary.normal + summary.due_soon + summary.due_today + summary.overdue);
    const leader = await loginAs(app, db, tree.other, ['leader']);
    expect((await leader.request({ method: 'GET', url: '/api/petitions/deadline-summary' })).json()).toEqual({
      normal: 0,
      due_soon: 0,
      due_today: 0,
      overdue: 0,
    });
  });

  it('a stopped clock is no longer graded', async () => {
    const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput() });
    const id = res.json().petition.id as number;
    await sql`update petition_clocks set stopped_at = now(), stop_event = 'accepted' where petition_id = ${id}`.execute(db);
    const detail = (await registrar.request({ method: 'GET', url: `/api/petitions/${id}` })).json().petition;
    expect(detail.clocks[0]).toMatchObject({ grade: null, stopEvent: 'accepted' });
    expect(detail.deadline).toBeNull();
  });
});
