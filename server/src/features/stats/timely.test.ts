import { addDays, chinaDate } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput, validIdNumber } from '../../test/factories.js';
import { sql } from 'kysely';
import { act, DECISION, type Json } from '../../test/workflow.js';
import { createStatsService } from './stats.service.js';

// 及时受理 follows the decision clock (docs/STATISTICS.md): the day a period ends, moved past days off, is on time.
const { app, db } = await createTestApp();
const stats = createStatsService({ db });
const county = await buildOrg(db, { kind: 'government', name: '及时县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '及时县信访局' });
const registrar = await loginAs(app, db, bureau, ['registrar']);
const leader = await loginAs(app, db, county, ['leader']);

// Whatever today is: the two days before it are holidays and today a working day, so a period whose fifteenth day
// was the day before yesterday ends tonight (entered as an administrator enters a year, before any clock reads it).
const today = chinaDate(new Date());
const special = [
  { date: addDays(today, -2), kind: 'holiday' as const, name: '测试假日' },
  { date: addDays(today, -1), kind: 'holiday' as const, name: '测试假日' },
  { date: today, kind: 'workday' as const, name: '测试调休' },
];
for (const year of new Set(special.map((d) => Number(d.date.slice(0, 4)))))
  await db.insertInto('calendar_years').values({ year, notice: '测试', entered_by: registrar.userId }).execute();
await db.insertInto('calendar_days').values(special).execute();

async function registerAccepted(daysAgo: number, n: number): Promise<Json> {
  const res = await registrar.request({
    method: 'POST',
    url: '/api/petitions',
    payload: petitionInput({
      receivedAt: `${addDays(today, -daysAgo)}T10:00:00+08:00`,
      petitioners: [{ name: '周及时', phone: '13600000000', idNumber: validIdNumber(600 + n) }],
    }),
  });
  expect(res.statusCode, res.body).toBe(201);
  const p = res.json().petition;
  await act(registrar, p.id, 'accept', { note: '本机关直接办理' });
  return p;
}

describe('及时受理率 by the clock’s rule', () => {
  it('a decision by the clock’s due time is timely though received day + 15 has passed; one after it is not', async () => {
    const onHolidayEdge = await registerAccepted(17, 1); // day 15 was a holiday: the clock ends tonight
    expect((onHolidayEdge.clocks as Json[])[0]).toMatchObject({ key: 'decide', grade: 'due_today' });
    const late = await registerAccepted(20, 2); // the clock ended before the holidays
    const early = await registerAccepted(3, 3);
    await stats.refresh();

    const period = `orgId=${county.id}&from=${addDays(today, -30)}&to=${today}`;
    const o = (await leader.request({ method: 'GET', url: `/api/stats/overview?${period}` })).json();
    const rate = (o.rates as Json[]).find((r) => r.key === 'timely_acceptance');
    expect(rate).toMatchObject({ numerator: 2, denominator: 3 });
    const drill = (
      await leader.request({
        method: 'GET',
        url: `/api/petitions?stat=decided_timely&statOrg=${county.id}&statFrom=${addDays(today, -30)}&statTo=${today}`,
      })
    ).json();
    expect((drill.items as Json[]).map((p) => p.id).sort((a, b) => a - b)).toEqual([onHolidayEdge.id, early.id]);
    expect(drill.items.map((p: Json) => p.id)).not.toContain(late.id);
    expect(await stats.differences()).toEqual({ volume: [], measures: [] });
  });
});

describe('按期办结 by the handling clocks of the pack', () => {
  it('a Shandong 交办 concluded after its 90-day clock ran out is not on time, though the decision was', async () => {
    const sdCounty = await buildOrg(db, { kind: 'government', name: '山东测试县人民政府' });
    await db.updateTable('orgs').set({ policy_pack: 'shandong' }).where('id', '=', sdCounty.id).execute();
    const sdBureau = await buildOrg(db, { parent: sdCounty, kind: 'bureau', name: '山东测试县信访局' });
    const sdDept = await buildOrg(db, { parent: sdCounty, kind: 'department', name: '山东测试县住房和城乡建设局' });
    const sdRegistrar = await loginAs(app, db, sdBureau, ['registrar']);
    const sdHandler = await loginAs(app, db, sdDept, ['handler']);
    const sdLeader = await loginAs(app, db, sdCounty, ['leader']);
    const res = await sdRegistrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput() });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().petition.id as number;
    await act(sdRegistrar, id, 'assign', { toOrgId: sdDept.id, requirements: '请依法处理并报告' });
    await act(sdHandler, id, 'receive');
    await act(sdHandler, id, 'decide', DECISION);
    await act(sdHandler, id, 'deliver', { method: 'post', result: 'signed', deliveredOn: today });
    // The 交办事项办结并报告 clock (山东省信访规定 Art. 25) ran out before the report.
    await sql`update petition_clocks set started_at = now() - interval '91 days', due_at = now() - interval '1 day'
      where petition_id = ${id} and key = 'handle_assigned'`.execute(db);
    await act(sdHandler, id, 'conclude', { report: '已答复并报告。' });
    await stats.refresh();
    const o = (
      await sdLeader.request({ method: 'GET', url: `/api/stats/overview?orgId=${sdCounty.id}&from=${addDays(today, -1)}&to=${today}` })
    ).json();
    expect((o.rates as Json[]).find((r) => r.key === 'on_time_conclusion')).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
