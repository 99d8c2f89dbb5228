import { addDays, chinaDate, comingQuarters } from '@xinfang/domain';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actorOfUser } from '../../auth/actor.js';
import { createTestApp } from '../../test/app.js';
import { buildOrg, buildOrgTree, buildUser, loginAs } from '../../test/factories.js';
import { createReceptionDeskService } from './reception.desk.js';

// Cheap proofs and a generous limit: the capacity test sends many bookings at once from one address.
const { app, db, jobs } = await createTestApp({ PORTAL_CHALLENGE_WORK: '1', PORTAL_RATE_LIMIT_PER_MINUTE: '1000' });
const tree = await buildOrgTree(db);
const admin = await loginAs(app, db, tree.county, ['admin']);
const bureau = await loginAs(app, db, tree.bureau, ['supervisor']);
const desk = await loginAs(app, db, tree.bureau, ['registrar']);
const otherDesk = await loginAs(app, db, tree.other, ['registrar']);
// Only the clock is moved (the day before a reception, its start): everything else runs as it does.
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const travel = (to: Date) => vi.useFakeTimers({ toFake: ['Date'], now: to });
afterEach(() => void vi.useRealTimers());
const remind = async () => {
  await jobs.enqueue('reception.reminders', {});
  await jobs.idle();
};

const dept = await buildOrg(db, { parent: tree.county, kind: 'department', name: '县人力资源和社会保障局' });
await buildUser(db, { org: dept, roles: ['leader'], username: 'rs_a' });
await buildUser(db, { org: dept, roles: ['leader'], username: 'rs_b' });
const placeRes = await admin.request({
  method: 'POST',
  url: '/api/reception/places',
  payload: { orgId: dept.id, name: '人社局接待室', address: '人民路 9 号', hours: '工作日', mapUrl: 'https://map.example/9' },
});
const placeId: number = placeRes.json().place.id;
const [, ahead] = comingQuarters(chinaDate(new Date()));
const generated = await bureau.request({
  method: 'POST',
  url: '/api/reception/plans/generate',
  payload: { orgId: dept.id, ...ahead, placeId },
});
expect(generated.statusCode, generated.body).toBe(200);
type Slot = { id: number; date: string; startTime: string; endTime: string; leaderIds: number[]; capacity: number };
const plan: { id: number; slots: Slot[] } = generated.json().plan;
const [small, video, roomy, spare] = plan.slots as [Slot, Slot, Slot, Slot];
const slotBody = (s: Slot, over: Record<string, unknown>) => ({
  date: s.date,
  startTime: s.startTime,
  endTime: s.endTime,
  placeId,
  leaderIds: s.leaderIds,
  capacity: s.capacity,
  mode: 'in_person',
  meetingUrl: null,
  reason: null,
  ...over,
});
const edit = async (s: Slot, over: Record<string, unknown>) => {
  const res = await bureau.request({ method: 'PUT', url: `/api/reception/slots/${s.id}`, payload: slotBody(s, over) });
  expect(res.statusCode, res.body).toBe(200);
};
await edit(small, { capacity: 3 });
await edit(video, { mode: 'video', meetingUrl: 'https://meet.example/room-7' });
const publish = (reason: string | null) =>
  bureau.request({ method: 'POST', url: `/api/reception/plans/${plan.id}/publish`, payload: { confirmViolations: true, reason } });
expect((await publish(null)).statusCode).toBe(200);

async function solved() {
  const challenge = (await app.inject({ method: 'GET', url: '/api/public/challenge' })).json();
  const solution = await solveChallenge({ challenge, deriveKey });
  return { challenge, solution: { counter: solution!.counter, derivedKey: solution!.derivedKey } };
}
let phones = 0;
const newPhone = () => `139${String(++phones).padStart(8, '0')}`;
const booking = (over: Record<string, unknown> = {}) => ({
  slotId: roomy.id,
  name: '王秀兰',
  phone: newPhone(),
  email: 'wang@example.cn',
  matter: '养老保险待遇核定有误，希望当面反映。',
  partySize: 2,
  ...over,
});
const book = async (over: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/public/bookings', headers, payload: { ...(await solved()), ...booking(over) } });
const post = (url: string, payload: Record<string, unknown>) => app.inject({ method: 'POST', url: `/api/public/bookings${url}`, payload });
const outbox = (phone: string) =>
  db
    .selectFrom('outbox')
    .select(['template_key', 'channel', 'body', 'idempotency_key'])
    .where('address', '=', phone)
    .orderBy('id')
    .execute();

describe('约访: booking a published slot from the portal', () => {
  it('books, gives the code once (its hash kept), counts the place as taken, and notifies without the code', async () => {
    const before = (await app.inject({ method: 'GET', url: `/api/public/reception/${dept.id}` })).json();
    expect(before.slots.find((s: { id: number }) => s.id === roomy.id).free).toBe(roomy.capacity);
    const phone = newPhone();
    const res = await book({ phone });
    expect(res.statusCode, res.body).toBe(201);
    const { booking: b, code } = res.json();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(b).toMatchObject({ status: 'booked', orgName: dept.name, partySize: 2, meetingUrl: null });
    expect(b.slot).toMatchObject({ id: roomy.id, date: roomy.date, startTime: roomy.startTime });
    expect(b.place).toMatchObject({ name: '人社局接待室', address: '人民路 9 号', mapUrl: 'https://map.example/9' });
    const row = await db.selectFrom('reception_bookings').selectAll().where('number', '=', b.number).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(code);
    const after = (await app.inject({ method: 'GET', url: `/api/public/reception/${dept.id}` })).json();
    expect(after.slots.find((s: { id: number }) => s.id === roomy.id).free).toBe(roomy.capacity - 1);
    const notices = await outbox(phone);
    expect(notices.map((n) => n.template_key)).toEqual(['visitor.booking_confirmed']);
    expect(notices[0]!.body).toContain(b.number);
    expect(notices[0]!.body).not.toContain(code);
    expect(notices[0]!.body).toContain('未预约也可以直接来访');
    expect((await outbox('wang@example.cn')).length).toBeGreaterThanOrEqual(1);
    const events = await db.selectFrom('reception_booking_events').select('kind').where('booking_id', '=', row.id).execute();
    expect(events.map((e) => e.kind)).toEqual(['booked']);
  });

  it('gives a video slot’s meeting link only to the booked visitor, never in the public schedule or feed', async () => {
    const res = await book({ slotId: video.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().booking.meetingUrl).toBe('https://meet.example/room-7');
    const schedule = await app.inject({ method: 'GET', url: `/api/public/reception/${dept.id}` });
    const feed = await app.inject({ method: 'GET', url: `/api/public/reception/${dept.id}/calendar.ics` });
    expect(schedule.body).not.toContain('room-7');
    expect(feed.body).not.toContain('room-7');
  });

  it('never books a slot beyond its capacity, even with simultaneous requests', async () => {
    const proofs = await Promise.all(Array.from({ length: 8 }, () => solved()));
    const answers = await Promise.all(
      proofs.map((p) => app.inject({ method: 'POST', url: '/api/public/bookings', payload: { ...p, ...booking({ slotId: small.id }) } })),
    );
    const codes = answers.map((a) => (a.statusCode === 201 ? 'ok' : a.json().error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(3);
    expect(codes.filter((c) => c === 'reception_booking_full')).toHaveLength(5);
    const live = await db
      .selectFrom('reception_bookings')
      .select('id')
      .where('slot_id', '=', small.id)
      .where('status', '<>', 'cancelled')
      .execute();
    expect(live).toHaveLength(3);
    const schedule = (await app.inject({ method: 'GET', url: `/api/public/reception/${dept.id}` })).json();
    expect(schedule.slots.find((s: { id: number }) => s.id === small.id).free).toBe(0);
  });

  it('refuses bad input with a stable code and the field, in Chinese and English, writing nothing', async () => {
    const count = async () =>
      (await db.selectFrom('reception_bookings').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const n = await count();
    const phone = newPhone();
    expect((await book({ phone })).statusCode).toBe(201);
    const twice = await book({ phone });
    expect([twice.statusCode, twice.json().error.code, twice.json().error.details.fields[0].path]).toEqual([
      409,
      'reception_booking_duplicate',
      'phone',
    ]);
    const group = await book({ partySize: 6 });
    expect(group.statusCode).toBe(400);
    expect(group.json().error.details.fields[0]).toMatchObject({ path: 'partySize' });
    expect(group.json().error.details.fields[0].message).toContain('代表');
    expect((await book({ partySize: 0 })).statusCode).toBe(400);
    expect((await book({ matter: '事'.repeat(301) })).json().error.details.fields[0].path).toBe('matter');
    expect((await book({ phone: '0536-3212345' })).json().error.details.fields[0].path).toBe('phone');
    const full = await book({ slotId: small.id }, { 'accept-language': 'en' });
    expect([full.statusCode, full.json().error.code]).toEqual([409, 'reception_booking_full']);
    expect(full.json().error.message).toMatch(/fully booked/);
    const unknown = await book({ slotId: 2_000_000 });
    expect([unknown.statusCode, unknown.json().error.code, unknown.json().error.details.fields[0].path]).toEqual([
      409,
      'reception_booking_slot_unavailable',
      'slotId',
    ]);
    // A slot of a plan never published.
    const draftOrg = await buildOrg(db, { parent: tree.county, kind: 'department', name: '县医疗保障局' });
    await buildUser(db, { org: draftOrg, roles: ['leader'] });
    const draftPlace = await admin.request({
      method: 'POST',
      url: '/api/reception/places',
      payload: { orgId: draftOrg.id, name: '医保局接待室', address: '人民路 10 号', hours: '工作日' },
    });
    const draft = await bureau.request({
      method: 'POST',
      url: '/api/reception/plans/generate',
      payload: { orgId: draftOrg.id, ...ahead, placeId: draftPlace.json().place.id },
    });
    const draftSlot = draft.json().plan.slots[0].id;
    expect((await book({ slotId: draftSlot })).json().error.code).toBe('reception_booking_slot_unavailable');
    // A slot whose reception has begun.
    travel(new Date(at(roomy.date, roomy.startTime).getTime() + 60_000));
    const past = await book();
    expect([past.statusCode, past.json().error.code]).toEqual([409, 'reception_booking_slot_past']);
    vi.useRealTimers();
    const wrongProof = await app.inject({
      method: 'POST',
      url: '/api/public/bookings',
      payload: { ...(await solved()), solution: { counter: 0, derivedKey: 'x' }, ...booking() },
    });
    expect(wrongProof.json().error.code).toBe('portal_challenge_failed');
    expect(await count()).toBe(n + 1);
    const unknownBody = await app.inject({ method: 'GET', url: '/api/public/reception/2000000' });
    expect([unknownBody.statusCode, unknownBody.json().error.code]).toEqual([404, 'org_not_found']);
  });
});

describe('约访: cancel or move with the code', () => {
  it('finds by number or phone, moves within the body, cancels; every change an event, nothing deleted', async () => {
    const phone = newPhone();
    const res = await book({ phone });
    const { booking: b, code } = res.json();
    const found = await post('/find', { phone, code });
    expect([found.statusCode, found.json().booking.number]).toEqual([200, b.number]);
    const same = await post('/move', { key: { number: b.number, code }, slotId: roomy.id });
    expect(same.json().error.details.fields[0].path).toBe('slotId');
    const moved = await post('/move', { key: { number: b.number, code: code.toLowerCase() }, slotId: spare.id });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().booking.slot.id).toBe(spare.id);
    const cancelled = await post('/cancel', { number: b.number, code });
    expect(cancelled.json().booking.status).toBe('cancelled');
    expect((await post('/cancel', { number: b.number, code })).json().error.code).toBe('reception_booking_closed');
    const row = await db.selectFrom('reception_bookings').selectAll().where('number', '=', b.number).executeTakeFirstOrThrow();
    const events = await db.selectFrom('reception_booking_events').selectAll().where('booking_id', '=', row.id).orderBy('id').execute();
    expect(events.map((e) => e.kind)).toEqual(['booked', 'moved', 'cancelled']);
    expect(events[1]!.payload).toEqual({ from: roomy.id, to: spare.id });
    expect((await outbox(phone)).map((n) => n.template_key)).toEqual([
      'visitor.booking_confirmed',
      'visitor.booking_moved',
      'visitor.booking_cancelled',
    ]);
    // The place is free again.
    const schedule = (await app.inject({ method: 'GET', url: `/api/public/reception/${dept.id}` })).json();
    const spareNow = schedule.slots.find((s: { id: number }) => s.id === spare.id);
    expect(spareNow.free).toBe(spareNow.capacity);
  });

  it('counts wrong codes and locks the number out after five', async () => {
    const { booking: b, code } = (await book()).json();
    for (let i = 0; i < 5; i++) {
      const wrong = await post('/find', { number: b.number, code: 'AAAA-AAAA' });
      expect([wrong.statusCode, wrong.json().error.code]).toEqual([404, 'reception_booking_not_found']);
    }
    const locked = await post('/find', { number: b.number, code });
    expect([locked.statusCode, locked.json().error.code]).toEqual([429, 'reception_booking_locked']);
    expect((await post('/find', { code })).json().error.details.fields[0].path).toBe('number');
  });
});

describe('约访 notices', () => {
  it('reminds the day before, once per booking however often the job runs', async () => {
    const phone = newPhone();
    const { booking: b } = (await book({ phone })).json();
    // Two days before: nothing yet.
    travel(at(addDays(roomy.date, -2), '10:00'));
    await remind();
    expect((await outbox(phone)).map((n) => n.template_key)).toEqual(['visitor.booking_confirmed']);
    // The day before, the job runs three times (twice at once): one reminder.
    travel(at(addDays(roomy.date, -1), '10:00'));
    await remind();
    await Promise.all([remind(), remind()]);
    const reminders = (await outbox(phone)).filter((n) => n.template_key === 'visitor.booking_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.body).toContain(b.number);
    const row = await db.selectFrom('reception_bookings').select('id').where('number', '=', b.number).executeTakeFirstOrThrow();
    const kinds = await db.selectFrom('reception_booking_events').select('kind').where('booking_id', '=', row.id).execute();
    expect(kinds.filter((k) => k.kind === 'reminded')).toHaveLength(1);
  });

  it('tells those booked on a changed or removed slot what changed when the plan is republished', async () => {
    const onChanged = newPhone();
    const onRemoved = newPhone();
    expect((await book({ phone: onChanged, slotId: roomy.id })).statusCode).toBe(201);
    expect((await book({ phone: onRemoved, slotId: spare.id })).statusCode).toBe(201);
    await edit(roomy, { startTime: '09:00', reason: '领导临时调整时间' });
    const removed = await bureau.request({
      method: 'POST',
      url: `/api/reception/slots/${spare.id}/remove`,
      payload: { reason: '领导参加防汛会议' },
    });
    expect(removed.statusCode, removed.body).toBe(200);
    // Not told before the change is published.
    expect((await outbox(onChanged)).map((n) => n.template_key)).toEqual(['visitor.booking_confirmed']);
    expect((await publish('调整两次接访')).statusCode).toBe(200);
    const changed = (await outbox(onChanged)).filter((n) => n.template_key === 'visitor.booking_slot_changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.body).toContain(`${roomy.date} 09:00`);
    expect(changed[0]!.body).toContain('领导临时调整时间');
    const gone = (await outbox(onRemoved)).filter((n) => n.template_key === 'visitor.booking_slot_changed');
    expect(gone).toHaveLength(1);
    expect(gone[0]!.body).toContain('改约');
    // Booking the removed slot is refused now.
    expect((await book({ slotId: spare.id })).json().error.code).toBe('reception_booking_slot_unavailable');
  });
});

describe('the reception desk', () => {
  it('lists the day per slot with masked phones, checks in on the day, records walk-ins, the counsellor, and audits phone views', async () => {
    const phone = newPhone();
    const { booking: b } = (await book({ phone, slotId: video.id })).json();
    const day = await desk.request({ method: 'GET', url: `/api/reception/desk?orgId=${dept.id}&date=${video.date}` });
    expect(day.statusCode, day.body).toBe(200);
    const slot = day.json().slots.find((s: { id: number }) => s.id === video.id);
    expect(slot.leaders).toHaveLength(1);
    const listed = slot.bookings.find((x: { number: string }) => x.number === b.number);
    expect(listed).toMatchObject({ name: '王秀兰', status: 'booked', visitId: null, phone: `${phone.slice(0, 3)}****${phone.slice(7)}` });
    // Not on another day.
    const early = await desk.request({ method: 'POST', url: `/api/reception/bookings/${listed.id}/check-in` });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'reception_booking_not_today']);
    // On the day (the service asked with that day's time: a session would not outlive the clock moved months on).
    const deskService = createReceptionDeskService({ db });
    const user = await db.selectFrom('users').selectAll().where('id', '=', desk.userId).executeTakeFirstOrThrow();
    const actor = actorOfUser({ ...user, org_path: tree.bureau.path, org_name: tree.bureau.name }, { ip: '127.0.0.1', requestId: 'test' });
    const onTheDay = at(video.date, '08:00');
    const { visitId } = await deskService.checkIn(actor, listed.id, onTheDay);
    await expect(deskService.checkIn(actor, listed.id, onTheDay)).rejects.toMatchObject({ code: 'reception_booking_closed' });
    const walkIn = await desk.request({
      method: 'POST',
      url: '/api/reception/visits',
      payload: { orgId: dept.id, slotId: null, name: '李建国', phone: '13700001111', matter: '工伤认定', partySize: 7 },
    });
    expect(walkIn.statusCode, walkIn.body).toBe(201);
    const counsel = await desk.request({
      method: 'PUT',
      url: `/api/reception/slots/${video.id}/counsel`,
      payload: { counsel: '张律师（鲁法律师事务所）' },
    });
    expect(counsel.statusCode, counsel.body).toBe(204);
    const after = (await desk.request({ method: 'GET', url: `/api/reception/desk?orgId=${dept.id}&date=${video.date}` })).json();
    const s2 = after.slots.find((s: { id: number }) => s.id === video.id);
    expect(s2.counsel).toBe('张律师（鲁法律师事务所）');
    expect(s2.bookings.find((x: { number: string }) => x.number === b.number)).toMatchObject({ status: 'checked_in', visitId });
    const visit = await db.selectFrom('reception_visits').selectAll().where('id', '=', visitId).executeTakeFirstOrThrow();
    expect(visit).toMatchObject({ source: 'booking', slot_id: video.id, name: '王秀兰' });
    const today = (await desk.request({ method: 'GET', url: `/api/reception/desk?orgId=${dept.id}&date=${chinaDate(new Date())}` })).json();
    expect(today.walkIns.find((w: { name: string }) => w.name === '李建国')).toMatchObject({ phone: '137****1111', partySize: 7 });

    const noReason = await desk.request({ method: 'POST', url: `/api/reception/bookings/${listed.id}/phone`, payload: { reason: '' } });
    expect(noReason.statusCode).toBe(400);
    const opened = await desk.request({
      method: 'POST',
      url: `/api/reception/bookings/${listed.id}/phone`,
      payload: { reason: '联系来访人改期' },
    });
    expect(opened.json().phone).toBe(phone);
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'reception.personal_data_viewed').execute();
    expect(audit.map((a) => a.after)).toContainEqual({ reason: '联系来访人改期' });

    // Another county's desk, and an account without the desk's permission, see nothing.
    const foreign = await otherDesk.request({ method: 'GET', url: `/api/reception/desk?orgId=${dept.id}&date=${video.date}` });
    expect(foreign.statusCode).toBe(400);
    expect((await admin.request({ method: 'GET', url: `/api/reception/desk?orgId=${dept.id}&date=${video.date}` })).statusCode).toBe(403);
  });
});
