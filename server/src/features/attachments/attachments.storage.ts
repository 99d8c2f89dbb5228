import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Files stored once by content hash under DATA_DIR/files/ab/abcdef…: identical uploads share a file, nothing is
 * ever overwritten, so a corrected petition never loses an attachment. A file is removed only when no row refers
 * to it any more (an anonymous upload never submitted: attachments.service.ts, purgeUnattached).
 */
export function createFileStore(dataDir: string) {
  const root = path.join(dataDir, 'files');
  const pathOf = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256);
  return {
    async put(content: Buffer): Promise<string> {
      const sha256 = contentHash(content);
      const target = pathOf(sha256);
      if (!existsSync(target)) {
        await mkdir(path.dirname(target), { recursive: true });
        // Unique per write: two writers of the same new content (two renderers of one document) in the same
        // millisecond each need their own temporary file; the second rename replaces the file with the same bytes.
        const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(temp, content, { flag: 'wx' });
        await rename(temp, target); // atomic: a reader never sees half a file
      }
      return sha256;
    },
    read(sha256: string) {
      return createReadStream(pathOf(sha256));
    },
    exists: (sha256: string) => existsSync(pathOf(sha256)),
    /** Whether a file can be stored now: writes, syncs and removes a small probe (a full disk fails the sync). */
    async writable(): Promise<boolean> {
      const probe = path.join(root, `.probe-${process.pid}-${randomBytes(4).toString('hex')}`);
      try {
        await mkdir(root, { recursive: true });
        const handle = await open(probe, 'wx');
        try {
          await handle.writeFile(randomBytes(4096));
          await handle.sync();
        } finally {
          await handle.close();
        }
        return true;
      } catch {
        return false;
      } finally {
        await rm(probe, { force: true }).catch(() => undefined);
      }
    },
    remove: (sha256: string) => rm(pathOf(sha256), { force: true }),
  };
}
export type FileStore = ReturnType<typeof createFileStore>;

/** The SHA-256 of some content, the name it is stored under. */
export const contentHash = (content: Buffer) => createHash('sha256').update(content).digest('hex');

const starts = (buf: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);

/** The accepted types, recognised by their first bytes, not by what the browser claims. */
export function sniffType(buf: Buffer, filename: string): string | null {
  const ext = path.extname(filename).toLowerCase();
  if (starts(buf, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(buf, [0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (buf.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (buf.subarray(0, 4).toString('latin1') === 'RIFF' && buf.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (buf.subarray(0, 4).toString('latin1') === 'RIFF' && buf.subarray(8, 12).toString('latin1') === 'WAVE') return 'audio/wav';
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (buf.subarray(0, 3).toString('latin1') === 'ID3' || starts(buf, [0xff, 0xfb]) || starts(buf, [0xff, 0xf3])) return 'audio/mpeg';
  if (buf.subarray(0, 6).toString('latin1') === '#!AMR\n') return 'audio/amr';
  if (buf.subarray(4, 8).toString('latin1') === 'ftyp' && ext === '.m4a') return 'audio/mp4';
  if (starts(buf, [0xd0, 0xcf, 0x11, 0xe0])) return ext === '.xls' ? 'application/vnd.ms-excel' : 'application/msword';
  if (starts(buf, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === '.docx') return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (ext === '.xlsx') return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return null;
  }
  if (ext === '.txt') {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buf.subarray(0, 4096));
    return text.includes('\uFFFD') || text.includes('\u0000') ? null : 'text/plain';
  }
  return null;
}
