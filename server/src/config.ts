import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(720).default(12),
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
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  JOBS_ENABLED: bool.default(true),
  WEB_DIST: z.string().min(1).default('web/dist'),
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
  sessionSecret: string;
  sessionTtlHours: number;
  demoData: boolean;
  /** With demo data: also register the bundled sample of real messages as petitions at first start. */
  demoPetitions: boolean;
  logLevel: string;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  trustProxy: boolean;
  loginRateLimitPerMinute: number;
  jobsEnabled: boolean;
  webDist: string;
  version: string;
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

/** Keeps a generated secret under DATA_DIR so sessions survive restarts without any set-up. */
function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The only reader of process.env. Pass overrides in tests instead of touching the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = resolveFromRoot(e.DATA_DIR);
  const demoData = e.DEMO_DATA === 'auto' ? e.NODE_ENV !== 'production' : e.DEMO_DATA === 'true';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir,
    dataDirExplicit: raw.DATA_DIR !== undefined,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ?? persistedSecret(dataDir),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    demoData,
    demoPetitions: demoData && (e.DEMO_PETITIONS ?? true),
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    jobsEnabled: e.JOBS_ENABLED,
    webDist: resolveFromRoot(e.WEB_DIST),
    version: readVersion(),
  };
}
