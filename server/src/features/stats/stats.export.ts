import { RATES, RATE_ZH } from '@xinfang/domain';
import ExcelJS from 'exceljs';
import type { Actor } from '../../auth/actor.js';
import type { StatsQuery, StatsService } from './stats.service.js';

type BodyRow = Awaited<ReturnType<StatsService['bodies']>>['rows'][number];

/** 单位对比 as a worksheet: shared by the export and the reports. */
export function addBodiesSheet(wb: ExcelJS.Workbook, rows: BodyRow[], title = '单位对比') {
  const sheet = wb.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '单位', key: 'name', width: 28 },
    { header: '登记（批次）', key: 'registered', width: 12 },
    { header: '人次', key: 'persons', width: 10 },
    { header: '当前超期', key: 'overdueNow', width: 10 },
    { header: '转送', key: 'forwarded', width: 8 },
    { header: '交办', key: 'assigned', width: 8 },
    { header: '督办', key: 'supervised', width: 8 },
    ...RATES.map((r) => ({ header: RATE_ZH[r.key], key: r.key, width: 14 })),
  ];
  for (const row of rows) {
    const added = sheet.addRow({
      ...row,
      ...Object.fromEntries(RATES.map((r) => [r.key, row.rates[r.key].value])),
    });
    for (const r of RATES) added.getCell(r.key).numFmt = r.key === 'average_answer_days' ? '0.0' : '0.0%';
  }
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

export function createStatsExport({ stats }: { stats: StatsService }) {
  return {
    async bodies(actor: Actor, q: StatsQuery): Promise<Buffer> {
      const wb = new ExcelJS.Workbook();
      addBodiesSheet(wb, (await stats.bodies(actor, q)).rows);
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  };
}
export type StatsExport = ReturnType<typeof createStatsExport>;
