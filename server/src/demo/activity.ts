import { chinaDate } from '@xinfang/domain';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { DEMO_PASSWORD } from './seed.js';

/** Recent demo petitions the demo staff take through the workflow, so a demo's statistics have rates. */
const WORKED = 24;

/**
 * After the demo import: the bureau's registrar routes the most recent demo petitions to 住建局 (forward, assign,
 * or declines some with the statutory route), whose handler signs for them and answers most, through the same
 * HTTP API the screens use. Runs once, in the background of the first start.
 */
export async function demoActivity(app: FastifyInstance, db: Database, log: (m: string) => void): Promise<void> {
  for (;;) {
    const job = await db.selectFrom('import_jobs').select('status').orderBy('id', 'desc').executeTakeFirst();
    if (!job || job.status === 'failed') return;
    if (job.status === 'done') break;
    await sleep(2000);
  }
  const session = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
    const cookie = `xf_session=${res.cookies.find((c) => c.name === 'xf_session')!.value}`;
    const csrf = (res.json() as { user: { csrfToken: string } }).user.csrfToken;
    return async (id: number, action: string, body: Record<string, unknown> = {}) => {
      const detail = await app.inject({ method: 'GET', url: `/api/petitions/${id}`, headers: { cookie } });
      const { version } = (detail.json() as { petition: { version: number } }).petition;
      const res = await app.inject({
        method: 'POST',
        url: `/api/petitions/${id}/actions/${action}`,
        headers: { cookie, 'x-csrf-token': csrf },
        payload: { version, ...body },
      });
      if (res.statusCode !== 200) throw new Error(`demo ${action} of petition ${id}: ${res.body}`);
    };
  };
  const registrar = await session('registrar');
  const handler = await session('handler');
  const department = await db.selectFrom('orgs').select('id').where('code', '=', 'LQZJJ').executeTakeFirstOrThrow();
  const recent = await db
    .selectFrom('petitions')
    .select(['id', 'title'])
    .where('external_id', 'like', 'tipdm:%')
    .where('status', '=', 'registered')
    .orderBy('received_at', 'desc')
    .limit(WORKED)
    .execute();
  const today = chinaDate(new Date());
  try {
    for (const [i, p] of recent.entries()) {
      if (i % 6 === 5) {
        await registrar(p.id, 'decline', { route: 'litigation', reason: '该事项属于人民法院受理范围，请依法向人民法院提起诉讼。' });
        continue;
      }
      const assigned = i % 3 === 0;
      await registrar(
        p.id,
        assigned ? 'assign' : 'forward',
        assigned ? { toOrgId: department.id, requirements: '请调查核实，依法处理并书面答复信访人。' } : { toOrgId: department.id },
      );
      await handler(p.id, 'receive');
      if (i % 4 === 3) continue; // still being handled
      await handler(p.id, 'decide', {
        outcome: i % 2 ? 'support' : 'explain',
        request: `信访人反映“${p.title}”，请求有关部门调查处理。`,
        facts: '经实地调查并听取有关方面意见，信访人反映的情况基本属实。',
        reasons: '有关单位已按规定整改，并向信访人作了说明。',
        basis: '《信访工作条例》第三十二条',
      });
      await handler(p.id, 'deliver', { method: 'in_person', result: 'signed', deliveredOn: today });
      await handler(p.id, 'conclude', { report: '已调查处理并书面答复信访人。' });
      if (assigned) await registrar(p.id, 'verify');
    }
  } catch (err) {
    log(err instanceof Error ? err.message : String(err));
  }
}
