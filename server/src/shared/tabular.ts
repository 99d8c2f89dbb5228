import { Readable } from 'node:stream';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** Rows read between two turns of the event loop: a large file never holds up other requests for long. */
const ROWS_PER_TURN = 200;

/** Excel on Chinese Windows often saves CSV as GB18030; UTF-8 (with or without BOM) otherwise. */
export function decodeText(buffer: Buffer): string {
  const utf8 = new TextDecoder('utf-8').decode(buffer);
  return utf8.includes('\uFFFD') ? new TextDecoder('gb18030').decode(buffer) : utf8.replace(/^\uFEFF/, '');
}

/** More rows than a table may have (TableTooLarge.limit): reading stops there. */
export class TableTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} rows`);
  }
}

/**
 * Collects rows from an asynchronous source, yielding to the event loop every ROWS_PER_TURN rows. Workbooks are
 * read as streams (the zip is inflated and the XML parsed in chunks), never in one synchronous pass.
 */
async function collect<T>(rows: AsyncIterable<T>, maxRows: number): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) {
    if (out.length >= maxRows) throw new TableTooLarge(maxRows);
    out.push(row);
    if (out.length % ROWS_PER_TURN === 0) await yieldToEventLoop();
  }
  return out;
}

async function* xlsxRows(buffer: Buffer): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), { styles: 'cache', sharedStrings: 'cache' });
  for await (const sheet of reader) {
    let next = 1;
    for await (const row of sheet) {
      // Blank rows are not in the file: keep the row numbers people see.
      for (; next < row.number; next++) yield [];
      const width = row.cellCount;
      yield Array.from({ length: width }, (_, c) => row.getCell(c + 1).text?.trim() ?? '');
      next = row.number + 1;
    }
    return; // the first sheet only
  }
}

function csvRows(buffer: Buffer): AsyncIterable<string[]> {
  const text = decodeText(buffer);
  const chunks = Array.from({ length: Math.ceil(text.length / 65_536) }, (_, i) => text.slice(i * 65_536, (i + 1) * 65_536));
  return Readable.from(chunks).pipe(parse({ relax_column_count: true, skip_empty_lines: false }));
}

/**
 * The cells of a CSV or XLSX file as rows of text (the first sheet of a workbook), at most maxRows of them
 * (header included; more throws TableTooLarge). Throws on other formats.
 */
export async function readRows(buffer: Buffer, filename: string, maxRows = Infinity): Promise<string[][]> {
  if (/\.xlsx$/i.test(filename)) return collect(xlsxRows(buffer), maxRows);
  if (/\.csv$/i.test(filename)) return collect(csvRows(buffer), maxRows);
  throw new Error(`unsupported table file: ${filename}`);
}

async function* jsonlRecords(buffer: Buffer): AsyncGenerator<Record<string, string>> {
  for (const line of decodeText(buffer).split(/\r?\n/)) {
    if (!line.trim()) continue;
    const entries = Object.entries(JSON.parse(line) as Record<string, unknown>);
    yield Object.fromEntries(entries.map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));
  }
}

/**
 * Rows as records keyed by the header row (CSV, XLSX) or as the objects of a JSON Lines file; at most maxRows
 * records (more throws TableTooLarge).
 */
export async function readRecords(buffer: Buffer, filename: string, maxRows = Infinity): Promise<Record<string, string>[]> {
  if (/\.jsonl$/i.test(filename)) return collect(jsonlRecords(buffer), maxRows);
  const [header = [], ...rows] = await readRows(buffer, filename, maxRows + 1).catch((err: unknown) => {
    throw err instanceof TableTooLarge ? new TableTooLarge(maxRows) : err; // the limit counts records, not the header
  });
  return rows.filter((r) => r.some((c) => c.trim())).map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])));
}
