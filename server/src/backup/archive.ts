import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';

/** What a backup archive holds, first member of the archive. Paths are those of the data folder (pg/ = the cluster). */
export const manifestSchema = z.object({
  format: z.literal('xinfang-backup'),
  formatVersion: z.literal(1),
  appVersion: z.string(),
  createdAt: z.string(),
  postgres: z.object({ version: z.string() }),
  /** The last migration the database had: a restore by code that does not know it is refused. */
  migration: z.string().nullable(),
  /** The WAL from the backup's start to its end, included under pg/pg_wal. */
  wal: z.object({ start: z.string(), stop: z.string() }),
  members: z.array(z.object({ path: z.string(), size: z.number(), sha256: z.string() })),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type Member = Manifest['members'][number];

export const MANIFEST = 'manifest.json';

/** Copies a file while hashing exactly the bytes written (a database file may change while it is read). */
export async function copyHashed(from: string, to: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  await mkdir(path.dirname(to), { recursive: true });
  await pipeline(
    createReadStream(from),
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    }),
    createWriteStream(to, { flags: 'wx', mode: 0o600 }),
  );
  return { size, sha256: hash.digest('hex') };
}

export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every regular file under dir, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** Checks an unpacked archive against its manifest: every member present with its hash, nothing more. */
export async function verifyUnpacked(dir: string): Promise<Manifest> {
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')));
  if (!parsed.success) throw new Error(`not an xinfang backup (or of an unknown format): ${parsed.error.issues[0]?.message}`);
  const manifest = parsed.data;
  const present = new Set(filesUnder(dir).filter((f) => f !== MANIFEST));
  for (const m of manifest.members) {
    if (!present.delete(m.path)) throw new Error(`the archive lacks ${m.path}, which its manifest lists`);
    if ((await hashFile(path.join(dir, m.path))) !== m.sha256) throw new Error(`${m.path} does not match its SHA-256 in the manifest`);
  }
  if (present.size) throw new Error(`the archive holds files its manifest does not list: ${[...present].slice(0, 3).join(', ')}`);
  return manifest;
}
