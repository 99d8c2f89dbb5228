import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, loginAs } from '../../test/factories.js';
import { backfillSignatures } from './petitions.service.js';

/** Real near-duplicates from the 2020 泰迪杯 data (see server/data/README.md). */
interface Message {
  id: number;
  user: string;
  title: string;
  body: string;
  time: string;
  group: number | null;
}
const messages = readFileSync(new URL('../../test/fixtures/hot-issue-near-duplicates.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Message);

const { app, db } = await createTestApp();
const tree = await buildOrgTree(db);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);

it('finds the earlier matter of each near-duplicate group among the similar candidates, and rarely anything for unrelated ones', async () => {
  const firstOfGroup = new Map<number, number>();
  const probes: Message[] = [];
  for (const m of messages) {
    if (m.group !== null && firstOfGroup.has(m.group)) {
      probes.push(m);
      continue;
    }
    const res = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: {
        channel: 'online',
        receivedAt: new Date(m.time.replace(' ', 'T') + '+08:00').toISOString(),
        type: 'appeal',
        title: m.title.slice(0, 100),
        content: m.body.slice(0, 20_000) || m.title,
        personsCount: 1,
        petitioners: [{ name: `网民${m.user}`, phone: `139${String(m.id).padStart(8, '0').slice(-8)}` }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    if (m.group !== null) firstOfGroup.set(m.group, res.json().petition.id);
  }

  let found = 0;
  for (const m of probes) {
    const res = await registrar.request({
      method: 'POST',
      url: '/api/petitions/repeat-candidates',
      payload: { title: m.title.slice(0, 100), content: m.body.slice(0, 20_000) },
    });
    const ids = res.json().similar.map((c: { id: number }) => c.id);
    if (ids.includes(firstOfGroup.get(m.group!))) found++;
  }
  const recall = found / probes.length;

  const unrelated = messages.filter((m) => m.group === null).slice(0, 60);
  let falseAlarms = 0;
  for (const m of unrelated) {
    const res = await registrar.request({
      method: 'POST',
      url: '/api/petitions/repeat-candidates',
      payload: { title: m.title.slice(0, 100), content: m.body.slice(0, 20_000) },
    });
    // The message itself is registered: anything else above the bar is a false alarm.
    const others = res.json().similar.filter((c: { title: string }) => c.title !== m.title.slice(0, 100));
    if (others.length > 0) falseAlarms++;
  }
  console.log(
    `repeat detection: recall ${found}/${probes.length} = ${recall.toFixed(2)}, unrelated with a false candidate ${falseAlarms}/${unrelated.length}`,
  );
  expect(recall).toBeGreaterThanOrEqual(0.95);
  expect(falseAlarms / unrelated.length).toBeLessThanOrEqual(0.1);
}, 120_000);

it('finds matters registered before signatures were kept once the backfill at start has signed them', async () => {
  const m = messages.find((x) => x.group === null && x.body.length > 200)!;
  const title = `旧事项：${m.title}`.slice(0, 100);
  const res = await registrar.request({
    method: 'POST',
    url: '/api/petitions',
    payload: {
      channel: 'online',
      receivedAt: new Date().toISOString(),
      type: 'appeal',
      title,
      content: m.body,
      personsCount: 1,
      petitioners: [{ name: '网民旧事', phone: '13900000777' }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id: number = res.json().petition.id;
  // As a row from before migration 0047 is.
  await db.deleteFrom('petition_signatures').where('petition_id', '=', id).execute();
  const similarIds = async () => {
    const r = await registrar.request({
      method: 'POST',
      url: '/api/petitions/repeat-candidates',
      payload: { title: `再次反映：${m.title}`.slice(0, 100), content: m.body },
    });
    return r.json().similar.map((c: { id: number }) => c.id);
  };
  expect(await similarIds()).not.toContain(id);
  expect(await backfillSignatures(db)).toBeGreaterThanOrEqual(1);
  expect(await similarIds()).toContain(id);
  expect(await backfillSignatures(db)).toBe(0);
});
