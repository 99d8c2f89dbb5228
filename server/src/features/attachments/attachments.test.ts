import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrgTree, loginAs, petitionInput, PNG, uploadAttachment } from '../../test/factories.js';
import { createFileStore } from './attachments.storage.js';

const { app, db, config } = await createTestApp();
const tree = await buildOrgTree(db);
const registrar = await loginAs(app, db, tree.bureau, ['registrar']);

const upload = uploadAttachment;

describe('attachments', () => {
  it('stores uploads by content hash, recognised by their bytes, and serves them to those who see the petition', async () => {
    const res = await upload(registrar, '来信扫描件.png', PNG);
    expect(res.statusCode).toBe(201);
    const a = res.json().attachment;
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(a).toMatchObject({ filename: '来信扫描件.png', mime: 'image/png', size: PNG.length, sha256: sha });
    expect(existsSync(path.join(config.dataDir, 'files', sha.slice(0, 2), sha))).toBe(true);
    const again = (await upload(registrar, 'copy.png', PNG)).json().attachment;
    expect(again.sha256).toBe(sha); // one file on disk for both

    const reg = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput({ attachmentIds: [a.id] }) });
    expect(reg.statusCode).toBe(201);
    const petition = reg.json().petition;
    expect(petition.attachments.map((x: { id: number }) => x.id)).toEqual([a.id]);
    const content = await registrar.request({ method: 'GET', url: `/api/attachments/${a.id}/content` });
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('image/png');
    expect(content.rawPayload.equals(PNG)).toBe(true);

    const other = await loginAs(app, db, tree.other, ['registrar']);
    expect((await other.request({ method: 'GET', url: `/api/attachments/${a.id}/content` })).statusCode).toBe(404);
    const reuse = await other.request({ method: 'POST', url: '/api/petitions', payload: petitionInput({ attachmentIds: [again.id] }) });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().error.details.fields[0].path).toBe('attachmentIds');

    // A correction adds; nothing is removed from the petition or the disk.
    const more = (await upload(registrar, '补充材料.pdf', Buffer.from('%PDF-1.4\n%test\n'))).json().attachment;
    const corrected = (
      await registrar.request({
        method: 'PATCH',
        url: `/api/petitions/${petition.id}`,
        payload: { version: petition.version, reason: '补充材料', attachmentIds: [more.id] },
      })
    ).json().petition;
    expect(corrected.attachments.map((x: { mime: string }) => x.mime)).toEqual(['image/png', 'application/pdf']);
  });

  it('refuses types it does not accept, whatever the name says', async () => {
    const exe = await upload(registrar, 'photo.jpg', Buffer.from('MZ\x90\x00 not an image'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.code).toBe('attachment_type_not_allowed');
    // Registrars attach files to petitions and mediators (handlers) a signed agreement's scan to a dispute; others none.
    const handler = await loginAs(app, db, tree.department, ['handler']);
    expect((await upload(handler, 'a.png', PNG)).statusCode).toBe(201);
    const leader = await loginAs(app, db, tree.department, ['leader']);
    expect((await upload(leader, 'a.png', PNG)).statusCode).toBe(403);
  });
});

describe('the file store', () => {
  it('stores the same new content written twice at once (two renderers of one document): one file, no error', async () => {
    const store = createFileStore(config.dataDir);
    const content = Buffer.from(`同一内容同时写入两次 ${Date.now()}`);
    const hashes = await Promise.all(Array.from({ length: 20 }, () => store.put(content)));
    expect(new Set(hashes)).toEqual(new Set([createHash('sha256').update(content).digest('hex')]));
    expect(store.exists(hashes[0]!)).toBe(true);
  });
});
