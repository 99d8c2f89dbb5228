/** Splits one CSV line (quotes, doubled quotes, commas inside quotes). Pure. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The column names of a CSV (header row) or JSONL (keys of the first object) file's first line; [] otherwise. Pure. */
export function columnsOf(filename: string, firstLine: string): string[] {
  const line = firstLine.replace(/^\uFEFF/, '').replace(/\r$/, '');
  const lower = filename.toLowerCase();
  if (lower.endsWith('.csv')) return splitCsvLine(line);
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    try {
      const v = JSON.parse(line) as unknown;
      return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** Reads just the first line of a text file (the first 64 KB), for its columns. */
export async function readColumns(file: File): Promise<string[]> {
  if (file.name.toLowerCase().endsWith('.xlsx')) return [];
  const text = await file.slice(0, 64 * 1024).text();
  return columnsOf(file.name, text.split('\n')[0] ?? '');
}

/** Guesses a mapping from common column names (Chinese or English). Pure. */
export function guessMapping(columns: string[]): Record<string, string> {
  const guesses: Record<string, string[]> = {
    externalId: ['externalId', 'id', '编号', '留言编号', 'message_id'],
    title: ['title', '标题', '留言主题', '主题'],
    content: ['content', '内容', '留言详情', '详情', 'text'],
    receivedAt: ['receivedAt', '时间', '留言时间', '日期', 'time', 'date'],
    petitionerName: ['petitionerName', '姓名', '留言用户', '信访人', 'name', 'user'],
    phone: ['phone', '电话', '手机', '联系电话'],
    category: ['category', '分类', '一级标签', '一级分类', 'label'],
    channel: ['channel', '信访形式', '渠道'],
    type: ['type', '类别', '信访类别'],
  };
  const out: Record<string, string> = {};
  for (const [field, names] of Object.entries(guesses)) {
    const hit = names.find((n) => columns.some((c) => c.toLowerCase() === n.toLowerCase()));
    if (hit) out[field] = columns.find((c) => c.toLowerCase() === hit.toLowerCase())!;
  }
  return out;
}

/** The counts a finished (or running) job's summary shows; a dry run creates nothing, so it shows what would be. Pure. */
export function jobCounts(job: { dryRun: boolean; processed: number; created: number; skipped: number; errors: { row: number }[] }): {
  created: number;
  skipped: number;
  errorRows: number;
} {
  const errorRows = new Set(job.errors.map((e) => e.row)).size;
  const created = job.dryRun ? Math.max(0, job.processed - job.skipped - errorRows) : job.created;
  return { created, skipped: job.skipped, errorRows };
}
