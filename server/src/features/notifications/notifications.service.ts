import { type Permission, MOBILE_PATTERN, dueLong } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import type { Config } from '../../config.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { petitionRecords } from '../petitions/index.js';
import { inboxPermissions, type WorkflowEvent, type WorkflowListener } from '../workflow/index.js';
import { createChannels, type Channel, type OutboundMessage } from './notifications.channels.js';
import { notificationsRepository as repo, type NewOutboxRow, type OutboxRow } from './notifications.repository.js';
import {
  backoffSeconds,
  type BodyAddress,
  clockPermissions,
  DOCUMENT_TEXT,
  formatBodyAddress,
  GRADE_TEXT,
  ROUTE_TEXT,
  warningOf,
} from './notifications.rules.js';
import { SECRET_SLOT, outboxSecretBox } from './notifications.secrets.js';
import { clip, render, type TemplateKey, type Vars } from './notifications.templates.js';

type Petition = Awaited<ReturnType<typeof repo.petition>>;

/** A notice to the petitioner(s) or to a body, before it is split by recipient and channel. */
type Notice =
  | { audience: 'petitioner'; template: TemplateKey; vars: Vars }
  | {
      audience: 'staff';
      template: TemplateKey;
      vars: Vars;
      orgId: number;
      permissions: Permission[];
      /** A body that does not see the petition (a village asked to mediate a part): its own page, no petition named. */
      link?: string;
    };

const requestText = (kind: 'review' | 'reexamination') => (kind === 'reexamination' ? '复核请求' : '复查请求');
const stageDocument = (stage: string) => DOCUMENT_TEXT[stage] ?? DOCUMENT_TEXT.handling!;

/**
 * Notifications: notices are queued in the transaction of their workflow event (or of the warning), and
 * a dispatcher sends them, retrying with backoff; each notice is delivered once.
 */
export function createNotificationsService({
  db,
  config,
  channels = createChannels(config),
  log = () => undefined,
}: {
  db: Database;
  config: Config;
  channels?: ReturnType<typeof createChannels>;
  log?: (message: string) => void;
}) {
  const { maxAttempts, dispatchDelayMs, webhookUrl } = config.notifications;
  const box = outboxSecretBox(config.sessionSecret);
  if (config.env === 'production')
    for (const [setting, value, channel] of [
      ['SMS_GATEWAY_URL', config.notifications.smsGatewayUrl, 'sms'],
      ['SMTP_URL', config.notifications.smtpUrl, 'email'],
    ] as const)
      if (!value)
        log(`notifications: ${setting} is not set; ${channel} notices are written to DATA_DIR/notifications/${channel}.jsonl only`);

  /** What each workflow action tells whom (docs/WORKFLOW.md; the petitioner's notices of 条例 Arts. 22, 31, 32, 34–36). */
  async function noticesFor(e: WorkflowEvent, p: Petition): Promise<Notice[]> {
    const { trx, actor, action, payload: x } = e;
    const base = { number: p.number, title: clip(p.title, 30), fromOrg: actor.orgName, org: actor.orgName };
    const staff = (
      template: TemplateKey,
      orgId: number | null | undefined,
      permissions: Permission[],
      vars: Vars = {},
      link?: string,
    ): Notice[] =>
      orgId ? [{ audience: 'staff', template, orgId, permissions, vars: { ...base, ...vars }, ...(link ? { link } : {}) }] : [];
    const petitioner = (template: TemplateKey, vars: Vars = {}): Notice[] => [
      { audience: 'petitioner', template, vars: { ...base, ...vars } },
    ];
    const handle: Permission[] = ['petition.handle'];

    switch (action) {
      case 'accept':
        return petitioner('petitioner.accepted');
      // Signing for a 转送 is the receiving body's 受理 (条例 Arts. 22–23).
      case 'receive':
        return x.mode === 'forward' ? petitioner('petitioner.accepted') : [];
      case 'forward':
        return [...petitioner('petitioner.forwarded', { toOrg: x.toOrg }), ...staff('staff.forwarded', x.toOrgId, handle)];
      case 'assign':
        return [
          ...petitioner('petitioner.assigned', { toOrg: x.toOrg }),
          ...staff('staff.assigned', x.toOrgId, handle, { due: x.dueAt ? dueLong(x.dueAt) : '按规定' }),
        ];
      case 'decline':
        if (x.finalOfId) return petitioner('petitioner.final_repeat');
        return petitioner('petitioner.declined', { route: ROUTE_TEXT[x.route ?? 'other'] ?? ROUTE_TEXT.other });
      case 'return': {
        const a = await repo.assignment(trx, x.assignmentId);
        return staff('staff.returned', a?.from_org_id, ['petition.route'], { reason: clip(x.reason) });
      }
      case 'insist': {
        const a = await repo.assignment(trx, x.assignmentId);
        return staff('staff.insisted', a?.to_org_id, handle, { reason: clip(x.reason) });
      }
      case 'addAssist':
        return staff('staff.assist', x.orgId, handle, { task: clip(x.task), due: dueLong(x.dueDate) });
      case 'requestMediation':
        return staff('staff.mediation_requested', x.orgId, ['dispute.mediate'], { part: clip(x.title, 30) }, '/disputes?awaiting=true');
      case 'requestExtension':
        return staff('staff.extension_requested', actor.orgId, ['petition.approve'], {
          days: x.days,
          reason: clip(x.reason),
        });
      case 'approveExtension':
        return x.approve ? petitioner('petitioner.extended', { days: x.days, reason: clip(x.reason, 60) }) : [];
      case 'decide':
        return petitioner('petitioner.decision_issued', { document: stageDocument(x.stage) });
      case 'deliver': {
        const d = await repo.decision(trx, x.decisionId);
        const next = x.stage === 'handling' ? '复查' : x.stage === 'review' ? '复核' : null;
        const reviewOrg = await repo.orgName(trx, d?.review_org_id);
        const route = next && reviewOrg ? `如不服，可自收到之日起30日内向${reviewOrg}请求${next}。` : '';
        return petitioner('petitioner.rating_invitation', { document: stageDocument(x.stage), route });
      }
      case 'conclude': {
        if (e.to !== 'pending_review') return [];
        const lead = await repo.leadAssignment(trx, p.id);
        return staff('staff.report_submitted', lead?.from_org_id, ['petition.verify']);
      }
      case 'rework':
        return staff('staff.rework', p.holder_org_id, handle, { reason: clip(x.reason) });
      case 'requestReview':
      case 'requestReexamination': {
        const vars = { request: requestText(x.kind), document: x.kind === 'reexamination' ? '复核意见' : '复查意见' };
        return [...petitioner('petitioner.review_received', vars), ...staff('staff.review_requested', actor.orgId, handle, vars)];
      }
      case 'urge':
        return staff('staff.urge', x.toOrgId, ['petition.handle', 'petition.route'], { message: clip(x.message, 60) });
      case 'supervise':
        return staff('staff.supervise', x.toOrgId, ['petition.handle', 'petition.route'], {
          message: clip(x.proposals, 60),
          due: dueLong(x.replyDueDate),
        });
      case 'replySupervision': {
        const s = await repo.supervision(trx, x.supervisionId);
        return staff('staff.supervision_replied', s?.from_org_id, ['petition.supervise'], {
          kind: s?.kind === 'supervise' ? '督办' : '催办',
          message: clip(x.reply, 60),
        });
      }
      // 批示 reaches the handling body and the bodies between, whoever there may acknowledge it.
      case 'instruct':
        return (x.toOrgIds ?? []).flatMap((orgId) =>
          staff('staff.instructed', orgId, inboxPermissions('instruction'), {
            leader: actor.displayName,
            message: clip(x.text, 60),
          }),
        );
      // These tell no one; a new action must say whether it does.
      case 'acknowledgeInstruction':
      case 'assistReply':
      case 'markBacklog':
      case 'ownershipItem':
      case 'record':
      case 'resolveBacklog':
      case 'takeOwnership':
      case 'verify':
        return [];
    }
  }

  /** Splits notices into outbox rows: one per petitioner and channel they chose, one per body (in-app, webhook). */
  async function rowsFor(trx: Executor, p: Petition, eventId: number, notices: Notice[]): Promise<NewOutboxRow[]> {
    const rows: NewOutboxRow[] = [];
    const link = `/petitions/${p.id}`;
    const needPetitioners = notices.some((n) => n.audience === 'petitioner');
    const people = needPetitioners ? await petitionRecords.addressees(trx, p.id) : [];
    for (const n of notices) {
      if (n.audience === 'petitioner') {
        // A confidential petitioner's phone may be seen by others: the text says nothing of the matter.
        const template: TemplateKey = p.confidential ? 'petitioner.generic' : n.template;
        const text = render(template, n.vars);
        for (const who of people) {
          const to: { channel: 'sms' | 'email'; address: string }[] = [];
          if (who.notify_sms && who.phone && MOBILE_PATTERN.test(who.phone)) to.push({ channel: 'sms', address: who.phone });
          if (who.notify_email && who.email) to.push({ channel: 'email', address: who.email });
          for (const { channel, address } of to)
            rows.push({
              petition_id: p.id,
              event_id: eventId,
              audience: 'petitioner',
              channel,
              petitioner_id: who.id,
              org_id: null,
              address,
              template_key: template,
              ...text,
              link: null,
              last_error: null,
              idempotency_key: `event:${eventId}:petitioner:${who.id}:${channel}`,
            });
        }
      } else {
        const text = render(n.template, n.vars);
        const own = n.link !== undefined;
        const row = { petition_id: own ? null : p.id, event_id: eventId, audience: 'staff' as const, petitioner_id: null, org_id: n.orgId };
        const key = `event:${eventId}:org:${n.orgId}:${n.template}`;
        rows.push({
          ...row,
          channel: 'inapp',
          address: formatBodyAddress({ orgId: n.orgId, permissions: n.permissions }),
          template_key: n.template,
          ...text,
          link: n.link ?? link,
          last_error: null,
          idempotency_key: `${key}:inapp`,
        });
        if (webhookUrl)
          rows.push({
            ...row,
            channel: 'webhook',
            address: `org:${n.orgId}`,
            template_key: n.template,
            ...text,
            link: n.link ?? link,
            last_error: null,
            idempotency_key: `${key}:webhook`,
          });
      }
    }
    return rows;
  }

  // After an action, dispatch soon in this process (the every-minute job catches anything missed).
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let closed = false;
  function soon() {
    if (!dispatchDelayMs || timer || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      running ??= dispatch()
        .catch((err: unknown) => log(`notifications: dispatch failed: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => (running = undefined));
    }, dispatchDelayMs);
    timer.unref();
  }

  /** Turns deadline warnings the sweep raised into in-app notices to the body that must act, each exactly once. */
  async function queueWarnings(batch = 500): Promise<number> {
    let queued = 0;
    for (;;) {
      const n = await db.transaction().execute(async (trx) => {
        const warnings = await repo.unnotifiedWarnings(trx, batch);
        const rows: NewOutboxRow[] = [];
        // A clock stopped since the sweep needs no warning any more.
        for (const w of warnings.filter((x) => x.open)) {
          const { template, link } = warningOf(w);
          const text = render(template, {
            number: w.number,
            title: clip(w.title, 30),
            clock: w.label,
            grade: GRADE_TEXT[w.grade] ?? w.grade,
            due: dueLong(w.due_at),
          });
          const row = {
            petition_id: w.petition_id,
            event_id: null,
            audience: 'staff' as const,
            petitioner_id: null,
            org_id: w.org_id,
            template_key: template,
            ...text,
            link,
            last_error: null,
          };
          const key = `warning:${w.clock_id}:${w.grade}`;
          rows.push({
            ...row,
            channel: 'inapp',
            address: formatBodyAddress({ orgId: w.org_id, permissions: clockPermissions(w.key) }),
            idempotency_key: `${key}:inapp`,
          });
          if (webhookUrl) rows.push({ ...row, channel: 'webhook', address: `org:${w.org_id}`, idempotency_key: `${key}:webhook` });
        }
        await repo.enqueue(trx, rows);
        await repo.markWarningsNotified(trx, warnings);
        return warnings.length;
      });
      queued += n;
      if (n < batch) return queued;
    }
  }

  const messageOf = (r: OutboxRow): OutboundMessage => ({
    outboxId: r.id,
    channel: r.channel,
    audience: r.audience,
    address: r.address,
    templateKey: r.template_key,
    subject: r.subject,
    body: r.body,
    petitionId: r.petition_id,
    orgId: r.org_id,
    link: r.link,
  });

  /**
   * Sends one due notice, if any: the row stays locked while it is sent, so no other dispatcher sends it too; the
   * attempt is recorded; a success marks it sent (never sent again), a failure schedules the next attempt or, after
   * the last one, marks it dead.
   */
  async function sendOne(): Promise<'sent' | 'retry' | 'dead' | null> {
    return db.transaction().execute(async (trx) => {
      const row = await repo.claimDue(trx);
      if (!row) return null;
      const attempts = row.attempts + 1;
      // A notice with a secret (an SMS code) has only its slot in the stored text: the secret is unsealed for the
      // send alone, kept out of the attempt's record, and erased once the notice is settled.
      let secret: string | undefined;
      if (row.body.includes(SECRET_SLOT)) {
        const sealed = await repo.secretOf(trx, row.id);
        if (!sealed) {
          await repo.recordAttempt(trx, row.id, false, 'secret expired before sending');
          await repo.settle(trx, row.id, { status: 'dead', attempts, lastError: 'secret expired before sending' });
          return 'dead';
        }
        secret = box.open(sealed);
      }
      const message = messageOf(row);
      if (secret) message.body = row.body.replaceAll(SECRET_SLOT, secret);
      const channel: Channel = row.channel === 'inapp' ? channels.inApp(trx) : channels[row.channel];
      let result;
      try {
        result = await channel.send(message, row.idempotency_key);
      } catch (err) {
        result = { ok: false, detail: err instanceof Error ? err.message : String(err) };
      }
      const detail = clip(secret ? result.detail.replaceAll(secret, '******') : result.detail, 500);
      await repo.recordAttempt(trx, row.id, result.ok, detail);
      if (result.ok) {
        await repo.settle(trx, row.id, { status: 'sent', attempts, lastError: null });
        if (secret) await repo.eraseSecret(trx, row.id);
        return 'sent';
      }
      if (attempts >= maxAttempts) {
        await repo.settle(trx, row.id, { status: 'dead', attempts, lastError: detail });
        if (secret) await repo.eraseSecret(trx, row.id);
        log(`notifications: notice ${row.id} (${row.channel}) is dead after ${attempts} attempts: ${detail}`);
        return 'dead';
      }
      await repo.settle(trx, row.id, { status: 'pending', attempts, lastError: detail, retryInSeconds: backoffSeconds(attempts) });
      return 'retry';
    });
  }

  /** The dispatcher: queue new warnings, then send due notices until none is left or the time is up. */
  async function dispatch({ budgetMs = 50_000 }: { budgetMs?: number } = {}) {
    await repo.eraseExpiredSecrets(db);
    const counts = { warnings: await queueWarnings(), sent: 0, retry: 0, dead: 0 };
    const until = Date.now() + budgetMs;
    while (Date.now() < until && !closed) {
      const r = await sendOne();
      if (!r) break;
      counts[r] += 1;
    }
    return counts;
  }

  /** Queues the notices of a workflow event inside its transaction: they exist exactly when the event does. */
  const listener: WorkflowListener = async (e) => {
    const p = await repo.petition(e.trx, e.petitionId);
    const notices = await noticesFor(e, p);
    if (!notices.length) return;
    const queued = await repo.enqueue(e.trx, await rowsFor(e.trx, p, e.eventId, notices));
    if (queued) soon();
  };

  return {
    listener,
    dispatch,
    queueWarnings,

    /** Queues notices not tied to a petition (约访) in the caller's transaction; a key queued before is skipped. */
    async queue(trx: Executor, rows: NewOutboxRow[]) {
      const queued = await repo.enqueue(trx, rows);
      if (queued) soon();
      return queued;
    },

    /**
     * Queues in-app messages not tied to a petition (duty swaps) in the caller's transaction: to named users, or to
     * the holders of permissions at a body. A key queued before is skipped.
     */
    async tellStaff(
      trx: Executor,
      n: { key: string; template: TemplateKey; vars: Vars; orgId: number; link: string; to: (number | Omit<BodyAddress, 'orgId'>)[] },
    ) {
      const text = render(n.template, n.vars);
      const rows = n.to.map((to): NewOutboxRow => {
        const address = typeof to === 'number' ? `user:${to}` : formatBodyAddress({ ...to, orgId: n.orgId });
        return {
          petition_id: null,
          event_id: null,
          audience: 'staff',
          petitioner_id: null,
          org_id: n.orgId,
          channel: 'inapp',
          address,
          template_key: n.template,
          ...text,
          link: n.link,
          last_error: null,
          idempotency_key: `${n.key}:${address}:inapp`,
        };
      });
      if (await repo.enqueue(trx, rows)) soon();
    },

    /**
     * Queues a notice whose text has SECRET_SLOT where the secret goes (an SMS code), in the caller's transaction:
     * the outbox keeps the slot, the secret is kept sealed beside it until it is sent or `expiresAt` passes.
     */
    async queueWithSecret(trx: Executor, row: NewOutboxRow, secret: string, expiresAt: Date) {
      if (await repo.enqueueWithSecret(trx, row, box.seal(secret), expiresAt)) soon();
    },

    /** The signed-in user's in-app messages, unread first, with the unread count. */
    async messages(actor: Actor, limit: number) {
      const [items, unread] = await Promise.all([repo.messages(db, actor, limit), repo.unreadCount(db, actor)]);
      return { unread, items };
    },

    async markRead(actor: Actor, id: number) {
      if (!(await repo.markRead(db, actor.userId, id))) throw new AppError('message_not_found');
    },

    markAllRead: (actor: Actor) => repo.markAllRead(db, actor.userId),

    /** Stops the after-action dispatch and waits for one under way (server shutdown). */
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
