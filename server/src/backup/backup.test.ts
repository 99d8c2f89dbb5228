import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { registerPetition, runCli, signIn, startServer, tempDataDir } from '../test/server-process.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e5270ee40000000049454e44ae426082',
  'hex',
);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

type Staff = Awaited<ReturnType<typeof signIn>>;
interface Doc {
  id: number;
  number: string;
  pdfSha256: string | null;
  docxSha256: string | null;
}

async function register(staff: Staff, title: string): Promise<{ id: number; number: string }> {
  const form = new FormData();
  form.append('file', new Blob([PNG]), '来信扫描件.png');
  const up = await staff.send('/api/attachments', { method: 'POST', body: form });
  expect(up.status).toBe(201);
  const { attachment } = (await up.json()) as { attachment: { id: number } };
  return registerPetition(staff.send, title, [attachment.id]);
}

/** What a restore must bring back: the petitions' numbers, their documents' files and attachments' bytes. */
async function snapshot(staff: Staff) {
  const { items } = await staff.json<{ items: { id: number; number: string }[] }>('/api/petitions');
  const petitions = [];
  for (const p of items.sort((a, b) => a.number.localeCompare(b.number))) {
    const docs = (await staff.json<{ items: Doc[] }>(`/api/petitions/${p.id}/documents`)).items;
    const files = [];
    for (const d of docs) {
      // The download renders the files if the job has not yet; then they are fixed.
      const pdf = Buffer.from(await (await staff.send(`/api/documents/${d.id}/file?format=pdf`)).arrayBuffer());
      files.push({ number: d.number, pdf: sha256(pdf) });
    }
    const detail = await staff.json<{ petition: { attachments: { id: number; sha256: string }[] } }>(`/api/petitions/${p.id}`);
    const attachments = [];
    for (const a of detail.petition.attachments) {
      const bytes = Buffer.from(await (await staff.send(`/api/attachments/${a.id}/content`)).arrayBuffer());
      attachments.push({ stored: a.sha256, read: sha256(bytes) });
    }
    petitions.push({ number: p.number, files, attachments });
  }
  return petitions;
}

describe('npm run backup and npm run restore', () => {
  it('back up a running server, restore into a fresh folder: the data as it was at the backup', { timeout: 180_000 }, async () => {
    const dataDir = tempDataDir();
    const elsewhere = tempDataDir('xinfang-restored-');
    const archive = path.join(tempDataDir('xinfang-backups-'), 'backup.tar.gz');
    const server = await startServer({ DATA_DIR: dataDir });
    const registrar = await signIn(server.base, 'registrar');
    await register(registrar, '反映小区物业违规收取停车费问题');
    const before = await snapshot(registrar);
    expect(before).toHaveLength(1);
    expect(before[0]!.files.length).toBeGreaterThan(0); // the 受理凭证 issued at registration
    expect(before[0]!.attachments[0]).toEqual({ stored: sha256(PNG), read: sha256(PNG) });
    // The first start trains the category model in the background, and audits it: a suggestion waits for it to end.
    await registrar.json('/api/assist/suggest', { title: '物业', content: '' });
    const auditAtBackup = await runCli('audit-verify.ts', [], { DATA_DIR: dataDir });
    expect(auditAtBackup.out).toMatch(/^OK: \d+ audit events/);

    const backup = await runCli('backup.ts', [archive], { DATA_DIR: dataDir });
    expect(backup.code, backup.out).toBe(0);
    await register(registrar, '反映小区噪音扰民问题'); // after the backup: must not come back
    expect(await snapshot(registrar)).toHaveLength(2);
    // A running server's folder is refused.
    const refused = await runCli('restore.ts', [archive], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`Another server (process ${server.child.pid}) is already using this data folder`);
    expect(refused.out).toContain('A restore needs the server stopped.');
    await server.stop();

    // An archive altered after it was written is refused before anything is touched.
    const unpacked = tempDataDir('xinfang-backups-');
    await tar.extract({ file: archive, cwd: unpacked });
    writeFileSync(path.join(unpacked, 'files', sha256(PNG).slice(0, 2), sha256(PNG)), 'altered');
    const altered = path.join(unpacked, 'altered.tar.gz');
    await tar.create({ gzip: true, file: altered, cwd: unpacked }, readdirSync(unpacked));
    const refusedAltered = await runCli('restore.ts', [altered], { DATA_DIR: elsewhere });
    expect(refusedAltered.code).toBe(1);
    expect(refusedAltered.out).toContain(`files/${sha256(PNG).slice(0, 2)}/${sha256(PNG)} does not match its SHA-256 in the manifest`);
    expect(existsSync(path.join(elsewhere, 'pg', 'PG_VERSION'))).toBe(false);

    const restore = await runCli('restore.ts', [archive], { DATA_DIR: elsewhere });
    expect(restore.code, restore.out).toBe(0);
    expect(existsSync(path.join(elsewhere, 'files', sha256(PNG).slice(0, 2), sha256(PNG)))).toBe(true);
    expect((await runCli('audit-verify.ts', [], { DATA_DIR: elsewhere })).out).toBe(auditAtBackup.out);
    const restored = await startServer({ DATA_DIR: elsewhere });
    expect(restored.output()).toContain('Ready in');
    expect(await snapshot(await signIn(restored.base, 'registrar'))).toEqual(before);
  });
});
