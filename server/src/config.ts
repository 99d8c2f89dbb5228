import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: relative paths in the environment are resolved against it, whichever workspace runs. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_OWNER_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  AUDIT_CHECKPOINT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(720).default(2),
  SESSION_MAX_HOURS: z.coerce.number().positive().max(720).default(12),
  DEMO_DATA: z.enum(['auto', 'true', 'false']).default('auto'),
  DEMO_PETITIONS: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  TRUST_PROXY: bool.default(false),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(100_000),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  JOBS_ENABLED: bool.default(true),
  SMS_GATEWAY_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMS_GATEWAY_KEY: z.string().min(1).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SMTP_FROM: z.string().min(3).default('信访事项办理系统 <noreply@localhost>'),
  WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NOTIFY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  NOTIFY_DISPATCH_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  WEB_DIST: z.string().min(1).default('web/dist'),
  DISPUTE_ESCALATION: z.enum(['stepwise', 'any_above']).default('stepwise'),
  DISPUTE_MEDIATION_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  RATING_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  PORTAL_CHALLENGE_WORK: z.coerce.number().int().min(1).max(10_000_000).default(50_000),
  PORTAL_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  PORTAL_UPLOAD_MB_PER_ADDRESS: z.coerce.number().int().min(1).default(100),
  PORTAL_PENDING_UPLOADS_MB: z.coerce.number().int().min(1).default(2048),
  STATS_REFRESH_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
});

/** Validated, typed configuration; built once at start by loadConfig. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  /** False when DATA_DIR is the default ./data (then, as root, the cluster may live elsewhere). */
  dataDirExplicit: boolean;
  /** Unset: the server starts its own embedded PostgreSQL under dataDir/pg. */
  databaseUrl: string | undefined;
  /** With DATABASE_URL: the role that owns the schema, for migrations; unset: DATABASE_URL's role does both. */
  databaseOwnerUrl: string | undefined;
  /** Signs the audit checkpoints; unset: a key generated in DATA_DIR/audit-checkpoint-key. */
  auditCheckpointKey: string | undefined;
  sessionSecret: string;
  /** Idle lifetime of a session: it ends this long after its last use (sliding). */
  sessionTtlHours: number;
  /** Absolute lifetime of a session: it ends this long after log-in, however active. */
  sessionMaxHours: number;
  demoData: boolean;
  /** With demo data: also register the bundled sample of real messages as petitions at first start. */
  demoPetitions: boolean;
  logLevel: string;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  /** Fastify trustProxy: X-Forwarded-For/-Proto from the proxy in front are believed. */
  trustProxy: boolean;
  /** The address people use (https://xinfang.example.gov.cn); https turns on HSTS for every response. */
  publicUrl: string | undefined;
  /** Rows one 历史数据导入 file may have. */
  importMaxRows: number;
  loginRateLimitPerMinute: number;
  jobsEnabled: boolean;
  /** Notification channels (features/notifications): a channel without its setting writes to DATA_DIR/notifications. */
  notifications: {
    smsGatewayUrl: string | undefined;
    smsGatewayKey: string | undefined;
    smtpUrl: string | undefined;
    smtpFrom: string;
    webhookUrl: string | undefined;
    webhookSecret: string | undefined;
    /** After this many failed attempts a notice is dead. */
    maxAttempts: number;
    timeoutMs: number;
    /** Dispatch this long after an action queued notices; 0: only the every-minute job. */
    dispatchDelayMs: number;
  };
  webDist: string;
  version: string;
  /** Days after delivery of a decision in which the petitioner may rate it (满意度评价). */
  ratingWindowDays: number;
  /** Proof-of-work asked of a portal submission (SHA-256 rounds, randomised up to three times this). */
  portalChallengeWork: number;
  /** Portal requests per minute and address (submissions, uploads, tracking). */
  portalRateLimitPerMinute: number;
  /** Megabytes one address may upload through the portal in a day. */
  portalUploadMbPerAddress: number;
  /** Megabytes of portal uploads not yet submitted, in all: beyond it uploads wait (those left are deleted after a day). */
  portalPendingUploadsMb: number;
  /** Seconds between refreshes of the statistics' summary tables; 0: only when asked (tests, CLI). */
  statsRefreshSeconds: number;
  /** 矛盾纠纷上报: to the body directly above only (镇村联动: village → township → county), or to any body above. */
  disputeEscalation: 'stepwise' | 'any_above';
  /** Days a mediation runs before the parties' written consent is needed to go on (人民调解 practice). */
  disputeMediationDays: number;
}

/** Thrown with every problem in the environment at once, so an operator fixes them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function resolveFromRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.resolve(projectRoot, p);
}

/**
 * Keeps a generated secret under DATA_DIR so sessions survive restarts without any set-up. Several instances
 * sharing the folder and starting together must end with one secret (or a session's CSRF token fails on the
 * others): the file appears whole and only once (written aside, then hard-linked), and everyone reads it back.
 */
function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, randomBytes(48).toString('base64url') + '\n', { mode: 0o600 });
    try {
      linkSync(temp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      rmSync(temp, { force: true });
    }
  }
  return readFileSync(file, 'utf8').trim();
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The environment a child process (PostgreSQL's tools) starts with: the server's own, so PATH, HOME and the locale
 * pass through, plus these settings.
 */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/** The only reader of process.env. Pass overrides in tests instead of touching the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.DATABASE_OWNER_URL && !e.DATABASE_URL)
    throw new ConfigError(['DATABASE_OWNER_URL: needs DATABASE_URL (the role the server runs as)']);
  const dataDir = resolveFromRoot(e.DATA_DIR);
  const demoData = e.DEMO_DATA === 'auto' ? e.NODE_ENV !== 'production' : e.DEMO_DATA === 'true';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir,
    dataDirExplicit: raw.DATA_DIR !== undefined,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    auditCheckpointKey: e.AUDIT_CHECKPOINT_KEY,
    sessionSecret: e.SESSION_SECRET ?? persistedSecret(dataDir),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    demoData,
    demoPetitions: demoData && (e.DEMO_PETITIONS ?? true),
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    publicUrl: e.PUBLIC_URL,
    importMaxRows: e.IMPORT_MAX_ROWS,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    jobsEnabled: e.JOBS_ENABLED,
    notifications: {
      smsGatewayUrl: e.SMS_GATEWAY_URL,
      smsGatewayKey: e.SMS_GATEWAY_KEY,
      smtpUrl: e.SMTP_URL,
      smtpFrom: e.SMTP_FROM,
      webhookUrl: e.WEBHOOK_URL,
      webhookSecret: e.WEBHOOK_SECRET,
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      timeoutMs: e.NOTIFY_TIMEOUT_MS,
      dispatchDelayMs: e.NOTIFY_DISPATCH_DELAY_MS,
    },
    webDist: resolveFromRoot(e.WEB_DIST),
    version: readVersion(),
    ratingWindowDays: e.RATING_WINDOW_DAYS,
    portalChallengeWork: e.PORTAL_CHALLENGE_WORK,
    portalRateLimitPerMinute: e.PORTAL_RATE_LIMIT_PER_MINUTE,
    portalUploadMbPerAddress: e.PORTAL_UPLOAD_MB_PER_ADDRESS,
    portalPendingUploadsMb: e.PORTAL_PENDING_UPLOADS_MB,
    statsRefreshSeconds: e.STATS_REFRESH_SECONDS,
    disputeEscalation: e.DISPUTE_ESCALATION,
    disputeMediationDays: e.DISPUTE_MEDIATION_DAYS,
  };
}
