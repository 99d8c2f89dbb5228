import ExcelJS from 'exceljs';
import { DUTY_ROLES, DUTY_SHIFT_KIND_ZH, isoWeekday, rosterDays, shiftHours, WEEKDAY_ZH } from '@xinfang/domain';
import type { ShiftDto } from './reception.duty.schema.js';

/**
 * 值班表 for printing: one row a day (date, weekday, shift, leader, manager, desk officers), the body and month as
 * the title, A4 landscape fitted to the page's width, the header row repeated on every page.
 */
export async function rosterWorkbook(orgName: string, month: string, shifts: readonly ShiftDto[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('值班表', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  const title = `${orgName} ${month.replace('-', ' 年 ')} 月值班表`;
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  const header = sheet.addRow(['日期', '星期', '班次', '带班领导', '值班中层', '值日员']);
  header.font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = [12, 8, 26, 14, 14, 24][i]));
  for (const { date, shifts: of } of rosterDays(shifts)) {
    const first = of[0]!;
    const { start, end, nextDay } = shiftHours(first);
    const names = DUTY_ROLES.map((role) =>
      of
        .filter((s) => s.role === role)
        .map((s) => s.userName)
        .join('、'),
    );
    sheet.addRow([
      date,
      WEEKDAY_ZH[isoWeekday(date)],
      `${DUTY_SHIFT_KIND_ZH[first.kind]} ${start}—${nextDay ? '次日 ' : ''}${end}`,
      ...names,
    ]);
  }
  sheet.eachRow((row, n) => {
    if (n > 1)
      row.eachCell(
        (cell) => (cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }),
      );
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
