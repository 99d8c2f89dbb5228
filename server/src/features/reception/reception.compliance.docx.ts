import { chinaDate, longDate, MATTER_FIGURE_ZH, MATTER_FIGURES, RECEPTION_LEVEL_ZH, RECEPTION_VIOLATION_ZH } from '@xinfang/domain';
import { Packer, type FileChild } from 'docx';
import { officialDocument } from '../documents/index.js';
import { body, caption, heading1, signature, table, titleBlock } from '../reports/index.js';
import { COUNT_COLUMNS } from './reception.compliance.js';
import type { ComplianceDto, Tally } from './reception.compliance.schema.js';

const PLAN_COLUMNS = COUNT_COLUMNS.slice(0, 7);

/** 表1 (numbered) over its table. */
function numbered() {
  let n = 0;
  return (title: string, headers: string[], rows: string[][], weights: number[]): FileChild[] => [
    caption(`表${++n}\u3000${title}`, true),
    table(headers, rows, weights),
  ];
}

const planRow = (name: string, t: Tally) => [name, ...PLAN_COLUMNS.map(([k]) => String(t[k]))];
const matterRow = (name: string, t: Tally) => [name, ...MATTER_FIGURES.map((f) => String(t.matters[f]))];

/** 本期计划安排领导接访12次，按计划接访10次，… */
function planSentence(t: Tally) {
  const [planned, held, missed, upcoming, unscheduled, outreach, invitation] = PLAN_COLUMNS.map(([k]) => t[k]);
  return (
    `本期计划安排领导接访${planned}次，按计划接访${held}次，未按计划接访${missed}次` +
    `${upcoming ? `，尚未到期${upcoming}次` : ''}；计划外接访${unscheduled}次，领导下访${outreach}次，领导约访${invitation}次。`
  );
}

/**
 * 合规情况报告 in Word, GB/T 9704 look as the statistics report: title, period, the plan kept per level and leader,
 * the rules applied to what was held, the visitors as context, the matters raised and how they ended; 落款 and date.
 */
export async function complianceDocx(r: ComplianceDto, now = new Date()): Promise<Buffer> {
  const t = r.total;
  const m = t.matters;
  const issued = longDate(chinaDate(now));
  const tableOf = numbered();
  const levels = r.levels.map((l) => ({ name: RECEPTION_LEVEL_ZH[l.level], t: l as Tally }));
  const leaders = r.leaders.map((l) => ({ name: `${l.leader.name}（${l.org.name}）`, t: l as Tally }));
  const violations = r.violations.map(
    (v) =>
      `${v.org.name}${RECEPTION_VIOLATION_ZH[v.kind]}（${v.kind === 'week_short' ? `${longDate(v.date)}当周接访${v.held}次，应接访${v.required}次` : longDate(v.date)}）`,
  );
  const children: FileChild[] = [
    ...titleBlock(r.title, `（${longDate(r.from)}至${longDate(r.to)}）`),
    body(
      `现将${r.org.name}${r.subordinates ? '及所属单位' : ''}本期领导接访工作情况通报如下。本通报数据取自信访信息系统，统计至${issued}` +
        `${r.checkedTo && r.checkedTo < r.to ? `，接访计划执行情况和接访规则执行情况统计至${longDate(r.checkedTo)}` : ''}。`,
    ),
    heading1('一、接访计划执行情况'),
    body(planSentence(t)),
    ...tableOf(
      '各层级领导接访计划执行情况',
      ['层级', ...PLAN_COLUMNS.map(([, zh]) => zh)],
      [...levels.map((l) => planRow(l.name, l.t)), planRow('合计', t)],
      [3, 1, 1, 1, 1, 1, 1, 1],
    ),
    ...tableOf(
      '领导个人接访计划执行情况',
      ['接访领导', ...PLAN_COLUMNS.map(([, zh]) => zh)],
      leaders.map((l) => planRow(l.name, l.t)),
      [3, 1, 1, 1, 1, 1, 1, 1],
    ),
    heading1('二、接访制度执行情况'),
    body(
      violations.length
        ? `对照领导接访制度，本期存在以下情况：${violations.join('；')}。`
        : '对照领导接访制度，本期未发现应接访而未接访的情况。',
    ),
    ...(r.missed.length
      ? [body(`未按计划接访的有：${r.missed.map((x) => `${x.leader.name}（${x.org.name}，${longDate(x.date)}）`).join('；')}。`)]
      : []),
    heading1('三、接待来访情况'),
    body(`本期领导共接待来访群众${t.batches}批次、${t.persons}人次。来访批次和人次仅反映工作量，不作为考核和排名的依据。`),
    heading1('四、反映事项办理情况'),
    body(
      `领导接访中群众反映事项${m.raised}件，其中当场解决${m.solved}件、交办${m.assigned}件、告知法定途径${m.legal_route}件；` +
        `交办事项已办结${m.concluded}件，其中按期办结${m.on_time}件；参评${m.rated}件，其中满意${m.satisfied}件。`,
    ),
    ...tableOf(
      '领导接访反映事项办理情况',
      ['接访领导', ...MATTER_FIGURES.map((f) => MATTER_FIGURE_ZH[f])],
      [...leaders, { name: '合计', t }].map((l) => matterRow(l.name, l.t)),
      [3, 1, 1, 1, 1, 1, 1, 1, 1],
    ),
    ...signature(r.org.name, issued),
  ];
  return Packer.toBuffer(officialDocument({ creator: r.org.name, title: r.title }, children));
}
