import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** Excel on Chinese Windows often saves CSV as GB18030; UTF-8 (with or without BOM) otherwise. */
export function decodeText(buffer: Buffer): string {
  const utf8 = new TextDecoder('utf-8').decode(buffer);
  return utf8.includes('\uFFFD') ? new TextDecoder('gb18030').decode(buffer) : utf8.replace(/^\uFEFF/, '');
}

/** The cells of a CSV or XLSX file as rows of text (the first sheet of a workbook). Throws on other formats. */
export async function readRows(buffer: Buffer, filename: string): Promise<string[][]> {
  if (/\.xlsx$/i.test(filename)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    if (!sheet) return [];
    const width = sheet.columnCount;
    const table: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      table[n - 1] = Array.from({ length: width }, (_, c) => row.getCell(c + 1).text?.trim() ?? '');
    });
    return Array.from(table, (r) => r ?? []);
  }
  if (/\.csv$/i.test(filename)) return parse(decodeText(buffer), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  throw new Error(`unsupported table file: ${filename}`);
}

/** Rows as records keyed by the header row (CSV, XLSX) or as the objects of a JSON Lines file. */
export async function readRecords(buffer: Buffer, filename: string): Promise<Record<string, string>[]> {
  if (/\.jsonl$/i.test(filename)) {
    return decodeText(buffer)
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((l) =>
        Object.fromEntries(
          Object.entries(JSON.parse(l) as Record<string, unknown>).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]),
        ),
      );
  }
  const [header = [], ...rows] = await readRows(buffer, filename);
  return rows.filter((r) => r.some((c) => c.trim())).map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])));
}
