import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, loginAs, type Session } from '../../test/factories.js';

const MAX_ROWS = 40_000;
const { app, db } = await createTestApp({ IMPORT_MAX_ROWS: String(MAX_ROWS), UPLOAD_LIMIT_BYTES: String(10 * 1024 * 1024) });
const tree = await buildOrgTree(db);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);

const multipart = (parts: { name: string; value: string | Buffer; filename?: string }[]) => {
  const boundary = '----xinfang' + Date.now();
  const chunks = parts.flatMap((p) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n\r\n`,
    ),
    Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value),
    Buffer.from('\r\n'),
  ]);
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};

/** Posts an import form as the registrar. */
const startImport = (parts: Parameters<typeof multipart>[0]) =>
  registrar.request({ method: 'POST', url: '/api/petitions/imports', ...multipart(parts) });

type Job = {
  id: number;
  status: string;
  total: number;
  processed: number;
  created: number;
  skipped: number;
  errors: { row: number; field: string; message: string }[];
};
async function finished(s: Session, id: number): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const job = (await s.request({ method: 'GET', url: `/api/petitions/imports/${id}` })).json().job as Job;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

const mapping = JSON.stringify({
  externalId: '编号',
  title: '标题',
  content: '内容',
  receivedAt: '收到时间',
  petitionerName: '姓名',
  phone: '电话',
  category: '问题分类',
  channel: '信访形式',
});
const csv = [
  '编号,标题,内容,收到时间,姓名,电话,问题分类,信访形式',
  'H-1,小区供暖不热,冬季供暖温度不达标,2025-12-01 09:00,张三,13812340001,城乡建设,来电',
  'H-2,道路破损,村道多处塌陷,2025/12/02,李四,,交通运输,来信',
  'H-3,坏时间,内容,昨天,王五,,城乡建设,来电',
  'H-4,坏分类,内容,2025-12-03,赵六,,不存在的分类,来电',
  'H-5,坏形式,内容,2025-12-03,孙七,,城乡建设,飞鸽传书',
  'H-1,重复行,同一编号,2025-12-01,张三,,城乡建设,来电',
].join('\n');

describe('historical import', () => {
  it('a dry run reports every bad row and writes nothing; the import is idempotent by external id', async () => {
    const dry = await startImport([
      { name: 'mapping', value: mapping },
      { name: 'dryRun', value: 'true' },
      { name: 'file', value: csv, filename: 'history.csv' },
    ]);
    expect(dry.statusCode).toBe(202);
    const checked = await finished(registrar, dry.json().job.id);
    expect(checked).toMatchObject({ status: 'done', total: 6, processed: 6, created: 0 });
    expect(checked.errors.map((e) => `${e.row}:${e.field}`)).toEqual(['4:receivedAt', '5:category', '6:channel']);
    expect(await db.selectFrom('petitions').select('id').where('org_id', '=', tree.bureau.id).execute()).toEqual([]);

    const run = async () =>
      finished(
        registrar,
        (
          await startImport([
            { name: 'mapping', value: mapping },
            { name: 'file', value: csv, filename: 'history.csv' },
          ])
        ).json().job.id,
      );
    const first = await run();
    expect(first).toMatchObject({ status: 'done', created: 2, skipped: 1 });
    const second = await run();
    expect(second).toMatchObject({ created: 0, skipped: 3 });
    const rows = await db
      .selectFrom('petitions')
      .select(['external_id', 'channel', 'received_at'])
      .where('org_id', '=', tree.bureau.id)
      .orderBy('external_id')
      .execute();
    expect(rows.map((r) => [r.external_id, r.channel])).toEqual([
      ['H-1', 'phone'],
      ['H-2', 'letter'],
    ]);
    expect(rows[0]!.received_at.toISOString()).toBe('2025-12-01T01:00:00.000Z'); // China time
  });

  it('imports the bundled sample of real messages with their categories', async () => {
    const res = await registrar.request({ method: 'POST', url: '/api/petitions/imports/demo' });
    expect(res.statusCode).toBe(202);
    const job = await finished(registrar, res.json().job.id);
    expect(job).toMatchObject({ status: 'done', total: 600, created: 600, errors: [] });
    const sample = await db
      .selectFrom('petitions as p')
      .innerJoin('categories as c', 'c.id', 'p.category_id')
      .select(['p.channel', 'c.level', 'p.external_id'])
      .where('p.external_id', 'like', 'tipdm:%')
      .executeTakeFirstOrThrow();
    expect(sample).toMatchObject({ channel: 'online', level: 1 });
    // Dated across the last year, in their original order.
    const span = await db
      .selectFrom('petitions')
      .select((eb) => [eb.fn.min('received_at').as('first'), eb.fn.max('received_at').as('last')])
      .where('external_id', 'like', 'tipdm:%')
      .executeTakeFirstOrThrow();
    expect(Date.now() - new Date(span.first as Date).getTime()).toBeLessThan(367 * 86_400_000);
    expect(new Date(span.last as Date).getTime()).toBeLessThan(Date.now());
    const search = (await registrar.request({ method: 'GET', url: `/api/petitions?q=${encodeURIComponent('物业')}&limit=5` })).json();
    expect(search.items.length).toBe(5);
  }, 120_000);

  it('refuses other file types and bad mappings; only importers may import; jobs of other bodies are 404', async () => {
    const pdf = await startImport([
      { name: 'mapping', value: mapping },
      { name: 'file', value: '%PDF', filename: 'x.pdf' },
    ]);
    expect(pdf.json().error.code).toBe('import_file_unreadable');
    const badMapping = await startImport([
      { name: 'mapping', value: '{"title":"标题"}' },
      { name: 'file', value: csv, filename: 'h.csv' },
    ]);
    expect(badMapping.statusCode).toBe(400);
    expect(badMapping.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['mapping.externalId', 'mapping.content']),
    );
    const handler = await loginAs(app, db, tree.department, ['handler']);
    expect((await handler.request({ method: 'POST', url: '/api/petitions/imports/demo' })).statusCode).toBe(403);
    const other = await loginAs(app, db, tree.other, ['registrar']);
    const job = (
      await startImport([
        { name: 'mapping', value: mapping },
        { name: 'dryRun', value: 'true' },
        { name: 'file', value: csv, filename: 'h.csv' },
      ])
    ).json().job;
    await finished(registrar, job.id);
    expect((await other.request({ method: 'GET', url: `/api/petitions/imports/${job.id}` })).statusCode).toBe(404);
  });
});

describe('unstorable text in a file', () => {
  it('a row with a NUL character is reported as a bad row naming its column; the other rows are imported', async () => {
    const file = [
      '编号,标题,内容,收到时间,姓名,电话,问题分类,信访形式',
      'N-1,好行,内容,2025-12-01,张三,,城乡建设,来电',
      'N-2,坏行,内\u0000容,2025-12-01,李四,,城乡建设,来电',
    ].join('\n');
    const res = await startImport([
      { name: 'mapping', value: mapping },
      { name: 'file', value: file, filename: 'nul.csv' },
    ]);
    const job = await finished(registrar, res.json().job.id);
    expect(job).toMatchObject({ status: 'done', created: 1, errors: [{ row: 3, field: '内容' }] });
  });
});

describe('large imports', () => {
  it('an 8 MB file is read while other requests are answered: no turn of them waits for the reading', async () => {
    const text = '我们小区的物业公司未经业主大会同意，占用公共道路划线收取停车费，请有关部门调查处理。';
    // Seven external ids: after the first rows the rest are skipped as repeats, so the job's time is the reading.
    const lines = Array.from({ length: MAX_ROWS }, (_, i) => `BIG-${i % 7},标题${i},${i}${text},2025-12-01 09:00,张三,,城乡建设,来电`);
    const file = Buffer.from(['编号,标题,内容,收到时间,姓名,电话,问题分类,信访形式', ...lines].join('\n'));
    expect(file.length).toBeGreaterThan(7_500_000);
    const started = await startImport([
      { name: 'mapping', value: mapping },
      { name: 'dryRun', value: 'true' },
      { name: 'file', value: file, filename: 'large.csv' },
    ]);
    expect(started.statusCode).toBe(202);
    const id = started.json().job.id as number;
    // Each turn asks for the health page and the job's state: a turn takes long only when the server was held up.
    const start = performance.now();
    let slowest = 0;
    let turns = 0;
    let reading = 0;
    for (;;) {
      const t = performance.now();
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      const job = await db.selectFrom('import_jobs').select(['status']).where('id', '=', id).executeTakeFirstOrThrow();
      await new Promise((r) => setTimeout(r, 10));
      if (!reading) slowest = Math.max(slowest, performance.now() - t);
      turns++;
      // The job is queued until the file has been read, then running.
      if (job.status !== 'queued' && !reading) reading = performance.now() - start;
      if (job.status === 'done' || job.status === 'failed') break;
    }
    expect(await finished(registrar, id)).toMatchObject({ status: 'done', total: MAX_ROWS, skipped: MAX_ROWS - 7 });
    // Parsed in one synchronous pass, the reading was one long wait (0.9 of it); as a stream it is many short turns.
    // Relative to the reading, so that a machine busy with other work slows both alike.
    const seen = `slowest turn ${Math.round(slowest)} ms of ${Math.round(reading)} ms reading, ${turns} turns`;
    expect(turns, seen).toBeGreaterThan(5);
    expect(slowest / reading, seen).toBeLessThan(0.5);
  }, 60_000);

  it('a file over the upload limit is 413; one over the row limit fails with the limit named, importing nothing', async () => {
    const huge = await startImport([
      { name: 'mapping', value: mapping },
      { name: 'file', value: Buffer.alloc(11 * 1024 * 1024, 'a'), filename: 'huge.csv' },
    ]);
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
    const rows = Array.from({ length: MAX_ROWS + 1 }, (_, i) => `L-${i},标题,内容,2025-12-01,张三,,城乡建设,来电`);
    const long = await startImport([
      { name: 'mapping', value: mapping },
      { name: 'file', value: ['编号,标题,内容,收到时间,姓名,电话,问题分类,信访形式', ...rows].join('\n'), filename: 'long.csv' },
    ]);
    const job = await finished(registrar, long.json().job.id);
    expect(job).toMatchObject({
      status: 'failed',
      created: 0,
      errors: [{ row: 0, message: `文件超过 ${MAX_ROWS} 行，请分成多个文件导入` }],
    });
    expect(await db.selectFrom('petitions').select('id').where('external_id', 'like', 'L-%').execute()).toEqual([]);
  });
});

describe('saved filters', () => {
  it('saves personal and body-wide filters; only the owner removes them', async () => {
    const colleague = await loginAs(app, db, tree.bureau, ['registrar']);
    const mine = await registrar.request({
      method: 'POST',
      url: '/api/saved-filters',
      payload: { name: '我的来电', scope: 'personal', filter: { channel: ['phone'] } },
    });
    expect(mine.statusCode).toBe(201);
    const shared = await registrar.request({
      method: 'POST',
      url: '/api/saved-filters',
      payload: { name: '本机构来信', scope: 'org', filter: { channel: ['letter'], q: '道路' } },
    });
    const bad = await registrar.request({
      method: 'POST',
      url: '/api/saved-filters',
      payload: { name: '坏的', scope: 'personal', filter: { channel: ['pigeon'] } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toMatch(/^filter\.channel/);
    const theirs = (await colleague.request({ method: 'GET', url: '/api/saved-filters' })).json().items;
    expect(theirs.map((f: { name: string; mine: boolean }) => [f.name, f.mine])).toEqual([['本机构来信', false]]);
    expect((await colleague.request({ method: 'POST', url: `/api/saved-filters/${shared.json().filter.id}/remove` })).statusCode).toBe(404);
    expect((await registrar.request({ method: 'POST', url: `/api/saved-filters/${shared.json().filter.id}/remove` })).statusCode).toBe(204);
    expect(
      (await registrar.request({ method: 'GET', url: '/api/saved-filters' })).json().items.map((f: { name: string }) => f.name),
    ).toEqual(['我的来电']);
  });
});
