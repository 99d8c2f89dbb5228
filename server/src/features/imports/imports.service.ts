import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { sql } from 'kysely';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actorOfUser, type Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { JobQueue } from '../../jobs/queue.js';
import { readRecords, TableTooLarge } from '../../shared/tabular.js';
import { UNSTORABLE_MESSAGE, unstorablePath } from '../../shared/validators.js';
import { userRecords } from '../auth/index.js';
import { categoryRecords } from '../categories/index.js';
import { inScope } from '../../auth/actor.js';
import { CHANNELS, PETITION_TYPES, addDays, chinaDate } from '@xinfang/domain';
import { orgRecords } from '../orgs/index.js';
import { petitionRecords, checkRegistration, registerBody, type RegisterInput, type PetitionsService } from '../petitions/index.js';
import { importsRepository } from './imports.repository.js';
import { mappingSchema, type Mapping } from './imports.schema.js';

/** The bundled sample of real messages (server/data/README.md) and how its keys map. */
export const DEMO_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/messages-sample.jsonl');
export const DEMO_MAPPING: Mapping = mappingSchema.parse({
  externalId: 'id',
  title: 'title',
  content: 'body',
  receivedAt: 'time',
  petitionerName: 'user',
  category: 'silver_label',
  defaults: { channel: 'online', type: 'appeal' },
  externalIdPrefix: 'tipdm:',
});

const CHANNEL_LABELS: Record<string, string> = {
  网上: 'online',
  网上信访: 'online',
  来信: 'letter',
  来访: 'visit',
  来电: 'phone',
  传真: 'fax',
  电子邮件: 'email',
  视频接访: 'video',
  短信: 'sms',
  微信: 'wechat',
  '12345热线': 'hotline',
  热线: 'hotline',
  领导信箱: 'mailbox',
};
const TYPE_LABELS: Record<string, string> = { 建议意见: 'suggestion', 建议: 'suggestion', 检举控告: 'accusation', 申诉求决: 'appeal' };
const MAX_REPORTED_ERRORS = 1000;
/** Serialises imports of the bundled sample (pg_advisory_lock key). */
const DEMO_IMPORT_LOCK = 7246157;

type RowError = { row: number; field: string; message: string };
type ImportJob = NonNullable<Awaited<ReturnType<typeof importsRepository.findById>>>;

/**
 * The sample's messages span 2011–2020; a demo is about this year's work, so they keep their order and time of
 * day but are spread over the 365 days before today (the statistics then have a current month and a trend).
 */
function redated(jsonl: string, now: Date): string {
  const rows = jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { time: string });
  const order = rows.map((r, i) => [r.time, i] as const).sort((a, b) => a[0].localeCompare(b[0]));
  const today = chinaDate(now);
  order.forEach(([time, i], rank) => {
    const daysBack = Math.floor(((rows.length - 1 - rank) * 365) / rows.length) + 1;
    rows[i]!.time = `${addDays(today, -daysBack)} ${time.slice(11)}`;
  });
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** Reads times as clerks write them: 2019-02-28 11:25:05 is China time unless a zone is given. */
function parseTime(value: string): Date | null {
  const v = value.trim();
  const local = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', se = '0'] = local;
    const date = new Date(
      `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}T${h.padStart(2, '0')}:${mi.padStart(2, '0')}:${se.padStart(2, '0')}+08:00`,
    );
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t);
}

/** 历史数据导入: Excel, CSV or JSON Lines, mapped by column, checked by a dry run, idempotent by external id. */
export function createImportsService({
  db,
  dataDir,
  jobs,
  petitions,
  maxRows = Infinity,
  log,
}: {
  db: Database;
  dataDir: string;
  /** Rows a file may have (IMPORT_MAX_ROWS); the bundled sample and command-line imports are not limited. */
  maxRows?: number;
  jobs: JobQueue;
  petitions: PetitionsService;
  log: (m: string) => void;
}) {
  const folder = path.join(dataDir, 'imports');
  const stored = (id: number, filename: string) => path.join(folder, `${id}${path.extname(filename).toLowerCase()}`);

  async function actorFor(userId: number, jobId: number): Promise<Actor> {
    const u = await userRecords.findUserById(db, userId);
    if (!u) throw new Error('import job owner not found');
    return actorOfUser(u, { ip: 'job', requestId: `import-${jobId}` });
  }

  /** Category by full path (城乡建设/安全生产) or by a name that is unique in the taxonomy. */
  async function categoryLookup() {
    const all = await categoryRecords.list(db);
    const byPath = new Map(all.map((c) => [c.path, c.id]));
    const byName = new Map<string, number[]>();
    for (const c of all) byName.set(c.name, [...(byName.get(c.name) ?? []), c.id]);
    return (value: string): number | null | undefined => {
      const v = value.trim().replace(/\s*[/／>]\s*/g, '/');
      if (!v) return null;
      const names = byName.get(v);
      return byPath.get(v) ?? (names?.length === 1 ? names[0] : undefined);
    };
  }

  function toInput(
    rec: Record<string, string>,
    m: Mapping,
    category: (v: string) => number | null | undefined,
    errors: RowError[],
    row: number,
  ): RegisterInput | null {
    const get = (key: string | undefined) => (key ? (rec[key] ?? '').trim() : '');
    const unstorable = unstorablePath(rec);
    if (unstorable !== null) {
      errors.push({ row, field: unstorable, message: UNSTORABLE_MESSAGE });
      return null;
    }
    const before = errors.length;
    const externalId = get(m.externalId);
    if (!externalId) errors.push({ row, field: 'externalId', message: `“${m.externalId}”为空：每行须有外部编号，才能避免重复导入` });
    const receivedAt = parseTime(get(m.receivedAt));
    if (!receivedAt) errors.push({ row, field: 'receivedAt', message: `无法识别的时间“${get(m.receivedAt)}”` });
    const channelText = get(m.channel);
    const channel = channelText
      ? (CHANNELS as readonly string[]).includes(channelText)
        ? channelText
        : CHANNEL_LABELS[channelText]
      : m.defaults.channel;
    if (!channel) errors.push({ row, field: 'channel', message: `未知的信访形式“${channelText}”` });
    const typeText = get(m.type);
    const type = typeText ? ((PETITION_TYPES as readonly string[]).includes(typeText) ? typeText : TYPE_LABELS[typeText]) : m.defaults.type;
    if (!type) errors.push({ row, field: 'type', message: `未知的信访类别“${typeText}”` });
    const categoryId = category(get(m.category));
    if (categoryId === undefined) errors.push({ row, field: 'category', message: `问题分类中没有“${get(m.category)}”` });
    if (errors.length > before) return null;

    const name = get(m.petitionerName);
    const parsed = registerBody.safeParse({
      channel,
      receivedAt: receivedAt!.toISOString(),
      type,
      categoryId,
      title: get(m.title).slice(0, 100) || get(m.content).slice(0, 30),
      content: get(m.content) || get(m.title),
      personsCount: 1,
      anonymous: !name,
      petitioners: name ? [{ name: name.slice(0, 100), phone: get(m.phone) || null }] : [],
      externalId: `${m.externalIdPrefix}${externalId}`,
    });
    if (!parsed.success) {
      for (const i of parsed.error.issues) errors.push({ row, field: i.path.join('.'), message: i.message });
      return null;
    }
    try {
      checkRegistration(parsed.data, false);
    } catch (err) {
      const fields = err instanceof AppError ? ((err.details.fields as { path: string; message: string }[] | undefined) ?? []) : [];
      errors.push(
        ...(fields.length ? fields.map((f) => ({ row, field: f.path, message: f.message })) : [{ row, field: '', message: String(err) }]),
      );
      return null;
    }
    return parsed.data;
  }

  async function run(jobId: number): Promise<void> {
    const job = await importsRepository.findById(db, jobId);
    // A job interrupted while running (server stopped) is simply run again: rows already in are skipped.
    if (!job || job.status === 'done' || job.status === 'failed') return;
    const mapping = mappingSchema.parse(job.mapping);
    // The bundled sample is one source for the whole system: each of its messages is registered once, whichever
    // body imports it. Its imports run one at a time, so the check below holds across bodies too.
    if (mapping.externalIdPrefix !== DEMO_MAPPING.externalIdPrefix) return runJob(job, mapping, job.org_id);
    await db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${DEMO_IMPORT_LOCK})`.execute(conn);
      try {
        await runJob(job, mapping, null);
      } finally {
        await sql`select pg_advisory_unlock(${DEMO_IMPORT_LOCK})`.execute(conn);
      }
    });
  }

  /** Registers the job's rows; a row whose external id `scope` (a body, or null: any body) has is skipped. */
  async function runJob(job: ImportJob, mapping: Mapping, scope: number | null): Promise<void> {
    const jobId = job.id;
    const actor = await actorFor(job.created_by, job.id);
    const errors: RowError[] = [];
    let processed = 0;
    let created = 0;
    let skipped = 0;
    try {
      const records = await readRecords(await readFile(stored(job.id, job.filename)), job.filename, maxRows);
      await importsRepository.progress(db, jobId, { status: 'running', total: records.length, processed, created, skipped, errors });
      const category = await categoryLookup();
      const firstRow = /\.jsonl$/i.test(job.filename) ? 1 : 2; // as the file shows it: header is row 1
      const seen = new Set<string>();
      for (const [i, rec] of records.entries()) {
        const input = toInput(rec, mapping, category, errors, i + firstRow);
        if (input?.externalId && (seen.has(input.externalId) || (await petitionRecords.externalExists(db, scope, input.externalId))))
          skipped++;
        else if (input && !job.dry_run) {
          // Another import of the same rows may have registered this one since the check above.
          const done = await petitions.registerOne(actor, input, { strict: false, source: 'import' }).then(
            () => true,
            (err: unknown) => {
              if (err instanceof AppError && err.code === 'external_id_taken') return false;
              throw err;
            },
          );
          if (done) created++;
          else skipped++;
        }
        if (input?.externalId) seen.add(input.externalId);
        processed++;
        if (processed % 25 === 0)
          await importsRepository.progress(db, jobId, { processed, created, skipped, errors: errors.slice(0, MAX_REPORTED_ERRORS) });
      }
      await importsRepository.progress(db, jobId, {
        status: 'done',
        processed,
        created,
        skipped,
        errors: errors.slice(0, MAX_REPORTED_ERRORS),
        finished: true,
      });
      await db.transaction().execute((trx) =>
        auditService.record(trx, actor, {
          action: job.dry_run ? 'petition.import_checked' : 'petition.imported',
          objectType: 'import_job',
          objectId: job.id,
          orgId: job.org_id,
          after: { filename: job.filename, processed, created, skipped, errors: errors.length },
        }),
      );
    } catch (err) {
      const message =
        err instanceof TableTooLarge
          ? `文件超过 ${err.limit} 行，请分成多个文件导入`
          : err instanceof AppError
            ? err.code
            : '文件无法读取或处理中断，请检查文件格式后重试';
      errors.push({ row: 0, field: '', message });
      log(`import ${jobId} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      await importsRepository.progress(db, jobId, { status: 'failed', processed, created, skipped, errors, finished: true });
    }
  }

  const present = (j: ImportJob) => ({
    id: j.id,
    status: j.status as 'queued' | 'running' | 'done' | 'failed',
    dryRun: j.dry_run,
    filename: j.filename,
    total: j.total,
    processed: j.processed,
    created: j.created,
    skipped: j.skipped,
    errors: j.errors as RowError[],
    createdAt: j.created_at,
    finishedAt: j.finished_at,
  });

  async function queue(
    owner: Pick<Actor, 'userId' | 'orgId'>,
    filename: string,
    write: (target: string) => Promise<void>,
    mapping: Mapping,
    dryRun: boolean,
  ) {
    const job = await importsRepository.insert(db, {
      org_id: owner.orgId,
      created_by: owner.userId,
      dry_run: dryRun,
      filename,
      mapping: JSON.stringify(mapping),
    });
    await mkdir(folder, { recursive: true });
    await write(stored(job.id, filename));
    await jobs.enqueue('petitions.import', { jobId: job.id });
    return present(job);
  }

  return {
    run,
    register: () => jobs.register('petitions.import', async (data) => run(Number(data.jobId))),

    /** Queues an uploaded file; the job reports progress and every bad row. */
    async start(actor: Actor, filename: string, content: Buffer, mappingJson: string, dryRun: boolean) {
      if (!/\.(xlsx|csv|jsonl)$/i.test(filename))
        throw new AppError('import_file_unreadable', { fields: [{ path: 'file', message: '请上传 .xlsx、.csv 或 .jsonl 文件' }] });
      let raw: unknown;
      try {
        raw = JSON.parse(mappingJson);
      } catch {
        throw new AppError('validation_failed', { fields: [{ path: 'mapping', message: '字段对应关系不是有效的 JSON' }] });
      }
      const mapping = mappingSchema.safeParse(raw);
      if (!mapping.success)
        throw new AppError('validation_failed', {
          fields: mapping.error.issues.map((i) => ({ path: `mapping.${i.path.join('.')}`, message: i.message })),
        });
      return queue(actor, path.basename(filename), (target) => writeFile(target, content), mapping.data, dryRun);
    },

    /** Imports the bundled sample of real citizen messages as online petitions, dated across the last year. */
    startDemo(owner: Pick<Actor, 'userId' | 'orgId'>, dryRun = false) {
      return queue(
        owner,
        path.basename(DEMO_FILE),
        async (target) => writeFile(target, redated(await readFile(DEMO_FILE, 'utf8'), new Date())),
        DEMO_MAPPING,
        dryRun,
      );
    },

    async get(actor: Actor, id: number) {
      const job = await importsRepository.findById(db, id);
      const org = job && (await orgRecords.findById(db, job.org_id));
      if (!job || !org || !inScope(actor, org.path)) throw new AppError('import_job_not_found');
      return present(job);
    },
  };
}
export type ImportsService = ReturnType<typeof createImportsService>;
