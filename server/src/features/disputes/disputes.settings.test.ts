import { addDays, chinaDate, dueDay } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, loginAs } from '../../test/factories.js';

// A deployment whose mediations run 45 days (DISPUTE_MEDIATION_DAYS) before the parties' consent is needed.
const { app, db } = await createTestApp({ DISPUTE_MEDIATION_DAYS: '45' });
const tree = await buildOrgTree(db);
const village = await loginAs(app, db, tree.village, ['registrar', 'handler']);
const today = chinaDate(new Date());

type Dispute = { id: number; version: number; clocks: { key: string; dueAt: string }[] };

async function ok(url: string, payload: Record<string, unknown>) {
  const res = await village.request({ method: 'POST', url, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json().dispute as Dispute;
}
/** The mediation clock's due day, as days from today (a day count ending on a day off moves to the next working day). */
const mediationDue = (d: Dispute) => dueDay(new Date(d.clocks.find((c) => c.key === 'mediation')!.dueAt));

describe('the mediation time limit of a deployment', () => {
  it('runs DISPUTE_MEDIATION_DAYS, and an agreed extension adds to it', async () => {
    let d = await ok('/api/disputes', {
      kind: 'neighbour',
      title: '邻里通道通行纠纷',
      facts: '两户共用通道，一户堆放杂物影响通行。',
      regionCode: '370724101',
      address: '测试村西街 3 号',
      foundOn: today,
      parties: [
        { name: '赵某', claim: '清除杂物' },
        { name: '钱某', claim: '暂缓清理' },
      ],
    });
    d = await ok(`/api/disputes/${d.id}/mediate`, { version: d.version, mediators: ['王调解'] });
    expect(mediationDue(d) >= addDays(today, 45) && mediationDue(d) <= addDays(today, 52), mediationDue(d)).toBe(true);
    d = await ok(`/api/disputes/${d.id}/extendMediation`, { version: d.version, days: 15, consent: '双方当事人书面同意延长十五日。' });
    expect(mediationDue(d) >= addDays(today, 60) && mediationDue(d) <= addDays(today, 67), mediationDue(d)).toBe(true);
  });
});
