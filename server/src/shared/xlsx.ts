import type ExcelJS from 'exceljs';

const thin = { style: 'thin' } as const;

/**
 * A sheet of a report workbook: A4 landscape fitted to the page width, the report's title merged over its header
 * row, every cell below the title ruled (the reception compliance report, the disputes' monthly summary).
 */
export function sheetOf(wb: ExcelJS.Workbook, name: string, title: string, header: string[], rows: (string | number)[][]) {
  const sheet = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((c, i) => (c.width = i < 2 ? 18 : 11));
  sheet.eachRow((row, n) => {
    if (n > 1) row.eachCell((cell) => (cell.border = { top: thin, left: thin, bottom: thin, right: thin }));
  });
  return sheet;
}
