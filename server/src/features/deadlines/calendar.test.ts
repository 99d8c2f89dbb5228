import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, buildOrgTree, loginAs } from '../../test/factories.js';
import { calendarRepository } from './calendar.repository.js';
import { createCalendarService } from './calendar.service.js';

const { app, db } = await createTestApp();
const tree = await buildOrgTree(db);
const admin = await loginAs(app, db, tree.county, ['admin']);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);
const endOf = (ymd: string) => new Date(Date.parse(`${ymd}T00:00:00+08:00`) + 86_400_000).toISOString();

describe('holiday calendar administration', () => {
  it('reports the years it lacks, and a clock across them as provisional until the year is entered', async () => {
    const status = (await registrar.request({ method: 'GET', url: '/api/calendar/status' })).json();
    expect(status.packageYears).toContain(2026);
    expect(status.packageYears).not.toContain(2027);
    const preview = () =>
      registrar.request({
        method: 'POST',
        url: '/api/calendar/preview',
        payload: { start: '2026-12-24T09:00:00+08:00', length: 10, unit: 'working_day' },
      });
    expect((await preview()).json()).toMatchObject({ dueAt: endOf('2027-01-07'), provisional: true, unknownYears: [2027] });

    const entered = await admin.request({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      payload: {
        notice: '国务院办公厅关于2027年部分节假日安排的通知',
        days: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-02', kind: 'holiday', name: '元旦' },
          { date: '2027-01-03', kind: 'holiday', name: '元旦' },
        ],
      },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json()).toMatchObject({ year: 2027, source: 'entered', days: [{ date: '2027-01-01' }, {}, {}] });
    // Another instance (or this one after its cache expires) reads the entry.
    const fresh = createCalendarService({ db });
    expect(await fresh.preview(new Date('2026-12-24T09:00:00+08:00'), 10, 'working_day', true)).toMatchObject({
      dueAt: new Date(endOf('2027-01-08')),
      provisional: false,
    });
    expect((await preview()).json()).toMatchObject({ dueAt: endOf('2027-01-08'), provisional: false, unknownYears: [] });
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'calendar.year_set').executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ holidays: 3, workdays: 0 });
  });

  it('imports a year from a CSV written as the notice reads, and refuses bad rows', async () => {
    const boundary = '----xf' + Date.now();
    const form = (csv: string) =>
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="notice"\r\n\r\n国办发明电〔2027〕1号\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="2028.csv"\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
      );
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const ok = await admin.request({
      method: 'POST',
      url: '/api/calendar/years/2028/import',
      headers,
      payload: form('日期,类型,名称\n2028-01-01,放假,元旦\n2028-01-29,上班,春节'),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().days.map((d: { kind: string }) => d.kind)).toEqual(['holiday', 'workday']);
    const bad = await admin.request({
      method: 'POST',
      url: '/api/calendar/years/2028/import',
      headers,
      payload: form('日期,类型,名称\n2028-13-01,放假,元旦\n2028-01-02,休假吧,元旦'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.rows.map((r: { row: number; field: string }) => `${r.row}:${r.field}`)).toEqual(['2:date', '3:kind']);
    const wrongYear = await admin.request({
      method: 'PUT',
      url: '/api/calendar/years/2029',
      payload: { notice: '国办发明电〔2028〕1号', days: [{ date: '2030-01-01', kind: 'holiday', name: '元旦' }] },
    });
    expect(wrongYear.json().error.details.fields[0].path).toBe('days.0.date');
  });

  it('a save of a year while another save of it is uncommitted waits for it, then replaces its days', async () => {
    const days = (name: string) => [
      { date: '2031-01-01', kind: 'holiday' as const, name },
      { date: '2031-10-01', kind: 'holiday' as const, name },
    ];
    let written!: () => void;
    let release!: () => void;
    const wrote = new Promise<void>((r) => (written = r));
    const hold = new Promise<void>((r) => (release = r));
    const first = db.transaction().execute(async (trx) => {
      await calendarRepository.setYear(trx, 2031, '国务院办公厅关于2031年部分节假日安排的通知', days('元旦'), admin.userId);
      written();
      await hold;
    });
    await wrote;
    const second = admin.request({
      method: 'PUT',
      url: '/api/calendar/years/2031',
      payload: { notice: '国务院办公厅关于2031年部分节假日安排的通知（更正）', days: days('国庆') },
    });
    await new Promise((r) => setTimeout(r, 300)); // the second save is now inside its transaction, behind the first
    release();
    await first;
    const res = await second;
    expect(res.statusCode, res.body).toBe(200);
    const stored = await db
      .selectFrom('calendar_days')
      .selectAll()
      .where('date', '>=', '2031-01-01')
      .where('date', '<=', '2031-12-31')
      .execute();
    expect(stored.map((d) => d.name)).toEqual(['国庆', '国庆']);
  });

  it('only administrators enter years', async () => {
    expect(
      (await registrar.request({ method: 'PUT', url: '/api/calendar/years/2030', payload: { notice: '某某通知文号', days: [] } }))
        .statusCode,
    ).toBe(403);
  });
});

describe('policy packs', () => {
  it('lists the packs as data, and a body inherits the pack set above it', async () => {
    const packs = (await registrar.request({ method: 'GET', url: '/api/policies' })).json().items;
    expect(packs.map((p: { id: string }) => p.id)).toEqual(['national-2022', 'shandong', 'hotline-12345']);
    expect(packs[0].clocks.handle).toMatchObject({ length: 60, unit: 'calendar_day', maxExtension: 30 });
    const calendar = createCalendarService({ db });
    expect((await calendar.packFor(tree.village.id)).id).toBe('national-2022');
    const res = await admin.request({ method: 'PATCH', url: `/api/orgs/${tree.township.id}`, payload: { policyPack: 'shandong' } });
    expect(res.json().org.policyPack).toBe('shandong');
    expect((await calendar.packFor(tree.village.id)).id).toBe('shandong');
    expect((await calendar.packFor(tree.bureau.id)).id).toBe('national-2022');
    const child = await buildOrg(db, { parent: tree.village, name: '网格' });
    expect((await calendar.packFor(child.id)).clocks.handle_assigned?.length).toBe(90);
    const bad = await admin.request({ method: 'PATCH', url: `/api/orgs/${tree.township.id}`, payload: { policyPack: 'beijing' } });
    expect(bad.json().error.details.fields[0].path).toBe('policyPack');
  });
});
