import { addDays, chinaDate, RECEPTION_MODE_ZH, chinaInstant, endOfChinaDay } from '@xinfang/domain';
import { randomInt } from 'node:crypto';
import type { Config } from '../../config.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { type NewOutboxRow, type NotificationsService, render, type TemplateKey, type Vars } from '../notifications/index.js';
import { queryCodeHash } from '../petitions/index.js';
import { createProof, codeGuard } from '../portal/index.js';
import { bookingsRepository as repo } from './reception.bookings.repository.js';
import type { BookingDto, BookingKey, BookInput } from './reception.bookings.schema.js';
import { publicSlotDto, slotDto } from './reception.schema.js';
import { presentPlace } from './reception.service.js';

type Booking = Awaited<ReturnType<typeof repo.insert>>;

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const draw = (n: number) => Array.from({ length: n }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
/** Every notice but the reminder says it: booking never replaces the right to walk in. */
const WALK_IN = '预约不是来访的前提，未预约也可以直接来访。';
const slotText = (s: { date: string; startTime: string; endTime: string }) => `${s.date} ${s.startTime}—${s.endTime}`;

/**
 * 约访: the public books a published slot that has free places, and cancels or moves the booking with its code.
 * A slot's bookings queue on its row's lock, so a slot never holds more bookings than its capacity. Notices go
 * through the outbox (never the code: only its hash is kept); a reminder the day before; and when a plan is
 * republished, those booked on a changed slot are told what changed.
 */
export function createReceptionBookingsService({
  db,
  config,
  notifications,
}: {
  db: Database;
  config: Config;
  notifications: NotificationsService;
}) {
  const proof = createProof(config);

  /** A slot open to booking: published in its plan's latest version, not removed, not begun; its row locked. */
  async function openSlot(trx: Executor, slotId: number, now: Date, field = 'slotId') {
    const unavailable = () =>
      new AppError('reception_booking_slot_unavailable', { fields: [{ path: field, message: '该接访安排不可预约' }] });
    const row = await repo.lockedSlot(trx, slotId);
    if (!row || row.removed_at || row.version === 0) throw unavailable();
    const published = publicSlotDto
      .array()
      .parse(await repo.publishedSlots(trx, row.plan_id, row.version))
      .find((s) => s.id === slotId);
    if (!published) throw unavailable();
    if (chinaInstant(published.date, published.startTime) <= now || row.starts_at <= now)
      throw new AppError('reception_booking_slot_past', { fields: [{ path: field, message: '该接访安排已经开始或已过去' }] });
    const taken = (await repo.taken(trx, [slotId])).get(slotId) ?? 0;
    if (taken >= published.capacity)
      throw new AppError('reception_booking_full', { fields: [{ path: field, message: '该次接访预约已满' }] });
    return { row, published };
  }

  async function noDouble(trx: Executor, slotId: number, phone: string) {
    if (await repo.liveOfPhone(trx, slotId, phone))
      throw new AppError('reception_booking_duplicate', { fields: [{ path: 'phone', message: '该手机号码已预约本次接访' }] });
  }

  /** The booking as its holder sees it: the slot as published, the place, a video slot's meeting link. */
  async function present(trx: Executor, b: Booking): Promise<BookingDto> {
    const row = await repo.lockedSlot(trx, b.slot_id);
    const slots = row ? publicSlotDto.array().parse(await repo.publishedSlots(trx, row.plan_id, row.version)) : [];
    const slot = slots.find((s) => s.id === b.slot_id);
    const place = slot ? await repo.place(trx, slot.placeId) : undefined;
    const org = await trx.selectFrom('orgs').select('name').where('id', '=', b.org_id).executeTakeFirstOrThrow();
    return {
      number: b.number,
      status: b.status,
      orgId: b.org_id,
      orgName: org.name,
      slot: slot ?? {
        id: b.slot_id,
        date: '',
        startTime: '',
        endTime: '',
        placeId: 0,
        placeName: '',
        leaders: [],
        mode: 'in_person',
        capacity: 0,
      },
      place: place ? presentPlace(place) : null,
      meetingUrl: slot?.mode === 'video' ? (row?.meeting_url ?? null) : null,
      partySize: b.party_size,
      matter: b.matter,
    };
  }

  /** SMS to the phone, and e-mail when given; each keyed so a retried step queues nothing twice. */
  /** A booking's notice by SMS (and e-mail when given), from its template, queued once per key. */
  function rows(b: Booking, key: string, template: TemplateKey, vars: Vars): NewOutboxRow[] {
    const { subject, body } = render(template, { number: b.number, walkIn: WALK_IN, ...vars });
    const base = {
      petition_id: null,
      event_id: null,
      audience: 'petitioner' as const,
      petitioner_id: null,
      org_id: b.org_id,
      template_key: template,
      subject,
      body,
      link: null,
      next_attempt_at: new Date(),
      last_error: null,
      created_at: new Date(),
      sent_at: null,
    };
    return [
      { ...base, channel: 'sms', address: b.phone, idempotency_key: `${key}:sms` },
      ...(b.email ? [{ ...base, channel: 'email' as const, address: b.email, idempotency_key: `${key}:email` }] : []),
    ];
  }
  const where = (v: BookingDto) =>
    v.slot.mode === 'video'
      ? `视频接访，会议链接：${v.meetingUrl ?? '另行通知'}`
      : `${v.place?.name ?? v.slot.placeName}（${v.place?.address ?? ''}）`;

  /** The booking named by number or phone whose code matches; wrong codes count towards a lock-out of the key. */
  async function keyed(trx: Executor, key: BookingKey) {
    const lock = key.number ? `bk:${key.number}` : `bkp:${key.phone}`;
    const until = await codeGuard.lockedUntil(trx, lock);
    if (until) throw new AppError('reception_booking_locked', { until });
    const candidates = key.number ? await repo.byNumber(trx, key.number) : await repo.openOfPhone(trx, key.phone!);
    const hash = queryCodeHash(key.code);
    const found = candidates.find((b) => b.code_hash === hash);
    if (!found) {
      // The failure counts even when the request's transaction is rolled back.
      await codeGuard.fail(db, lock);
      throw new AppError('reception_booking_not_found');
    }
    await codeGuard.clear(trx, lock);
    return found;
  }

  /** Cancel and move need a booking still booked whose reception has not begun. */
  async function changeable(trx: Executor, b: Booking, now: Date) {
    const row = await repo.lockedSlot(trx, b.slot_id);
    if (b.status !== 'booked' || !row || row.starts_at <= now) throw new AppError('reception_booking_closed');
  }

  async function newNumber(trx: Executor) {
    for (;;) {
      const number = `YY${draw(8)}`;
      if ((await repo.byNumber(trx, number)).length === 0) return number;
    }
  }

  return {
    /** A proof-of-work challenge, the same as the submission form's. */
    challenge: () => proof.challenge(),

    /** Books a slot: the code is given once, here; only its hash is kept. */
    async book(input: BookInput, now = new Date()) {
      await proof.verify(input);
      const code = `${draw(4)}-${draw(4)}`;
      return db.transaction().execute(async (trx) => {
        const { row } = await openSlot(trx, input.slotId, now);
        await noDouble(trx, input.slotId, input.phone);
        await proof.spend(trx, input);
        const booking = await repo.insert(trx, {
          number: await newNumber(trx),
          slot_id: input.slotId,
          org_id: row.org_id,
          name: input.name,
          phone: input.phone,
          email: input.email,
          matter: input.matter,
          party_size: input.partySize,
          code_hash: queryCodeHash(code),
        });
        await repo.event(trx, booking.id, 'booked', { slotId: input.slotId, partySize: input.partySize });
        const view = await present(trx, booking);
        await notifications.queue(
          trx,
          rows(booking, `booking:${booking.id}:booked`, 'visitor.booking_confirmed', {
            org: view.orgName,
            slot: slotText(view.slot),
            where: where(view),
          }),
        );
        return { ...view, code };
      });
    },

    async find(key: BookingKey) {
      return db.transaction().execute(async (trx) => present(trx, await keyed(trx, key)));
    },

    async cancel(key: BookingKey, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const b = await keyed(trx, key);
        await changeable(trx, b, now);
        const updated = await repo.update(trx, b.id, { status: 'cancelled' });
        await repo.event(trx, b.id, 'cancelled', { slotId: b.slot_id });
        const view = await present(trx, updated);
        await notifications.queue(trx, rows(b, `booking:${b.id}:cancelled`, 'visitor.booking_cancelled', { slot: slotText(view.slot) }));
        return view;
      });
    },

    /** Moves to another published future slot of the same body with free places; the booking keeps its number and code. */
    async move(key: BookingKey, slotId: number, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const b = await keyed(trx, key);
        // Both slots locked in id order: two moves in opposite directions wait for each other instead of deadlocking.
        for (const id of [b.slot_id, slotId].sort((x, y) => x - y)) await repo.lockedSlot(trx, id);
        await changeable(trx, b, now);
        if (slotId === b.slot_id) throw new AppError('validation_failed', { fields: [{ path: 'slotId', message: '请选择另一次接访' }] });
        const { row } = await openSlot(trx, slotId, now);
        if (row.org_id !== b.org_id)
          throw new AppError('reception_booking_slot_unavailable', { fields: [{ path: 'slotId', message: '只能改约同一机构的接访' }] });
        await noDouble(trx, slotId, b.phone);
        const updated = await repo.update(trx, b.id, { slot_id: slotId });
        const moves = (await repo.events(trx, b.id)).filter((e) => e.kind === 'moved').length;
        await repo.event(trx, b.id, 'moved', { from: b.slot_id, to: slotId });
        const view = await present(trx, updated);
        await notifications.queue(
          trx,
          rows(updated, `booking:${b.id}:moved:${moves + 1}`, 'visitor.booking_moved', { slot: slotText(view.slot), where: where(view) }),
        );
        return view;
      });
    },

    /** The day-before reminder (a scheduled job): one per booking and slot however often the job runs. */
    async remind(now = new Date()) {
      const tomorrow = addDays(chinaDate(now), 1);
      const due = await repo.bookedUnremindedStarting(db, chinaInstant(tomorrow, '00:00'), endOfChinaDay(tomorrow));
      let sent = 0;
      for (const { id } of due)
        sent += await db.transaction().execute(async (trx) => {
          const b = await repo.byId(trx, id);
          if (b?.status !== 'booked') return 0;
          const view = await present(trx, b);
          const queued = await notifications.queue(
            trx,
            rows(b, `booking:${b.id}:remind:${b.slot_id}`, 'visitor.booking_reminder', {
              org: view.orgName,
              slot: slotText(view.slot),
              where: where(view),
            }),
          );
          if (queued === 0) return 0;
          await repo.event(trx, b.id, 'reminded', { slotId: b.slot_id });
          return 1;
        });
      return sent;
    },

    /**
     * After a plan's republication (in its transaction): each booking on a slot a published change names is told what
     * changed, once per change; on a removed slot, how to move or cancel.
     */
    async onPublished(trx: Executor, planId: number, version: number) {
      const changes = (await repo.changesOf(trx, planId, version)).filter((c) => c.kind !== 'added');
      const booked = await repo.bookedOn(
        trx,
        changes.map((c) => c.slot_id),
      );
      for (const c of changes) {
        // What changed is the same for every booking on the slot: read and worded once per change.
        const after = c.kind === 'changed' ? slotDto.parse(c.after) : null;
        const place = after ? await repo.place(trx, after.placeId) : undefined;
        const text = after
          ? `已调整为 ${slotText(after)}，${after.mode === 'video' ? `${RECEPTION_MODE_ZH.video}，会议链接：${after.meetingUrl ?? ''}` : `${place?.name ?? ''}（${place?.address ?? ''}）`}`
          : '已取消，请凭预约号和预约码在网上信访改约其他时间或取消预约';
        for (const b of booked.filter((x) => x.slot_id === c.slot_id)) {
          await notifications.queue(
            trx,
            rows(b, `booking:${b.id}:change:${c.id}`, 'visitor.booking_slot_changed', { change: text, reason: c.reason }),
          );
          await repo.event(trx, b.id, 'slot_changed', { changeId: c.id, kind: c.kind, version });
        }
      }
    },
  };
}
export type ReceptionBookingsService = ReturnType<typeof createReceptionBookingsService>;
