import { sql, type Insertable, type Selectable } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Database, Executor } from '../../db/database.js';
import { visibleTo } from '../../access/visibility.js';
import type { OutboundMessage } from './notifications.channels.js';
import { parseBodyAddress, rolesWith } from './notifications.rules.js';
import type { OutboxTable } from './notifications.tables.js';

export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Insertable<OutboxTable>;

export const notificationsRepository = {
  /** Queues notices; one already queued under the same idempotency key is left alone. Returns how many are new. */
  async enqueue(db: Executor, rows: NewOutboxRow[]): Promise<number> {
    if (!rows.length) return 0;
    const inserted = await db
      .insertInto('outbox')
      .values(rows)
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .execute();
    return inserted.length;
  },

  /** Queues one notice with its sealed secret beside it; false when one with the same key was queued before. */
  async enqueueWithSecret(db: Executor, row: NewOutboxRow, sealed: string, expiresAt: Date): Promise<boolean> {
    const inserted = await db
      .insertInto('outbox')
      .values(row)
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;
    await db.insertInto('outbox_secrets').values({ outbox_id: inserted.id, sealed, expires_at: expiresAt }).execute();
    return true;
  },

  /** The sealed secret of a notice, while it is still good. */
  async secretOf(db: Executor, outboxId: number): Promise<string | undefined> {
    const row = await db
      .selectFrom('outbox_secrets')
      .select('sealed')
      .where('outbox_id', '=', outboxId)
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    return row?.sealed;
  },

  async eraseSecret(db: Executor, outboxId: number) {
    await db.deleteFrom('outbox_secrets').where('outbox_id', '=', outboxId).execute();
  },

  /** Secrets past their time are of no use to anyone: erased even if their notice was never sent. */
  async eraseExpiredSecrets(db: Executor) {
    await db
      .deleteFrom('outbox_secrets')
      .where('expires_at', '<=', sql<Date>`now()`)
      .execute();
  },

  petition(db: Executor, id: number) {
    return db
      .selectFrom('petitions')
      .select(['id', 'number', 'title', 'confidential', 'org_id', 'router_org_id', 'holder_org_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  },

  async orgName(db: Executor, id: number | null | undefined): Promise<string> {
    if (!id) return '';
    const org = await db.selectFrom('orgs').select('name').where('id', '=', id).executeTakeFirst();
    return org?.name ?? '';
  },

  assignment(db: Executor, id: number) {
    return db.selectFrom('petition_assignments').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** The routed assignment being handled (the one an assigning body verifies). */
  leadAssignment(db: Executor, petitionId: number) {
    return db
      .selectFrom('petition_assignments')
      .selectAll()
      .where('petition_id', '=', petitionId)
      .where('mode', '!=', 'assist')
      .where('status', 'in', ['received', 'done'])
      .orderBy('id', 'desc')
      .executeTakeFirst();
  },

  supervision(db: Executor, id: number) {
    return db.selectFrom('supervisions').selectAll().where('id', '=', id).executeTakeFirst();
  },

  decision(db: Executor, id: number) {
    return db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /**
   * Deadline warnings whose message is not queued yet, oldest first, locked so that two dispatchers never take the
   * same ones (skip locked); the caller queues their messages and marks them in the same transaction.
   */
  async unnotifiedWarnings(trx: Executor, limit: number) {
    const { rows } = await sql<{
      clock_id: number;
      grade: string;
      org_id: number;
      key: string;
      label: string;
      due_at: Date;
      open: boolean;
      petition_id: number | null;
      dispute_id: number | null;
      meeting_id: number | null;
      number: string;
      title: string;
    }>`
      with w as (
        select clock_id, grade from clock_warnings where notified_at is null order by created_at limit ${limit} for update skip locked
      )
      -- A clock measures a petition's or a dispute's time: each warning is told, and marked, whichever it is.
      select w.clock_id, w.grade, c.org_id, c.key, c.label, c.due_at, c.stopped_at is null as open, c.petition_id, c.dispute_id,
             t.meeting_id, coalesce(p.number, d.number, '') as number, coalesce(p.title, d.title, t.title) as title
      from w join petition_clocks c on c.id = w.clock_id
      left join petitions p on p.id = c.petition_id left join disputes d on d.id = c.dispute_id
      left join meeting_tasks t on t.id = c.meeting_task_id`.execute(trx);
    return rows;
  },

  async markWarningsNotified(trx: Executor, warnings: { clock_id: number; grade: string }[]) {
    if (!warnings.length) return;
    await sql`
      update clock_warnings w set notified_at = now()
      from unnest(${warnings.map((x) => x.clock_id)}::bigint[], ${warnings.map((x) => x.grade)}::text[]) as t(clock_id, grade)
      where w.clock_id = t.clock_id and w.grade = t.grade`.execute(trx);
  },

  /** The next notice due, locked for this dispatcher; others skip it (several instances may dispatch at once). */
  claimDue(trx: Executor) {
    return trx
      .selectFrom('outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', sql<Date>`now()`)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
  },

  async recordAttempt(trx: Executor, outboxId: number, ok: boolean, detail: string) {
    await trx.insertInto('notification_attempts').values({ outbox_id: outboxId, ok, detail }).execute();
  },

  async settle(
    trx: Executor,
    id: number,
    change: { status: 'pending' | 'sent' | 'dead'; attempts: number; lastError: string | null; retryInSeconds?: number },
  ) {
    await trx
      .updateTable('outbox')
      .set({
        status: change.status,
        attempts: change.attempts,
        last_error: change.lastError,
        ...(change.status === 'sent' ? { sent_at: sql<Date>`now()` } : {}),
        ...(change.retryInSeconds ? { next_attempt_at: sql<Date>`now() + make_interval(secs => ${change.retryInSeconds})` } : {}),
      })
      .where('id', '=', id)
      .execute();
  },

  /** Writes an in-app notice for each user its address names (once: the outbox id and user are unique). */
  async deliverInApp(db: Executor, m: OutboundMessage): Promise<number> {
    const to = parseBodyAddress(m.address);
    const user = /^user:(\d+)$/.exec(m.address);
    if (!to && !user) throw new Error(`not an in-app address: ${m.address}`);
    const { rows } = await sql<{ id: number }>`
      insert into staff_messages (outbox_id, user_id, org_id, petition_id, template_key, title, body, link)
      select ${m.outboxId}, u.id, ${to?.orgId ?? null}::integer, ${m.petitionId}::bigint, ${m.templateKey}, ${m.subject}, ${m.body}, ${m.link}
      from users u
      where u.active and ${
        to
          ? sql`u.org_id = ${to.orgId} and u.roles && ${rolesWith(to.permissions)}::text[] and u.id <> ${to.exceptUserId ?? 0}`
          : sql`u.id = ${Number(user![1])}`
      }
      on conflict (outbox_id, user_id) do nothing
      returning id`.execute(db);
    return rows.length;
  },

  /** The user's in-app messages, unread first, newest first; those about petitions the user no longer sees are left out. */
  messages(db: Database, actor: Pick<Actor, 'userId' | 'orgId' | 'orgPath'>, limit: number) {
    return db
      .selectFrom('staff_messages as m')
      .leftJoin('petitions as p', 'p.id', 'm.petition_id')
      .select(['m.id', 'm.template_key', 'm.title', 'm.body', 'm.link', 'm.petition_id', 'm.created_at', 'm.read_at', 'p.number'])
      .where('m.user_id', '=', actor.userId)
      .where((eb) => eb.or([eb('m.petition_id', 'is', null), visibleTo(actor)]))
      .orderBy(sql`m.read_at is null`, 'desc')
      .orderBy('m.id', 'desc')
      .limit(limit)
      .execute();
  },

  async unreadCount(db: Database, actor: Pick<Actor, 'userId' | 'orgId' | 'orgPath'>): Promise<number> {
    const row = await db
      .selectFrom('staff_messages as m')
      .leftJoin('petitions as p', 'p.id', 'm.petition_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('m.user_id', '=', actor.userId)
      .where('m.read_at', 'is', null)
      .where((eb) => eb.or([eb('m.petition_id', 'is', null), visibleTo(actor)]))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Marks the user's message read (the first time); false when it is not theirs. */
  async markRead(db: Database, userId: number, id: number): Promise<boolean> {
    const r = await db
      .updateTable('staff_messages')
      .set({ read_at: sql<Date>`coalesce(read_at, now())` })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  async markAllRead(db: Database, userId: number): Promise<number> {
    const r = await db
      .updateTable('staff_messages')
      .set({ read_at: sql<Date>`now()` })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
