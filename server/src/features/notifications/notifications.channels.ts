import { createHmac } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';
import type { Executor } from '../../db/database.js';
import type { ChannelName } from './notifications.tables.js';
import { notificationsRepository } from './notifications.repository.js';

/** A notice as a channel sends it. */
export interface OutboundMessage {
  outboxId: number;
  channel: ChannelName;
  audience: 'petitioner' | 'staff';
  address: string;
  templateKey: string;
  subject: string;
  body: string;
  petitionId: number | null;
  orgId: number | null;
  link: string | null;
}

/** What came of one attempt: `detail` is the response or error, kept (shortened) with the attempt. */
export interface SendResult {
  ok: boolean;
  detail: string;
}

/**
 * One way of reaching people. The idempotency key is the same on every attempt at the same notice: a channel
 * passes it on (HTTP header, Message-ID) so that a receiver that got a request whose answer was lost can drop
 * the repetition.
 */
export interface Channel {
  send(message: OutboundMessage, idempotencyKey: string): Promise<SendResult>;
}

const short = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…` : text);
const errorText = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/** POSTs JSON and reads the answer; a 2xx status is success, anything else (or no answer in time) a failure. */
async function postJson(url: string, payload: unknown, headers: Record<string, string>, timeoutMs: number): Promise<SendResult> {
  try {
    const body = JSON.stringify(payload);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text().catch(() => '');
    return { ok: res.ok, detail: short(`HTTP ${res.status}${text ? ` ${text}` : ''}`) };
  } catch (err) {
    return { ok: false, detail: short(errorText(err)) };
  }
}

/**
 * SMS through an HTTP gateway: `POST SMS_GATEWAY_URL` with `{ to, text, reference }`, `Authorization: Bearer
 * SMS_GATEWAY_KEY` and `Idempotency-Key`; the gateway answers 2xx when it has taken the message.
 */
export function smsGatewayChannel(url: string, key: string | undefined, timeoutMs: number): Channel {
  return {
    send: (m, idempotencyKey) =>
      postJson(
        url,
        { to: m.address, text: m.body, reference: idempotencyKey },
        { 'idempotency-key': idempotencyKey, ...(key ? { authorization: `Bearer ${key}` } : {}) },
        timeoutMs,
      ),
  };
}

/** E-mail over SMTP (nodemailer); the Message-ID is derived from the idempotency key, so a repeat can be spotted. */
export function smtpChannel(smtpUrl: string, from: string, timeoutMs: number): Channel {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(m, idempotencyKey) {
      try {
        const info = await transport.sendMail({
          from,
          to: m.address,
          subject: m.subject,
          text: m.body,
          messageId: `<${idempotencyKey.replace(/[^A-Za-z0-9.-]/g, '.')}@xinfang>`,
          headers: { 'X-Idempotency-Key': idempotencyKey },
        });
        const accepted = info.accepted.length > 0 && info.rejected.length === 0;
        return { ok: accepted, detail: short(info.response ?? (accepted ? 'accepted' : 'rejected')) };
      } catch (err) {
        return { ok: false, detail: short(errorText(err)) };
      }
    },
  };
}

/**
 * Staff notices to another system (a chat bot, a work-order platform): `POST WEBHOOK_URL` with the notice as JSON,
 * `Idempotency-Key`, and when WEBHOOK_SECRET is set `X-Xinfang-Signature: sha256=<HMAC of the body>`.
 */
export function webhookChannel(url: string, secret: string | undefined, timeoutMs: number): Channel {
  return {
    send(m, idempotencyKey) {
      const payload = {
        idempotencyKey,
        template: m.templateKey,
        audience: m.audience,
        orgId: m.orgId,
        petitionId: m.petitionId,
        subject: m.subject,
        body: m.body,
        link: m.link,
      };
      const headers: Record<string, string> = { 'idempotency-key': idempotencyKey };
      if (secret) headers['x-xinfang-signature'] = `sha256=${createHmac('sha256', secret).update(JSON.stringify(payload)).digest('hex')}`;
      return postJson(url, payload, headers, timeoutMs);
    },
  };
}

/**
 * The local development adapter: appends each message as one JSON line to DATA_DIR/notifications/<channel>.jsonl.
 * Used for every channel without its setting (development, tests).
 */
export function fileChannel(dataDir: string): Channel {
  const dir = path.join(dataDir, 'notifications');
  return {
    async send(m, idempotencyKey) {
      const file = path.join(dir, `${m.channel}.jsonl`);
      await mkdir(dir, { recursive: true });
      const line = { at: new Date().toISOString(), idempotencyKey, to: m.address, subject: m.subject, body: m.body, link: m.link };
      await appendFile(file, JSON.stringify(line) + '\n', { mode: 0o600 });
      return { ok: true, detail: `written to ${path.relative(dataDir, file)}` };
    },
  };
}

/** In-app messages: one row per user the address names, once per notice (the outbox id and user are unique). */
export function inAppChannel(db: Executor): Channel {
  return {
    async send(m) {
      const n = await notificationsRepository.deliverInApp(db, m);
      return { ok: true, detail: `${n} user(s)` };
    },
  };
}

/** The channel for each kind of notice, from the configuration; in-app needs the dispatcher's transaction. */
export function createChannels(config: Config): Record<Exclude<ChannelName, 'inapp'>, Channel> & { inApp: (db: Executor) => Channel } {
  const n = config.notifications;
  const file = fileChannel(config.dataDir);
  return {
    sms: n.smsGatewayUrl ? smsGatewayChannel(n.smsGatewayUrl, n.smsGatewayKey, n.timeoutMs) : file,
    email: n.smtpUrl ? smtpChannel(n.smtpUrl, n.smtpFrom, n.timeoutMs) : file,
    webhook: n.webhookUrl ? webhookChannel(n.webhookUrl, n.webhookSecret, n.timeoutMs) : file,
    inApp: inAppChannel,
  };
}
