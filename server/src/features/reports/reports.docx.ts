import { RATE_ZH, type RateKey, UNRECORDED_KEY, chineseNumber, chinaDate } from '@xinfang/domain';
import { AlignmentType, ImageRun, Packer, Paragraph, type Table, type FileChild } from 'docx';
import { officialDocument, textDate } from '../documents/index.js';
import { body, caption, free, heading1, heading2, signature, table, titleBlock } from './reports.blocks.js';
import { CHART_SIZE, pieChart, rankingChart, trendChart } from './reports.charts.js';
import type { BreakdownRow, Overview, ReportData } from './reports.data.js';
import { change, VOLUME_LABELS, WORKFLOW_LABELS } from './reports.labels.js';
import { ratio } from '../stats/index.js';

/** Charts 150 mm wide, in the pixels (1/96 inch) Word sizes pictures in. */
const CHART_WIDTH_PX = Math.round((150 / 25.4) * 96);
const CHART_HEIGHT_PX = Math.round((CHART_WIDTH_PX * CHART_SIZE.height) / CHART_SIZE.width);

const numbers = new Intl.NumberFormat('en-US');
/** 1,234 */
const n = (v: number) => numbers.format(v);
/** 12.3% (— without a denominator) */
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const count = (v: number | null) => (v === null ? '—' : n(v));
const DAYS = 'average_answer_days';
/** A rate as printed: a percentage, or the mean answer time in days. */
const rateText = (key: string, v: number | null) => (v === null ? '—' : key === DAYS ? `${v.toFixed(1)}天` : pct(v));
const rateLabel = (key: RateKey) => RATE_ZH[key];
const joined = (parts: (string | null)[], sep = '、') => parts.filter((p): p is string => !!p).join(sep);

/** 上升12.3% · 下降5.0% · 持平; null against an empty base. */
function movement(value: number, base: number | null): string | null {
  const c = change(value, base);
  if (c === null) return base === 0 && value === 0 ? '持平' : null;
  if (Math.abs(c) < 0.0005) return '持平';
  return `${c > 0 ? '上升' : '下降'}${(Math.abs(c) * 100).toFixed(1)}%`;
}

/** 较上期提高2.1个百分点 (rates), 较上年缩短1.5天 (mean answer days). */
function rateMovement(key: string, name: string, value: number | null, base: number | null): string | null {
  if (value === null || base === null) return null;
  const days = key === DAYS;
  const d = (value - base) * (days ? 1 : 100);
  if (Math.abs(d) < 0.05) return `与${name}持平`;
  const [up, down] = days ? ['延长', '缩短'] : ['提高', '降低'];
  return `较${name}${d > 0 ? up : down}${Math.abs(d).toFixed(1)}${days ? '天' : '个百分点'}`;
}

/**
 * What the period is compared with: the period before (环比) and the same period a year earlier (同比); a year's
 * period before is the year before, so a year is compared once.
 */
interface Base {
  key: 'previous' | 'lastYear';
  name: string;
  word: '环比' | '同比';
}
function basesOf(o: Overview): Base[] {
  const lastYear: Base = { key: 'lastYear', name: '去年同期', word: '同比' };
  if (o.previous.from === o.lastYear.from && o.previous.to === o.lastYear.to) return [{ ...lastYear, name: '上年' }];
  return [{ key: 'previous', name: '上期', word: '环比' }, lastYear];
}

const picture = (png: Buffer, name: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { ...free, before: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: CHART_WIDTH_PX, height: CHART_HEIGHT_PX },
        altText: { name, title: name, description: name },
      }),
    ],
  });

/** The report's charts, drawn before the document is put together. */
interface Charts {
  trend: Buffer;
  channels: Buffer | null;
  categories: Buffer | null;
}

/** Figures for narrative and charts leave out what has no name (未分类, 未填写): the tables keep it. */
const named = (rows: BreakdownRow[]) => rows.filter((r) => r.key !== UNRECORDED_KEY);
const bars = (rows: BreakdownRow[]) => named(rows).map((r) => ({ label: r.label, value: r.registered }));

async function drawCharts(d: ReportData): Promise<Charts> {
  const byDay = d.period.granularity === 'day';
  const { channel, category1 } = d.breakdowns;
  // One after another: each is rasterised off the event loop, and the machine is shared.
  const trend = await trendChart(
    d.trend.buckets.map((b) => (byDay ? `${Number(b.from.slice(8))}日` : `${Number(b.from.slice(5, 7))}月`)),
    (d.trend.series.registered ?? []).map((x) => x ?? 0),
    (d.trend.series.persons ?? []).map((x) => x ?? 0),
  );
  const channels = channel.length ? await pieChart(bars(channel)) : null;
  const categories = named(category1).length ? await rankingChart(bars(category1)) : null;
  return { trend, channels, categories };
}

/** Everything a section needs: the figures, the comparisons, the charts, and the numbering of tables and figures. */
function contextOf(d: ReportData, charts: Charts) {
  const o = d.overview;
  const bases = basesOf(o);
  const all = o.volume.registered.value;
  let tables = 0;
  let figures = 0;
  return {
    d,
    o,
    bases,
    /** The period a breakdown compares with: the one before, which for a year is the year before. */
    before: bases[0]!,
    charts,
    table: (title: string, t: Table): FileChild[] => [caption(`表${++tables}\u3000${title}`, true), t],
    figure: (title: string, png: Buffer): FileChild[] => [picture(png, title), caption(`图${++figures}\u3000${title}`, false)],
    /** ，占12.3% of all petitions of the period */
    share: (v: number) => (all ? `，占${pct(v / all)}` : ''),
    /** 批次同比上升12.3%、环比下降5.0% */
    moves: (v: { value: number; previous: number | null; lastYear: number | null }) =>
      joined(bases.map((b) => (movement(v.value, v[b.key]) ? `${b.word}${movement(v.value, v[b.key])}` : null))),
    /** Columns of a figure against each base: 上期, 环比, 去年同期, 同比. */
    against: (v: { value: number; previous: number | null; lastYear: number | null }) =>
      bases.flatMap((b) => [count(v[b.key]), movement(v.value, v[b.key]) ?? '—']),
    againstHeaders: bases.flatMap((b) => [b.name, b.word]),
  };
}
type Context = ReturnType<typeof contextOf>;

/** A breakdown as a table: name, 批次, 人次, share of all petitions, the period before, change. */
function breakdownTable(c: Context, title: string, rows: BreakdownRow[]) {
  return c.table(
    title,
    table(
      [title, '批次', '人次', '占比', c.before.name, c.before.word],
      rows.map((r) => [
        r.label,
        n(r.registered),
        n(r.persons),
        c.share(r.registered).slice(2) || '—',
        n(r.previous),
        movement(r.registered, r.previous) ?? '—',
      ]),
      [4, 1.3, 1.3, 1.3, 1.3, 1.6],
    ),
  );
}

/** 网上580件，占47.0%；来访320件，占25.9% */
const listed = (c: Context, rows: BreakdownRow[], suffix = '') =>
  joined(
    rows.map((r) => `${r.label}${suffix}${n(r.registered)}件${c.share(r.registered)}`),
    '；',
  );

/** 一、信访事项总体情况: petitions and persons with their changes, the flags, the trend. */
function overall(c: Context): FileChild[] {
  const v = c.o.volume;
  const moved = (what: string, x: typeof v.registered) => (c.moves(x) ? `，${what}${c.moves(x)}` : '');
  return [
    heading1('一、信访事项总体情况'),
    body(
      `本期共登记信访事项${n(v.registered.value)}件（批次）、${n(v.persons.value)}人次` +
        `${moved('批次', v.registered)}${moved('人次', v.persons)}。`,
    ),
    body(
      `其中，${joined(
        VOLUME_LABELS.slice(2).map(({ key, zh, unit }) => `${zh}${n(v[key].value)}${unit}`),
        '，',
      )}。`,
    ),
    ...c.table(
      '信访事项总体情况',
      table(
        ['指标', '本期', ...c.againstHeaders],
        VOLUME_LABELS.map(({ key, zh }) => [zh, n(v[key].value), ...c.against(v[key])]),
        [3.2, 1.3, ...c.bases.flatMap(() => [1.3, 1.6])],
      ),
    ),
    ...c.figure(`信访事项数量趋势（${c.d.period.granularity === 'day' ? '按日' : '按月'}）`, c.charts.trend),
  ];
}

/** 二、信访形式和类别 */
function channelsAndTypes(c: Context): FileChild[] {
  const { channel, type } = c.d.breakdowns;
  return [
    heading1('二、信访形式和类别'),
    heading2('（一）信访形式'),
    body(channel.length ? `从信访形式看，${listed(c, channel)}。` : '本期未登记信访事项。'),
    ...breakdownTable(c, '信访形式', channel),
    ...(c.charts.channels ? c.figure('信访形式构成', c.charts.channels) : []),
    heading2('（二）信访类别'),
    body(type.length ? `从信访类别看，${listed(c, type, '类')}。` : '本期未登记信访事项。'),
    ...breakdownTable(c, '信访类别', type),
  ];
}

/** 三、反映的主要问题: categories, places and hot issues. */
function problems(c: Context): FileChild[] {
  const { category1, region } = c.d.breakdowns;
  return [
    heading1('三、反映的主要问题'),
    heading2('（一）问题分类'),
    body(
      named(category1).length
        ? `按问题分类统计，反映较多的问题依次为：${listed(c, named(category1).slice(0, 5))}。`
        : '本期登记的信访事项均未归入问题分类。',
    ),
    ...breakdownTable(c, '问题分类', category1),
    ...(c.charts.categories ? c.figure('反映较多的问题', c.charts.categories) : []),
    heading2('（二）问题发生地'),
    body(
      named(region).length
        ? `按问题发生地统计，信访事项较多的地区依次为：${listed(c, named(region).slice(0, 5))}。`
        : '本期登记的信访事项均未填写问题发生地。',
    ),
    ...breakdownTable(c, '地区', region),
    heading2('（三）热点问题'),
    ...hot(c),
  ];
}

/** 热点问题: the categories and places rising fastest, and the groups of similar matters (每月一题). */
function hot(c: Context): Paragraph[] {
  const { categories, regions, groups } = c.d.hot;
  const rising = (rows: typeof categories) =>
    joined(rows.slice(0, 5).map((h) => `${h.label}（本期${n(h.current)}件，${c.before.name}${n(h.previous)}件）`));
  const out: Paragraph[] = [];
  if (categories.length || regions.length)
    out.push(
      body(
        `与${c.before.name}相比，${joined(
          [
            categories.length ? `增长较快的问题有${rising(categories)}` : null,
            regions.length ? `增长较快的地区有${rising(regions)}` : null,
          ],
          '；',
        )}。`,
      ),
    );
  if (groups.length)
    out.push(
      body(
        `内容相近、反映集中的事项有：${joined(
          groups.slice(0, 5).map((g) => `涉及“${g.terms.join('、')}”的${n(g.size)}件（${c.before.name}${n(g.previous)}件）`),
          '；',
        )}。建议从中选取群众反映集中的问题，深入调查研究，推动从源头上解决。`,
      ),
    );
  return out.length ? out : [body('本期未发现增长明显或反映集中的热点问题。')];
}

/** 四、被反映较多的单位 */
function accused(c: Context): FileChild[] {
  const top = named(c.d.breakdowns.accused).slice(0, 10);
  return [
    heading1('四、被反映较多的单位'),
    body(
      top.length
        ? `本期被反映较多的单位依次为：${joined(top.map((r) => `${r.label}（${n(r.registered)}件）`))}。`
        : '本期登记的信访事项未涉及被反映单位。',
    ),
    ...(top.length ? breakdownTable(c, '被反映单位', top) : []),
  ];
}

/** 转送、交办、催办、督办 · 退回、重办、延期 · 超期: each group one clause of the sentence. */
const WORKFLOW_GROUPS = [
  ['forwarded', 'assigned', 'urged', 'supervised'],
  ['returned', 'reworked', 'extended'],
  ['overdue_ever', 'overdue_now'],
];

/** 五、转送、交办、督办情况 */
function routing(c: Context): FileChild[] {
  const w = c.o.workflow;
  const clause = (keys: string[]) =>
    joined(
      keys.map((k) => {
        const { zh, unit } = WORKFLOW_LABELS.find((l) => l.key === k)!;
        return `${zh}${n(w[k]!.value)}${unit}`;
      }),
      '，',
    );
  return [
    heading1('五、转送、交办、督办情况'),
    body(`本期${joined(WORKFLOW_GROUPS.map(clause), '；')}。`),
    ...c.table(
      '转送、交办、督办等工作情况',
      table(
        ['项目', '本期', ...c.againstHeaders],
        WORKFLOW_LABELS.map(({ key, zh, unit }) => [`${zh}（${unit}）`, n(w[key]!.value), ...c.against(w[key]!)]),
        [3.2, 1.3, ...c.bases.flatMap(() => [1.3, 1.6])],
      ),
    ),
  ];
}

/**
 * 六、提出和采纳建议情况 (条例 Art. 40–41): the proposals the scope's bodies made in their 督办 and how many were
 * adopted, then those its bodies received from a 督办 and adopted.
 */
function proposals(c: Context): FileChild[] {
  const w = c.o.workflow;
  const [made, madeAdopted, received, adopted] = [w.proposals_made!, w.proposals_made_adopted!, w.proposals!, w.proposals_adopted!];
  const before = made.previous ? `${c.before.name}提出建议${n(made.previous)}条、被采纳${n(madeAdopted.previous ?? 0)}条。` : '';
  const receivedText = received.value ? `本期收到督办提出的建议${n(received.value)}条，已采纳${n(adopted.value)}条。` : '';
  return [
    heading1('六、提出和采纳建议情况'),
    body(
      (made.value
        ? `本期在督办工作中提出改进工作、完善政策等建议${n(made.value)}条，已被采纳${n(madeAdopted.value)}条，` +
          `采纳率${pct(ratio(madeAdopted.value, made.value))}。${before}`
        : `本期督办中未提出改进工作、完善政策的建议。${before}`) + receivedText,
    ),
  ];
}

/** 七、办理质效: every rate with its numerator and denominator. */
function quality(c: Context): FileChild[] {
  const sentence = (r: Overview['rates'][number]) => {
    const name = rateLabel(r.key).replace('（天）', '');
    if (r.value === null) return `${name}暂无可计算的数据`;
    const counts = r.key === DAYS ? '' : `（${n(r.numerator)}/${n(r.denominator)}）`;
    const moves = joined(
      c.bases.map((b) => rateMovement(r.key, b.name, r.value, r[b.key])),
      '，',
    );
    return `${name}${rateText(r.key, r.value)}${counts}${moves ? `，${moves}` : ''}`;
  };
  return [
    heading1('七、办理质效'),
    body(`${joined(c.o.rates.map(sentence), '；')}。`),
    ...c.table(
      '办理质效',
      table(
        ['指标', '本期', '分子', '分母', ...c.bases.map((b) => b.name)],
        c.o.rates.map((r) => [
          rateLabel(r.key),
          rateText(r.key, r.value),
          n(r.numerator),
          n(r.denominator),
          ...c.bases.map((b) => rateText(r.key, r[b.key])),
        ]),
        [3.4, 1.4, 1.2, 1.2, ...c.bases.map(() => 1.4)],
      ),
    ),
  ];
}

/** 八、各单位情况对比: the scope and the bodies directly below it, on how well they handle matters (never on volume). */
function bodies(c: Context): FileChild[] {
  const [, ...below] = c.d.bodies;
  const best = (key: 'on_time_conclusion' | 'timely_acceptance') =>
    below
      .filter((b) => b.rates[key].value !== null)
      .sort((a, b) => b.rates[key].value! - a.rates[key].value!)
      .slice(0, 3)
      .map((b) => `${b.name}（${pct(b.rates[key].value)}）`);
  const overdue = below.filter((b) => b.overdueNow > 0).sort((a, b) => b.overdueNow - a.overdueNow);
  const findings = joined(
    [
      best('on_time_conclusion').length ? `按期办结率较高的有${joined(best('on_time_conclusion'))}` : null,
      best('timely_acceptance').length ? `及时受理率较高的有${joined(best('timely_acceptance'))}` : null,
      overdue.length
        ? `目前仍有超期事项的有${joined(overdue.slice(0, 5).map((b) => `${b.name}（${n(b.overdueNow)}件）`))}，应督促加快办理`
        : below.length
          ? '各下级单位目前均无超期事项'
          : null,
    ],
    '；',
  );
  const keys = ['timely_acceptance', 'on_time_conclusion', 'rating_participation', 'satisfaction_handling'] as const;
  const who = below.length ? `${c.o.scope.name}及${chineseNumber(below.length)}个直属下级单位` : c.o.scope.name;
  return [
    heading1('八、各单位情况对比'),
    body(`${who}的主要指标见下表。${findings ? `${findings}。` : ''}`),
    ...c.table(
      '各单位主要指标对比',
      table(
        ['单位', '批次', '人次', '当前超期', '及时受理率', '按期办结率', '参评率', '责任单位满意率'],
        c.d.bodies.map((b) => [b.name, n(b.registered), n(b.persons), n(b.overdueNow), ...keys.map((k) => pct(b.rates[k].value))]),
        [3.4, 1, 1, 1.1, 1.3, 1.3, 1.1, 1.5],
      ),
    ),
  ];
}

/** The Word report: a narrative in formal Chinese along 条例 Art. 41, with its tables and charts. */
export async function renderReportDocx(d: ReportData): Promise<Buffer> {
  const c = contextOf(d, await drawCharts(d));
  const o = d.overview;
  const issued = textDate(chinaDate(new Date(o.asOf)));
  const children: FileChild[] = [
    ...titleBlock(d.title, `（${textDate(o.period.from)}至${textDate(o.period.to)}）`),
    body(
      `根据《信访工作条例》第四十一条的规定，现将${o.scope.name}${d.period.label}信访工作情况报告如下。` +
        `本报告数据取自信访信息系统，统计至${issued}，各单位数据均含其下级单位。`,
    ),
    ...overall(c),
    ...channelsAndTypes(c),
    ...problems(c),
    ...accused(c),
    ...routing(c),
    ...proposals(c),
    ...quality(c),
    ...bodies(c),
    ...signature(o.scope.name, issued),
  ];
  return Packer.toBuffer(officialDocument({ creator: o.scope.name, title: d.title }, children));
}
