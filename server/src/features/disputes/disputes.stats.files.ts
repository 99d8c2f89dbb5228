import { chinaDate, DISPUTE_FIGURE_ZH, DISPUTE_FIGURES, DISPUTE_KIND_ZH, DISPUTE_RATES, longDate, type DisputeRate } from '@xinfang/domain';
import { Packer, type FileChild } from 'docx';
import ExcelJS from 'exceljs';
import { sheetOf } from '../../shared/xlsx.js';
import { officialDocument } from '../documents/index.js';
import { body, caption, heading1, signature, table, titleBlock } from '../reports/index.js';
import type { DisputeStatsReport, DisputeTally } from './disputes.stats.js';

const RATES = Object.keys(DISPUTE_RATES) as DisputeRate[];
const header = [...DISPUTE_FIGURES.map((f) => DISPUTE_FIGURE_ZH[f]), ...RATES.map((r) => `${DISPUTE_RATES[r].zh}（%）`), '平均化解天数'];
const cells = (t: DisputeTally) => [...DISPUTE_FIGURES.map((f) => t[f]), ...RATES.map((r) => t[r] ?? '—'), t.avgDaysToSettle ?? '—'];
const titleOf = (r: DisputeStatsReport) => `${r.org.name}矛盾纠纷排查调处情况`;
const rowsOf = (r: DisputeStatsReport) => ({
  kinds: r.byKind.map((k) => [DISPUTE_KIND_ZH[k.kind], ...cells(k)]),
  bodies: r.byBody.map((b) => [b.org.name, ...cells(b)]),
  places: r.byPlace.map((p) => [p.region.name, ...cells(p)]),
});

/** The monthly (or any period's) summary as a workbook: by kind, by registering body, by place, each with the total. */
export async function disputeStatsWorkbook(r: DisputeStatsReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const title = `${titleOf(r)}（${r.from}至${r.to}）`;
  const total = ['合计', ...cells(r.total)];
  const rows = rowsOf(r);
  sheetOf(wb, '按纠纷类型', title, ['纠纷类型', ...header], [...rows.kinds, total]);
  sheetOf(wb, '按登记单位', title, ['登记单位', ...header], [...rows.bodies, total]);
  sheetOf(wb, '按发生地', title, ['发生地', ...header], [...rows.places, total]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same as a Word 通报 in the GB/T 9704 look of the other reports: the figures in sentences, then the tables. */
export async function disputeStatsDocx(r: DisputeStatsReport, now = new Date()): Promise<Buffer> {
  const t = r.total;
  const rows = rowsOf(r);
  const short = header.slice(0, 5);
  const narrow = (x: (string | number)[]) => x.slice(0, 6).map(String);
  const children: FileChild[] = [
    ...titleBlock(titleOf(r), `（${longDate(r.from)}至${longDate(r.to)}）`),
    body(
      `本期共排查登记矛盾纠纷${t.registered}件，调解成功${t.settled}件，调解不成${t.failed}件，当事人撤回${t.withdrawn}件，` +
        `上报上级${t.escalated}件，转为信访事项${t.petitioned}件，尚在调处${t.open}件。` +
        `${t.successRate === null ? '' : `调解成功率${t.successRate}%，`}` +
        `已回访${t.followedUp}件，其中协议履行${t.kept}件${t.keptRate === null ? '' : `，协议履行率${t.keptRate}%`}` +
        `${t.avgDaysToSettle === null ? '' : `；达成协议平均用时${t.avgDaysToSettle}天`}。`,
    ),
    body('本通报统计的是矛盾纠纷事项及其调处情况，不涉及对群众个人的评价，不以信访数量多少评价村（居）工作。'),
    heading1('一、按纠纷类型'),
    caption('表1\u3000各类型矛盾纠纷调处情况', true),
    table(['纠纷类型', ...short], [...rows.kinds, ['合计', ...cells(t)]].map(narrow), [2, 1, 1, 1, 1, 1]),
    heading1('二、按登记单位'),
    caption('表2\u3000各单位矛盾纠纷调处情况', true),
    table(['登记单位', ...short], [...rows.bodies, ['合计', ...cells(t)]].map(narrow), [3, 1, 1, 1, 1, 1]),
    heading1('三、按发生地'),
    caption('表3\u3000各地矛盾纠纷调处情况', true),
    table(['发生地', ...short], [...rows.places, ['合计', ...cells(t)]].map(narrow), [3, 1, 1, 1, 1, 1]),
    ...signature(r.org.name, longDate(chinaDate(now))),
  ];
  return Packer.toBuffer(officialDocument({ creator: r.org.name, title: titleOf(r) }, children));
}
