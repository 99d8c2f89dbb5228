import { RATES, addDays, chinaDate } from '@xinfang/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput, validIdNumber, type Session } from '../../test/factories.js';
import { docxText } from '../../test/files.js';
import { act, DECISION, type Json } from '../../test/workflow.js';
import { createFileStore } from '../attachments/index.js';
import { inProcessQueue } from '../../jobs/queue.js';
import type { ReportData, StatsReader } from './reports.data.js';
import { renderReportDocx } from './reports.docx.js';
import { parsePeriod } from './reports.period.js';
import { statReportsRepository } from './reports.repository.js';
import { createStatsReportService } from './reports.service.js';
import { renderReportXlsx } from './reports.xlsx.js';
import { createStatsService } from '../stats/index.js';

const { app, db, config } = await createTestApp();
const stats = createStatsService({ db });

const county = await buildOrg(db, { kind: 'government', name: '报告县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '报告县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '报告县住房和城乡建设局' });
const other = await buildOrg(db, { kind: 'government', name: '报告无关县人民政府' });

const registrar = await loginAs(app, db, bureau, ['registrar']);
const supervisor = await loginAs(app, db, bureau, ['supervisor']);
const handler = await loginAs(app, db, dept, ['handler']);
const leader = await loginAs(app, db, county, ['leader']);
const auditor = await loginAs(app, db, county, ['auditor']);
const outsider = await loginAs(app, db, other, ['leader']);

const today = chinaDate(new Date());
const year = today.slice(0, 4);
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

async function register(overrides: Record<string, unknown>): Promise<number> {
  const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput(overrides) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().petition.id;
}

async function get(s: Session, url: string, status = 200): Promise<Json> {
  const res = await s.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

/** Requests a report and waits for its job (in-process in tests) to finish. */
async function build(s: Session, body: Json): Promise<Json> {
  const res = await s.request({ method: 'POST', url: '/api/stats/reports', payload: body });
  expect(res.statusCode, res.body).toBe(202);
  const { id } = res.json();
  for (let i = 0; i < 600; i++) {
    const report = (await get(s, '/api/stats/reports')).items.find((r: Json) => r.id === id);
    if (report.status === 'done' || report.status === 'failed') return report;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`report ${id} did not finish`);
}

async function download(s: Session, id: number, format: 'xlsx' | 'docx') {
  const res = await s.request({ method: 'GET', url: `/api/stats/reports/${id}/file?format=${format}` });
  expect(res.statusCode, res.body).toBe(200);
  return { body: res.rawPayload, headers: res.headers };
}

// Today's matters of the county: by phone, by letter (a group of six), online against the department.
const leaf = await db.selectFrom('categories').select(['id', 'path']).where('level', '=', 3).orderBy('id').executeTakeFirstOrThrow();
const forwarded = await register({ receivedAt: minutesAgo(50), categoryId: leaf.id });
const assigned = await register({
  channel: 'letter',
  type: 'suggestion',
  receivedAt: minutesAgo(40),
  personsCount: 6,
  title: '建议增设公交线路',
  petitioners: [{ name: '李秀英', phone: '13812345679', idNumber: validIdNumber(2), address: '报告县城关街道1号' }],
});
await register({
  channel: 'online',
  type: 'accusation',
  receivedAt: minutesAgo(30),
  accusedOrgId: dept.id,
  title: '检举住建局工作人员违规审批',
  petitioners: [{ name: '张国强', phone: '13812345670', idNumber: validIdNumber(3) }],
});
await act(registrar, forwarded, 'forward', { toOrgId: dept.id, note: '请依法处理' });
await act(handler, forwarded, 'receive');
await act(handler, forwarded, 'decide', DECISION);
await act(registrar, assigned, 'assign', { toOrgId: dept.id, requirements: '请研究答复' });
await act(handler, assigned, 'receive');
const slip = (await act(supervisor, assigned, 'supervise', { proposals: '建议完善公交线网规划。', replyDueDate: addDays(today, 5) }))
  .petition.workflow.supervisions[0];
await act(handler, assigned, 'replySupervision', { supervisionId: slip.id, reply: '已纳入线网规划。', adopted: true });
await stats.refresh();

describe('the annual report (条例 Art. 41)', async () => {
  const report = await build(leader, { orgId: county.id, kind: 'annual', period: year });
  const overview = await get(leader, `/api/stats/overview?orgId=${county.id}&from=${year}-01-01&to=${year}-12-31`);

  it('is built by a job and kept, with its progress and who asked', () => {
    expect(report).toMatchObject({
      orgId: county.id,
      orgName: '报告县人民政府',
      kind: 'annual',
      period: year,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      title: `报告县人民政府${year}年信访工作年度报告`,
      status: 'done',
      progress: 100,
      error: null,
    });
    expect(report.requestedBy).toMatch(/^用户/);
    expect(report.finishedAt).not.toBeNull();
  });

  it('Excel: one sheet per table, the figures of the overview', async () => {
    const { body, headers } = await download(leader, report.id, 'xlsx');
    expect(headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(headers['content-disposition']).toBe(
      `attachment; filename="stat-report-${report.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${report.title}.xlsx`)}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '概况',
      '数量趋势',
      '信访形式',
      '信访类别',
      '问题分类',
      '地区',
      '被反映单位',
      '单位对比',
      '工作情况',
      '建议采纳',
      '热点问题',
    ]);
    /** The cells of the row whose first cell is `label`, in a sheet. */
    const row = (sheet: string, label: string) => {
      const ws = wb.getWorksheet(sheet)!;
      const found = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === label);
      expect(found, `${sheet}: ${label}`).toBeDefined();
      return (found!.values as ExcelJS.CellValue[]).slice(1);
    };
    expect(row('概况', '指标')).toEqual(['指标', '本期', '上期', '环比', '去年同期', '同比', '分子', '分母']);
    expect(wb.getWorksheet('概况')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(row('概况', '信访事项（批次）').slice(0, 3)).toEqual(['信访事项（批次）', overview.volume.registered.value, 0]);
    expect(row('概况', '信访事项（批次）')[1]).toBe(3);
    expect(row('概况', '信访人次')[1]).toBe(overview.volume.persons.value);
    expect(row('概况', '集体访（联名信）')[1]).toBe(1);
    const timely = overview.rates.find((r: Json) => r.key === 'timely_acceptance');
    expect(row('概况', '及时受理率').slice(1, 2)).toEqual([timely.value]);
    expect(row('概况', '及时受理率').slice(6)).toEqual([timely.numerator, timely.denominator]);
    expect(wb.getWorksheet('概况')!.getRow(12).getCell(2).numFmt).toBe('0.0%');
    // A rate without a denominator is —, never 0 %.
    expect(row('概况', '包案化解率')[1]).toBe('—');
    expect(row('工作情况', '转送').slice(2, 3)).toEqual([overview.workflow.forwarded.value]);
    expect(row('工作情况', '交办')[2]).toBe(1);
    expect(row('工作情况', '督办')[2]).toBe(1);
    expect(row('建议采纳', '提出建议（条）')[1]).toBe(1);
    expect(row('建议采纳', '被采纳建议（条）')[1]).toBe(1);
    expect(row('建议采纳', '收到建议（条）')[1]).toBe(1);
    expect(row('建议采纳', '采纳率')[1]).toBe(1);
    expect(row('信访形式', '来电').slice(1, 3)).toEqual([1, 1]);
    expect(row('信访类别', '建议意见').slice(1, 3)).toEqual([1, 6]);
    expect(row('被反映单位', '报告县住房和城乡建设局')[1]).toBe(1);
    expect(row('单位对比', '报告县人民政府')[1]).toBe(3);
    expect(row('问题分类', leaf.path.split('/')[0]!)[1]).toBe(1);
    const trend = wb.getWorksheet('数量趋势')!;
    expect(trend.rowCount).toBe(13);
    const month = trend.getRow(Number(today.slice(5, 7)) + 1);
    expect([month.getCell(2).value, month.getCell(2).numFmt, month.getCell(4).value]).toEqual([
      new Date(`${today.slice(0, 7)}-01T00:00:00Z`),
      'yyyy-mm-dd',
      3,
    ]);
  });

  it('Word: the Art. 41 sections in formal Chinese, with the numbers, tables and charts', async () => {
    const { body, headers } = await download(leader, report.id, 'docx');
    expect(headers['content-disposition']).toContain(encodeURIComponent(`${report.title}.docx`));
    const text = await docxText(body);
    expect(text).toContain(report.title);
    const headings = [
      '一、信访事项总体情况',
      '二、信访形式和类别',
      '三、反映的主要问题',
      '四、被反映较多的单位',
      '五、转送、交办、督办情况',
      '六、提出和采纳建议情况',
      '七、办理质效',
      '八、各单位情况对比',
    ];
    const at = headings.map((h) => text.indexOf(`\n${h}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain(`本期共登记信访事项3件（批次）、${overview.volume.persons.value}人次`);
    expect(text).toContain('本期转送1件，交办1件，催办0件，督办1件；');
    expect(text).toContain('提出改进工作、完善政策等建议1条，已被采纳1条，采纳率100.0%');
    expect(text).toContain('本期被反映较多的单位依次为：报告县住房和城乡建设局（1件）');
    expect(text).toContain(`及时受理率${(timelyValue(overview) * 100).toFixed(1)}%（`);
    expect(text).toMatch(/表1\u3000信访事项总体情况[\s\S]*图1\u3000信访事项数量趋势（按月）[\s\S]*图2\u3000信访形式构成/);
    const zip = await JSZip.loadAsync(body);
    const pngs = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(pngs.length).toBeGreaterThanOrEqual(2);
    const png = await zip.file(pngs[0]!)!.async('nodebuffer');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1280); // drawn at 640 px and rasterised at twice that
  });

  it('the bureau reports the proposals it made in its 督办, the department those it received and adopted', async () => {
    const words = async (orgId: number) =>
      docxText((await download(leader, (await build(leader, { orgId, kind: 'annual', period: year })).id, 'docx')).body);
    const ofBureau = await words(bureau.id);
    expect(ofBureau).toContain('本期在督办工作中提出改进工作、完善政策等建议1条，已被采纳1条，采纳率100.0%。');
    expect(ofBureau).not.toContain('未提出');
    expect(ofBureau).not.toContain('收到督办提出的建议');
    const ofDept = await words(dept.id);
    expect(ofDept).toContain('本期督办中未提出改进工作、完善政策的建议。本期收到督办提出的建议1条，已采纳1条。');
  });

  it('the request and each download are in the audit trail', async () => {
    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('object_type', '=', 'stat_report')
      .where('object_id', '=', String(report.id))
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['stats.report_requested', 'stats.report_downloaded', 'stats.report_downloaded']);
    expect(events[0]!.after).toMatchObject({ kind: 'annual', period: year, from: `${year}-01-01`, to: `${year}-12-31` });
  });
});

const timelyValue = (o: Json): number => o.rates.find((r: Json) => r.key === 'timely_acceptance').value;

describe('requests', () => {
  it('a period must fit the kind and have begun: 400 naming the field', async () => {
    const cases: [Json, string][] = [
      [{ kind: 'monthly', period: year }, '月报的统计期间格式为 YYYY-MM，如 2026-10'],
      [{ kind: 'quarterly', period: `${year}-Q5` }, '季报的统计期间格式为 YYYY-Qn，如 2026-Q3'],
      [{ kind: 'annual', period: `${year}-10` }, '年报的统计期间格式为 YYYY，如 2026'],
      [{ kind: 'annual', period: String(Number(year) + 1) }, '统计期间尚未开始'],
      [{ kind: 'annual', period: '1999' }, '统计期间不能早于2000年'],
    ];
    for (const [body, message] of cases) {
      const res = await leader.request({ method: 'POST', url: '/api/stats/reports', payload: body });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_failed', details: { fields: [{ path: 'period', message }] } });
    }
    const kind = await leader.request({ method: 'POST', url: '/api/stats/reports', payload: { kind: 'weekly', period: year } });
    expect(kind.json().error.details.fields[0].path).toBe('kind');
  });

  it('needs stats.report to request and stats.view to read; another body’s reports do not exist for a user', async () => {
    const mine = (await get(leader, '/api/stats/reports')).items.find((r: Json) => r.orgId === county.id);
    expect(
      (await auditor.request({ method: 'POST', url: '/api/stats/reports', payload: { kind: 'annual', period: year } })).statusCode,
    ).toBe(403);
    expect((await get(auditor, '/api/stats/reports')).items.map((r: Json) => r.id)).toContain(mine.id);
    const foreign = await outsider.request({
      method: 'POST',
      url: '/api/stats/reports',
      payload: { orgId: county.id, kind: 'annual', period: year },
    });
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([404, 'org_not_found']);
    expect((await get(outsider, '/api/stats/reports')).items).toEqual([]);
    expect((await get(outsider, `/api/stats/reports?orgId=${county.id}`, 404)).error.code).toBe('org_not_found');
    expect((await get(outsider, `/api/stats/reports/${mine.id}/file?format=docx`, 404)).error.code).toBe('report_not_found');
    // A body below sees its own reports, not the county's.
    expect((await get(handler, `/api/stats/reports/${mine.id}/file?format=xlsx`, 404)).error.code).toBe('report_not_found');
    expect((await get(leader, `/api/stats/reports/${mine.id}/file?format=pdf`, 400)).error.details.fields[0].path).toBe('format');
  });

  it('a report still being built has no file yet', async () => {
    const id = await statReportsRepository.insert(db, {
      org_id: county.id,
      kind: 'monthly',
      period: today.slice(0, 7),
      period_from: `${today.slice(0, 7)}-01`,
      period_to: today,
      requested_by: leader.userId,
    });
    expect((await get(leader, `/api/stats/reports/${id}/file?format=docx`, 409)).error.code).toBe('report_not_ready');
    const listed = (await get(leader, `/api/stats/reports?orgId=${county.id}`)).items.find((r: Json) => r.id === id);
    expect(listed).toMatchObject({
      status: 'queued',
      progress: 0,
      title: `报告县人民政府${Number(today.slice(0, 4))}年${Number(today.slice(5, 7))}月信访工作月度报告`,
    });
  });

  it('a job that fails leaves a readable reason and no files; a repeated delivery does nothing', async () => {
    const failing: StatsReader = {
      ...stats,
      breakdown: () => Promise.reject(new Error('connection reset')),
    };
    const logged: string[] = [];
    const reports = createStatsReportService({
      db,
      stats: failing,
      files: createFileStore(config.dataDir),
      jobs: inProcessQueue(() => undefined),
      log: (m) => logged.push(m),
    });
    const id = await statReportsRepository.insert(db, {
      org_id: county.id,
      kind: 'quarterly',
      period: `${year}-Q1`,
      period_from: `${year}-01-01`,
      period_to: `${year}-03-31`,
      requested_by: leader.userId,
    });
    await reports.run(id);
    const row = await db.selectFrom('stat_reports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', xlsx_sha256: null, docx_sha256: null });
    expect(row.progress).toBeGreaterThan(0); // overview and trend were read before the failure
    expect(row.error).toBe('生成报告时出错，请重新生成；如仍不成功，请联系系统管理员。');
    expect(logged[0]).toContain('connection reset');
    await reports.run(id);
    expect((await db.selectFrom('stat_reports').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('failed');
  });
});

describe('periods', () => {
  it('months, quarters and years as days, names and trend buckets', () => {
    expect(parsePeriod('monthly', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29', label: '2024年2月', granularity: 'day' });
    expect(parsePeriod('quarterly', '2026-Q3')).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
      label: '2026年第三季度',
      granularity: 'month',
    });
    expect(parsePeriod('annual', '2026')).toEqual({ from: '2026-01-01', to: '2026-12-31', label: '2026年', granularity: 'month' });
    expect(parsePeriod('monthly', '2026-13')).toEqual({ error: '月报的统计期间格式为 YYYY-MM，如 2026-10' });
  });
});

/** A county's month as the statistics service gives it: every section filled, one rate without a denominator. */
function monthFixture(): ReportData {
  const triple = (value: number, previous: number, lastYear: number) => ({ value, previous, lastYear });
  const rate = (numerator: number, denominator: number) => ({
    value: denominator ? numerator / denominator : null,
    numerator,
    denominator,
  });
  const rates = Object.fromEntries(
    RATES.map((r) => [r.key, rate(r.key === 'ownership_resolution' ? 0 : 9, r.key === 'ownership_resolution' ? 0 : 10)]),
  );
  const row = (key: string, label: string, registered: number, previous: number) => ({
    key,
    label,
    registered,
    persons: registered + 2,
    previous,
  });
  const asOf = '2026-10-31T09:00:00.000Z';
  return {
    title: '临朐县2026年10月信访工作月度报告',
    kind: 'monthly',
    period: { from: '2026-10-01', to: '2026-10-31', label: '2026年10月', granularity: 'day' },
    overview: {
      asOf,
      scope: { id: 1, name: '临朐县' },
      period: { from: '2026-10-01', to: '2026-10-31' },
      previous: { from: '2026-09-01', to: '2026-09-30' },
      lastYear: { from: '2025-10-01', to: '2025-10-31' },
      volume: {
        registered: triple(1234, 1100, 1000),
        persons: triple(1502, 1502, 1300),
        first_time: triple(1091, 950, 900),
        repeat: triple(143, 150, 100),
        merged: triple(12, 9, 9),
        grouped: triple(27, 31, 20),
        skip_level: triple(8, 14, 10),
        litigation: triple(56, 60, 50),
        major_urgent: triple(3, 2, 1),
        backlog: triple(25, 30, 28),
      },
      rates: RATES.map((r) => ({
        key: r.key,
        ...rates[r.key]!,
        previous: r.key === 'timely_acceptance' ? 0.879 : null,
        lastYear: r.key === 'timely_acceptance' ? 0.9 : null,
      })),
      workflow: {
        forwarded: triple(402, 380, 300),
        assigned: triple(215, 190, 200),
        urged: triple(64, 70, 60),
        supervised: triple(38, 29, 30),
        returned: triple(11, 15, 10),
        reworked: triple(6, 4, 5),
        extended: triple(22, 25, 20),
        overdue_ever: triple(35, 48, 40),
        overdue_now: { value: 4, previous: null, lastYear: null },
        proposals_made: triple(21, 17, 15),
        proposals_made_adopted: triple(16, 12, 10),
        proposals: triple(3, 0, 0),
        proposals_adopted: triple(2, 0, 0),
      },
    },
    trend: {
      asOf,
      buckets: Array.from({ length: 31 }, (_, i) => {
        const day = `2026-10-${String(i + 1).padStart(2, '0')}`;
        return { from: day, to: day, label: day };
      }),
      series: {
        registered: Array.from({ length: 31 }, (_, i) => 30 + (i % 7) * 3),
        persons: Array.from({ length: 31 }, (_, i) => 36 + (i % 5) * 4),
      },
    },
    breakdowns: {
      channel: [row('online', '网上', 580, 470), row('visit', '来访', 320, 335), row('letter', '来信', 334, 295)],
      type: [row('appeal', '申诉求决', 1010, 900), row('suggestion', '建议意见', 152, 130), row('accusation', '检举控告', 72, 70)],
      category1: [row('none', '未分类', 500, 400), row('1', '城乡建设', 402, 350), row('2', '劳动和社会保障', 255, 240)],
      region: [row('370724001', '城关街道', 402, 390), row('none', '未填写', 142, 109)],
      accused: [row('21', '临朐县住房和城乡建设局', 31, 25)],
    },
    bodies: [
      {
        orgId: 1,
        name: '临朐县',
        kind: null,
        registered: 1234,
        persons: 1502,
        overdueNow: 4,
        forwarded: 402,
        assigned: 215,
        supervised: 38,
        rates,
      },
      {
        orgId: 3,
        name: '临朐县住房和城乡建设局',
        kind: 'department',
        registered: 210,
        persons: 260,
        overdueNow: 3,
        forwarded: 0,
        assigned: 0,
        supervised: 0,
        rates,
      },
    ] as ReportData['bodies'],
    hot: {
      asOf,
      categories: [{ key: '1', label: '城乡建设/住房保障/物业管理', current: 96, previous: 51, growth: 0.83 }],
      regions: [],
      groups: [
        {
          size: 41,
          previous: 12,
          terms: ['物业', '停车费'],
          sample: [{ id: 7, number: 'LQXF2026000123', title: '反映物业问题' }],
          petitionIds: [7],
        },
      ],
    },
  };
}

describe('the renderers on a month of a county', async () => {
  const d = monthFixture();
  const text = await docxText(await renderReportDocx(d));

  it('the narrative states the numbers with their changes against the month before and the same month a year ago', () => {
    expect(text).toContain('本期共登记信访事项1,234件（批次）、1,502人次，批次环比上升12.2%、同比上升23.4%，人次环比持平、同比上升15.5%。');
    expect(text).toContain('及时受理率90.0%（9/10），较上期提高2.1个百分点，与去年同期持平');
    expect(text).toContain('包案化解率暂无可计算的数据');
    expect(text).toContain(
      '提出改进工作、完善政策等建议21条，已被采纳16条，采纳率76.2%。上期提出建议17条、被采纳12条。本期收到督办提出的建议3条，已采纳2条。',
    );
    expect(text).toContain('涉及“物业、停车费”的41件（上期12件）');
    expect(text).toContain('图1\u3000信访事项数量趋势（按日）');
  });

  it('what has no name (未分类, 未填写) is in the tables, not among the problems and places complained about most', () => {
    expect(text).toContain('反映较多的问题依次为：城乡建设402件，占32.6%；劳动和社会保障255件，占20.7%。');
    expect(text).toContain('信访事项较多的地区依次为：城关街道402件，占32.6%。');
    expect(text).toMatch(/\n未分类\n500\n/);
  });

  it('the Excel figures keep their numbers: percentages, signed changes, — where there is no denominator', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderReportXlsx(d)) as unknown as ExcelJS.Buffer);
    const overview = wb.getWorksheet('概况')!;
    const registered = overview.getRow(2);
    expect([registered.getCell(2).value, registered.getCell(4).value, registered.getCell(4).numFmt]).toEqual([
      1234,
      (1234 - 1100) / 1100,
      '+0.0%;-0.0%;0.0%',
    ]);
    const timely = overview.getRow(12);
    expect([timely.getCell(1).value, timely.getCell(2).value, timely.getCell(4).numFmt]).toEqual([
      '及时受理率',
      0.9,
      '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"',
    ]);
    expect(timely.getCell(4).value).toBeCloseTo(2.1);
    expect(wb.getWorksheet('数量趋势')!.rowCount).toBe(32);
    expect(wb.getWorksheet('热点问题')!.getRow(3).values).toEqual([
      undefined,
      '相似事项',
      '物业、停车费',
      41,
      12,
      29 / 12,
      'LQXF2026000123',
    ]);
  });
});
