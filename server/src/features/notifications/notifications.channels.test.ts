import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileChannel, smsGatewayChannel, smtpChannel, webhookChannel, type OutboundMessage } from './notifications.channels.js';

const message: OutboundMessage = {
  outboxId: 1,
  channel: 'email',
  audience: 'petitioner',
  address: 'wangjh@example.com',
  templateKey: 'petitioner.accepted',
  subject: '信访事项受理告知',
  body: '您提出的信访事项（编号：XF-2026-000001）已由测试县信访局受理。',
  petitionId: 7,
  orgId: null,
  link: null,
};

const listen = async <S extends Server | ReturnType<typeof createHttpServer>>(server: S) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
};

/** A minimal SMTP server (RFC 5321 without extensions): enough for nodemailer to hand over a message. */
const mails: { from: string; to: string[]; data: string }[] = [];
const smtp = createTcpServer((socket) => {
  let buffer = '';
  let inData = false;
  let mail = { from: '', to: [] as string[], data: '' };
  const say = (line: string) => socket.write(`${line}\r\n`);
  say('220 localhost ESMTP test');
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (;;) {
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end < 0) return;
        mail.data = buffer.slice(0, end);
        buffer = buffer.slice(end + 5);
        inData = false;
        mails.push(mail);
        say(mail.to.some((t) => t.includes('refuse')) ? '554 rejected' : '250 2.0.0 queued as T1');
        mail = { from: '', to: [], data: '' };
        continue;
      }
      const eol = buffer.indexOf('\r\n');
      if (eol < 0) return;
      const line = buffer.slice(0, eol);
      buffer = buffer.slice(eol + 2);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO' || verb === 'HELO') say('250 localhost');
      else if (verb === 'MAIL') {
        mail.from = line;
        say('250 OK');
      } else if (verb === 'RCPT') {
        if (line.includes('nobody')) say('550 no such user');
        else {
          mail.to.push(line);
          say('250 OK');
        }
      } else if (verb === 'DATA') {
        inData = true;
        say('354 go ahead');
      } else if (verb === 'QUIT') {
        say('221 bye');
        socket.end();
      } else if (verb === 'RSET' || verb === 'NOOP') say('250 OK');
      else say('502 not implemented');
    }
  });
});
const smtpPort = await listen(smtp);

const hooks: { headers: IncomingHttpHeaders; raw: string }[] = [];
let hookStatus = 200;
const http = createHttpServer((req, res) => {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString()));
  req.on('end', () => {
    hooks.push({ headers: req.headers, raw });
    // /slow never answers in time.
    if (req.url === '/slow') setTimeout(() => res.end('late'), 1000);
    else res.writeHead(hookStatus).end(hookStatus === 200 ? 'accepted' : 'overloaded');
  });
});
const httpPort = await listen(http);

describe('channels', () => {
  it('e-mail over SMTP: the message reaches the server with a Message-ID from the idempotency key', async () => {
    const channel = smtpChannel(`smtp://127.0.0.1:${smtpPort}`, '信访事项办理系统 <noreply@example.gov.cn>', 5000);
    const r = await channel.send(message, 'event:12:petitioner:3:email');
    expect(r).toEqual({ ok: true, detail: expect.stringContaining('250 2.0.0 queued') });
    const mail = mails.at(-1)!;
    expect(mail.to).toEqual(['RCPT TO:<wangjh@example.com>']);
    expect(mail.data).toContain('Message-ID: <event.12.petitioner.3.email@xinfang>');
    expect(mail.data).toContain('X-Idempotency-Key: event:12:petitioner:3:email');
    expect(mail.data).toMatch(/^Subject: =\?UTF-8\?/m);

    // A refused recipient or message is a failure with the server's answer.
    expect(await channel.send({ ...message, address: 'nobody@example.com' }, 'k2')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('550'),
    });
    expect(await channel.send({ ...message, address: 'refuse@example.com' }, 'k3')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('554'),
    });
  });

  it('webhook: JSON with the idempotency key, signed with the secret; a non-2xx answer is a failure', async () => {
    const secret = 'webhook-secret-0123456789';
    const channel = webhookChannel(`http://127.0.0.1:${httpPort}/hook`, secret, 5000);
    const staff = { ...message, channel: 'webhook' as const, audience: 'staff' as const, orgId: 5, address: 'org:5', link: '/petitions/7' };
    expect(await channel.send(staff, 'event:12:org:5:staff.assigned:webhook')).toEqual({ ok: true, detail: 'HTTP 200 accepted' });
    const hook = hooks.at(-1)!;
    expect(hook.headers['idempotency-key']).toBe('event:12:org:5:staff.assigned:webhook');
    expect(hook.headers['x-xinfang-signature']).toBe(`sha256=${createHmac('sha256', secret).update(hook.raw).digest('hex')}`);
    expect(JSON.parse(hook.raw)).toMatchObject({ template: 'petitioner.accepted', orgId: 5, petitionId: 7, link: '/petitions/7' });
    hookStatus = 503;
    expect(await channel.send(staff, 'k')).toEqual({ ok: false, detail: 'HTTP 503 overloaded' });
    hookStatus = 200;
  });

  it('SMS gateway: no answer within the time allowed is a failure', async () => {
    const channel = smsGatewayChannel(`http://127.0.0.1:${httpPort}/slow`, undefined, 200);
    const r = await channel.send({ ...message, channel: 'sms', address: '13912345678' }, 'k');
    expect(r.ok).toBe(false);
    expect(r.detail).toMatch(/TimeoutError|abort/i);
    expect(hooks.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('the development adapter appends one JSON line per message under DATA_DIR/notifications', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xinfang-notify-'));
    const channel = fileChannel(dir);
    await channel.send({ ...message, channel: 'sms', address: '13912345678' }, 'a');
    await channel.send({ ...message, channel: 'sms', address: '13912345679' }, 'b');
    const lines = readFileSync(path.join(dir, 'notifications', 'sms.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.idempotencyKey, l.to])).toEqual([
      ['a', '13912345678'],
      ['b', '13912345679'],
    ]);
  });
});
