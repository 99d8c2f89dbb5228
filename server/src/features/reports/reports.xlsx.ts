import { RATE_ZH } from '@xinfang/domain';
import ExcelJS from 'exceljs';
import { addBodiesSheet, ratio } from '../stats/index.js';
import { REPORT_DIMS, type BreakdownRow, type ReportData } from './reports.data.js';
import { change, DIM_LABELS, VOLUME_LABELS, WORKFLOW_LABELS } from './reports.labels.js';

type Value = string | number | Date | null;
/** How a cell shows its number: rates as percentages, changes signed, dates as 2026-11-28. */
const FORMATS = {
  text: undefined,
  count: '#,##0',
  percent: '0.0%',
  change: '+0.0%;-0.0%;0.0%',
  points: '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"',
  days: '0.0',
  dayChange: '+0.0"天";-0.0"天";0.0"天"',
  date: 'yyyy-mm-dd',
} as const;
type Format = keyof typeof FORMATS;
interface Column {
  header: string;
  width: number;
  format: Format;
}
/** A row of values, each with its column's format unless it names its own. */
type Own = { value: Value; format: Format };
type Row = (Value | Own)[];
const isOwn = (v: Value | Own): v is Own => v !== null && typeof v === 'object' && !(v instanceof Date);

/** A sheet of one table: bold, frozen header row; an absent figure (zero denominator) shows as —. */
function addTable(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: Row[]) {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map((v) => (isOwn(v) ? v.value : v)));
    row.forEach((v, i) => {
      const cell = added.getCell(i + 1);
      const format = isOwn(v) ? v.format : columns[i]!.format;
      if (cell.value === null && format !== 'text') {
        cell.value = '—';
        cell.alignment = { horizontal: 'right' };
      } else if (FORMATS[format]) cell.numFmt = FORMATS[format];
    });
  }
  return sheet;
}

/** A calendar day as the spreadsheet date of that day. */
const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
/** The difference of two rates in percentage points (or of two means in days). */
const points = (value: number | null, base: number | null, scale: number) =>
  value === null || base === null ? null : (value - base) * scale;

function overviewSheet(wb: ExcelJS.Workbook, d: ReportData) {
  const o = d.overview;
  const rateRows: Row[] = o.rates.map((r) => {
    const days = r.key === 'average_answer_days';
    const [value, diff] = days ? (['days', 'dayChange'] as const) : (['percent', 'points'] as const);
    const delta = (base: number | null) => points(r.value, base, days ? 1 : 100);
    return [
      RATE_ZH[r.key],
      { value: r.value, format: value },
      { value: r.previous, format: value },
      { value: delta(r.previous), format: diff },
      { value: r.lastYear, format: value },
      { value: delta(r.lastYear), format: diff },
      r.numerator,
      r.denominator,
    ];
  });
  const sheet = addTable(
    wb,
    '概况',
    [
      { header: '指标', width: 22, format: 'text' },
      { header: '本期', width: 12, format: 'count' },
      { header: '上期', width: 12, format: 'count' },
      { header: '环比', width: 16, format: 'change' },
      { header: '去年同期', width: 12, format: 'count' },
      { header: '同比', width: 16, format: 'change' },
      { header: '分子', width: 10, format: 'count' },
      { header: '分母', width: 10, format: 'count' },
    ],
    [
      ...VOLUME_LABELS.map(({ key, zh }) => {
        const v = o.volume[key];
        return [zh, v.value, v.previous, change(v.value, v.previous), v.lastYear, change(v.value, v.lastYear), '', ''];
      }),
      ...rateRows,
    ],
  );
  // Below the table: what the figures are of.
  sheet.addRow([]);
  const note = (label: string, ...values: Value[]) => {
    const row = sheet.addRow([label, ...values]);
    row.getCell(1).font = { bold: true };
    values.forEach((v, i) => v instanceof Date && (row.getCell(i + 2).numFmt = 'yyyy-mm-dd'));
  };
  note('统计单位', o.scope.name);
  note('统计期间', day(o.period.from), day(o.period.to));
  note('上期', day(o.previous.from), day(o.previous.to));
  note('去年同期', day(o.lastYear.from), day(o.lastYear.to));
  note('数据截至', new Date(o.asOf));
  sheet.lastRow!.getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
  note('说明', '各单位数据均含其下级单位；比率分母为零时记为“—”；比率的环比、同比为百分点之差。');
}

/** 采纳率 of the proposals made, now, before and a year ago, with the changes in percentage points. */
function adoptionRow(w: ReportData['overview']['workflow']): Row {
  const [made, adopted] = [w.proposals_made!, w.proposals_made_adopted!];
  const now = ratio(adopted.value, made.value);
  const before = ratio(adopted.previous, made.previous);
  const lastYear = ratio(adopted.lastYear, made.lastYear);
  const pct = (value: number | null) => ({ value, format: 'percent' as const });
  const pp = (value: number | null) => ({ value, format: 'points' as const });
  return ['采纳率', pct(now), pct(before), pp(points(now, before, 100)), pct(lastYear), pp(points(now, lastYear, 100))];
}

function breakdownSheet(wb: ExcelJS.Workbook, name: string, rows: BreakdownRow[], registered: number) {
  addTable(
    wb,
    name,
    [
      { header: name, width: 32, format: 'text' },
      { header: '批次', width: 10, format: 'count' },
      { header: '人次', width: 10, format: 'count' },
      { header: '占比', width: 10, format: 'percent' },
      { header: '上期批次', width: 10, format: 'count' },
      { header: '环比', width: 10, format: 'change' },
    ],
    rows.map((r) => [
      r.label,
      r.registered,
      r.persons,
      registered ? r.registered / registered : null,
      r.previous,
      change(r.registered, r.previous),
    ]),
  );
}

/** The Excel report: one sheet per table, Chinese headers, rates as percentages. */
export async function renderReportXlsx(d: ReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = d.overview.scope.name;
  wb.title = d.title;
  wb.created = new Date(d.overview.asOf);
  const o = d.overview;

  overviewSheet(wb, d);
  addTable(
    wb,
    '数量趋势',
    [
      { header: d.period.granularity === 'day' ? '日期' : '月份', width: 12, format: 'text' },
      { header: '起始日期', width: 12, format: 'date' },
      { header: '截止日期', width: 12, format: 'date' },
      { header: '批次', width: 10, format: 'count' },
      { header: '人次', width: 10, format: 'count' },
    ],
    d.trend.buckets.map((b, i) => [b.label, day(b.from), day(b.to), d.trend.series.registered?.[i] ?? 0, d.trend.series.persons?.[i] ?? 0]),
  );
  for (const dim of REPORT_DIMS) breakdownSheet(wb, DIM_LABELS[dim], d.breakdowns[dim], o.volume.registered.value);
  addBodiesSheet(wb, d.bodies);

  const triple = [
    { header: '本期', width: 10, format: 'count' },
    { header: '上期', width: 10, format: 'count' },
    { header: '环比', width: 10, format: 'change' },
    { header: '去年同期', width: 10, format: 'count' },
    { header: '同比', width: 10, format: 'change' },
  ] as const satisfies Column[];
  const changes = (v: { value: number; previous: number | null; lastYear: number | null }): Row => [
    v.value,
    v.previous,
    v.previous === null ? null : change(v.value, v.previous),
    v.lastYear,
    v.lastYear === null ? null : change(v.value, v.lastYear),
  ];
  addTable(
    wb,
    '工作情况',
    [{ header: '项目', width: 16, format: 'text' }, { header: '单位', width: 6, format: 'text' }, ...triple],
    WORKFLOW_LABELS.map(({ key, zh, unit }) => [zh, unit, ...changes(o.workflow[key]!)]),
  );
  addTable(
    wb,
    '建议采纳',
    [{ header: '项目', width: 16, format: 'text' }, ...triple],
    [
      ['提出建议（条）', ...changes(o.workflow.proposals_made!)],
      ['被采纳建议（条）', ...changes(o.workflow.proposals_made_adopted!)],
      adoptionRow(o.workflow),
      ['收到建议（条）', ...changes(o.workflow.proposals!)],
      ['采纳收到的建议（条）', ...changes(o.workflow.proposals_adopted!)],
    ],
  );
  addTable(
    wb,
    '热点问题',
    [
      { header: '类型', width: 12, format: 'text' },
      { header: '热点', width: 36, format: 'text' },
      { header: '本期', width: 8, format: 'count' },
      { header: '上期', width: 8, format: 'count' },
      { header: '环比', width: 10, format: 'change' },
      { header: '示例事项编号', width: 48, format: 'text' },
    ],
    [
      ...d.hot.categories.map((h) => ['增长较快的问题', h.label, h.current, h.previous, change(h.current, h.previous), null]),
      ...d.hot.regions.map((h) => ['增长较快的地区', h.label, h.current, h.previous, change(h.current, h.previous), null]),
      ...d.hot.groups.map((g) => [
        '相似事项',
        g.terms.join('、'),
        g.size,
        g.previous,
        change(g.size, g.previous),
        // Numbers only: the work list opens each to those allowed to see it (an accusation never reaches the accused).
        g.sample.map((s) => s.number).join('、'),
      ]),
    ],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
