import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A signed checkpoint: the head of the audit chain at a moment, kept outside the database (DATA_DIR and the
 * server log) and signed with a key the database cannot read, so deleting or re-hashing rows that a checkpoint
 * saw is found even by someone who can rewrite the whole table. `prev` is the previous line's signature, so a
 * line taken out of the file is seen too.
 */
export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  prev: string;
  mac: string;
}

/** A line of the checkpoint file that cannot be trusted, or that does not follow the line before it. */
export interface CheckpointLineProblem {
  reason: 'checkpoint_invalid' | 'checkpoint_sequence_broken';
  line: number;
}

export interface CheckpointFile {
  /** The lines whose signature is valid, in file order. */
  checkpoints: Checkpoint[];
  problems: CheckpointLineProblem[];
}

/** Where checkpoints are kept and signed; the writer (the server) may create the key, readers never do. */
export interface CheckpointStore {
  file: string;
  keyFile: string;
  /** The key: AUDIT_CHECKPOINT_KEY, else DATA_DIR/audit-checkpoint-key (created 0600 when `create`); null if none. */
  key(create: boolean): Buffer | null;
  /** The file's checkpoints checked with the key; null when there is no file (or it is empty). */
  read(key: Buffer): CheckpointFile | null;
  append(checkpoint: Checkpoint): void;
}

const MAC_LABEL = 'xinfang-audit-checkpoint-v1';

function mac(key: Buffer, c: Omit<Checkpoint, 'mac'>): string {
  return createHmac('sha256', key).update([MAC_LABEL, c.seq, c.hash, c.at, c.prev].join('\n')).digest('hex');
}

/** Signs the head of the chain, following the given previous checkpoint. */
export function signCheckpoint(key: Buffer, head: { seq: number; hash: string }, previous: Checkpoint | null, at = new Date()): Checkpoint {
  const body = { seq: head.seq, hash: head.hash, at: at.toISOString(), prev: previous?.mac ?? '' };
  return { ...body, mac: mac(key, body) };
}

function parseLine(text: string): Checkpoint | null {
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    const ok =
      Number.isSafeInteger(v.seq) &&
      (v.seq as number) > 0 &&
      typeof v.hash === 'string' &&
      typeof v.at === 'string' &&
      typeof v.prev === 'string' &&
      typeof v.mac === 'string' &&
      /^[0-9a-f]{64}$/.test(v.mac);
    return ok ? { seq: v.seq as number, hash: v.hash as string, at: v.at as string, prev: v.prev as string, mac: v.mac as string } : null;
  } catch {
    return null;
  }
}

/** Checks every line's signature and that it follows the last valid line before it. */
export function checkCheckpoints(key: Buffer, text: string): CheckpointFile {
  const checkpoints: Checkpoint[] = [];
  const problems: CheckpointLineProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const c = parseLine(raw);
    if (!c || !timingSafeEqual(Buffer.from(mac(key, c), 'hex'), Buffer.from(c.mac, 'hex'))) {
      problems.push({ reason: 'checkpoint_invalid', line: i + 1 });
      return;
    }
    if (c.prev !== (checkpoints.at(-1)?.mac ?? '')) problems.push({ reason: 'checkpoint_sequence_broken', line: i + 1 });
    checkpoints.push(c);
  });
  return { checkpoints, problems };
}

/** The checkpoint file and key under DATA_DIR (the key from configuration when given). */
export function checkpointStore(dataDir: string, configuredKey: string | undefined): CheckpointStore {
  const file = path.join(dataDir, 'audit-checkpoints.jsonl');
  const keyFile = path.join(dataDir, 'audit-checkpoint-key');
  return {
    file,
    keyFile,
    key(create) {
      if (configuredKey) return Buffer.from(configuredKey, 'utf8');
      if (existsSync(keyFile)) return Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'utf8');
      if (!create) return null;
      mkdirSync(dataDir, { recursive: true });
      const key = randomBytes(32).toString('base64url');
      // wx: two instances starting at once keep the first key rather than overwrite it.
      try {
        writeFileSync(keyFile, key + '\n', { mode: 0o600, flag: 'wx' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      return Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'utf8');
    },
    read(key) {
      if (!existsSync(file)) return null;
      const text = readFileSync(file, 'utf8');
      return text.trim() ? checkCheckpoints(key, text) : null;
    },
    append(checkpoint) {
      mkdirSync(dataDir, { recursive: true });
      appendFileSync(file, JSON.stringify(checkpoint) + '\n', { mode: 0o644 });
    },
  };
}
