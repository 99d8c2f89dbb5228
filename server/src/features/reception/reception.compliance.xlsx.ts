import ExcelJS from 'exceljs';
import { MATTER_FIGURE_ZH, MATTER_FIGURES, RECEPTION_LEVEL_ZH, RECEPTION_VIOLATION_ZH } from '@xinfang/domain';
import { sheetOf } from '../../shared/xlsx.js';
import { COUNT_COLUMNS } from './reception.compliance.js';
import type { ComplianceDto, Tally } from './reception.compliance.schema.js';

const counts = (t: Tally) => [...COUNT_COLUMNS.map(([k]) => t[k]), ...MATTER_FIGURES.map((f) => t.matters[f])];
const countHeader = [...COUNT_COLUMNS.map(([, zh]) => zh), ...MATTER_FIGURES.map((f) => `事项·${MATTER_FIGURE_ZH[f]}`)];

/** 合规情况报告 as a workbook: per leader (with each level's and the total row), the rule violations, the missed receptions. */
export async function complianceWorkbook(r: ComplianceDto): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheetOf(
    wb,
    '领导接访情况',
    r.title,
    ['接访领导', '单位', '层级', ...countHeader],
    [
      ...r.leaders.map((l) => [l.leader.name, l.org.name, RECEPTION_LEVEL_ZH[l.level], ...counts(l)]),
      ...r.levels.map((l) => [`${RECEPTION_LEVEL_ZH[l.level]}小计`, '', RECEPTION_LEVEL_ZH[l.level], ...counts(l)]),
      ['合计', '', '', ...counts(r.total)],
    ],
  );
  sheetOf(
    wb,
    '违反接访规则情况',
    r.title,
    ['单位', '层级', '情形', '日期（周一）', '实际接访', '应接访'],
    r.violations.map((v) => [
      v.org.name,
      RECEPTION_LEVEL_ZH[v.level],
      RECEPTION_VIOLATION_ZH[v.kind],
      v.date,
      v.held ?? '',
      v.required ?? '',
    ]),
  );
  sheetOf(
    wb,
    '未按计划接访',
    r.title,
    ['日期', '接访领导', '单位'],
    r.missed.map((m) => [m.date, m.leader.name, m.org.name]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
