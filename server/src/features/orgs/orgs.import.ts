import { ORG_KINDS, type OrgKind, ORG_KIND_ZH } from '@xinfang/domain';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.js';
import { readRows } from '../../shared/tabular.js';
import { UNSTORABLE_MESSAGE, unstorablePath } from '../../shared/validators.js';
import { createOrgBody } from './orgs.schema.js';
import type { ImportRow, ImportRowError } from './orgs.service.js';

/** Columns of the import file, in template order. */
const COLUMNS = [
  { key: 'name', header: '机构名称', required: true },
  { key: 'shortName', header: '简称' },
  { key: 'kind', header: '机构类别', required: true },
  { key: 'parent', header: '上级机构（名称或编码）', required: true },
  { key: 'code', header: '机构编码' },
  { key: 'regionCode', header: '行政区划代码' },
  { key: 'contactPerson', header: '联系人' },
  { key: 'contactPhone', header: '联系电话' },
  { key: 'address', header: '地址' },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];

const rowSchema = createOrgBody.omit({ parentId: true });

function kindOf(value: string): OrgKind | undefined {
  const v = value.trim();
  if ((ORG_KINDS as readonly string[]).includes(v)) return v as OrgKind;
  return (Object.entries(ORG_KIND_ZH) as [OrgKind, string][]).find(([, label]) => label === v)?.[0];
}

async function readTable(buffer: Buffer, filename: string): Promise<string[][]> {
  try {
    return await readRows(buffer, filename);
  } catch {
    throw new AppError('import_file_unreadable');
  }
}

/** Reads an uploaded CSV/XLSX into checked rows; every problem is reported with its row number. */
export async function parseOrgImport(buffer: Buffer, filename: string): Promise<{ rows: ImportRow[]; errors: ImportRowError[] }> {
  const table = await readTable(buffer, filename);
  const header = (table[0] ?? []).map((h) => String(h).trim());
  const index = new Map<ColumnKey, number>();
  for (const col of COLUMNS) {
    const i = header.findIndex((h) => h === col.header || h.startsWith(col.header.replace(/（.*$/, '')));
    if (i >= 0) index.set(col.key, i);
  }
  const missing = COLUMNS.filter((c) => 'required' in c && !index.has(c.key)).map((c) => c.header);
  if (missing.length)
    throw new AppError('import_invalid', { rows: [{ row: 1, field: 'header', message: `缺少列：${missing.join('、')}` }] });

  const rows: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  table.slice(1).forEach((cells, i) => {
    const rowNumber = i + 2; // as the spreadsheet shows it, header being row 1
    const cell = (key: ColumnKey) => String(cells[index.get(key) ?? -1] ?? '').trim();
    if (cells.every((c) => !String(c ?? '').trim())) return;
    const unstorable = unstorablePath(cells);
    if (unstorable !== null) {
      errors.push({ row: rowNumber, field: header[Number(unstorable)] ?? '', message: UNSTORABLE_MESSAGE });
      return;
    }
    const kindText = cell('kind');
    const kind = kindOf(kindText);
    if (!kind) errors.push({ row: rowNumber, field: 'kind', message: kindText ? `未知的机构类别“${kindText}”` : '请填写机构类别' });
    const parsed = rowSchema.safeParse({
      kind: kind ?? 'department',
      name: cell('name'),
      shortName: cell('shortName'),
      code: cell('code'),
      regionCode: cell('regionCode'),
      contactPerson: cell('contactPerson'),
      contactPhone: cell('contactPhone'),
      address: cell('address'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ row: rowNumber, field: String(issue.path[0] ?? ''), message: issue.message });
      return;
    }
    rows.push({ row: rowNumber, parent: cell('parent'), input: parsed.data });
  });
  if (rows.length === 0 && errors.length === 0) errors.push({ row: 2, field: 'name', message: '文件中没有数据行' });
  return { rows, errors };
}

/** The import template: header row, two example rows, and a sheet of the accepted kinds. */
export async function orgImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('机构');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === 'address' ? 36 : 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    name: '示例镇人民政府',
    shortName: '示例镇',
    kind: '乡镇街道',
    parent: '（上级机构名称或编码）',
    code: 'SLZ',
    regionCode: '370724101',
    contactPhone: '0536-3212345',
  });
  sheet.addRow({ name: '示例村村民委员会', kind: '村居', parent: 'SLZ' });
  const kinds = wb.addWorksheet('机构类别');
  kinds.columns = [
    { header: '机构类别（填写此列中文）', key: 'label', width: 28 },
    { header: '代码', key: 'code', width: 18 },
  ];
  for (const [code, label] of Object.entries(ORG_KIND_ZH)) kinds.addRow({ label, code });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
