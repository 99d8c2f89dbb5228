/**
 * Data generator: N petitions (1k … 10M) of a province with their petitioners and full handling histories, into a
 * fresh database, reproducible from a seed. Run alone:
 *   node --conditions=source --import tsx bench/generate.ts --petitions 100000 [--seed 7] [--data-dir DIR]
 * (DIR keeps the cluster for later `npm run bench -- --data-dir DIR`). Rows are built in batches and loaded with
 * multi-row INSERTs while the next batch is built, so memory stays flat at any size.
 */
import { chinaDate, type DeadlineGrade } from '@xinfang/domain';
import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Database, Executor } from '../server/src/db/database.js';
import { WorkCalendar, packageCalendar } from '../server/src/features/deadlines/calendar.js';
import { dueAt, grade, soonAt } from '../server/src/features/deadlines/clock.js';
import { DEFAULT_POLICY_PACK, POLICY_PACKS } from '../server/src/features/deadlines/policies.js';
import { queryCodeHash } from '../server/src/features/petitions/petitions.service.js';
import { packed, signatureOf } from '../server/src/shared/resemblance.js';
import { summaryOf, textGrams } from '../server/src/shared/search.js';
import { createBodies, type Body, type Level } from './bodies.js';
import { Rng, employer, identityNumber, loadCorpus, mobile, personName, streetAddress, vary, type Place } from './corpus.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const BATCH = 2000;
const PACK = POLICY_PACKS[DEFAULT_POLICY_PACK]!;

/** A matter's text signature (bytea's hex text) and similar-matter keys (an array literal), as registration stores them. */
function signatureRow(petitionId: number, title: string, content: string) {
  const s = signatureOf(title, content);
  return { petition_id: petitionId, signature: `\\x${packed(s.minhash).toString('hex')}`, keys: `{${s.keys.join(',')}}` };
}

/** Tables the generator fills, with the columns it sets; ids are given by the generator. */
const TABLES = {
  petitions:
    'id org_id number year seq query_code_hash channel received_at type category_id title content place_region_code place_address persons_count involved_count accused_person accused_org_id anonymous confidential skip_level litigation major_urgent status first_time repeat_of_id search_grams scope_orgs summary registered_by created_at updated_at version router_org_id holder_org_id decline_route decline_reason report concluded_at final_at',
  petitioners:
    'id petition_id position kind name id_type id_number phone address region_code employer is_main is_representative notify_sms notify_email',
  petition_events: 'id petition_id at actor_id actor_org_id kind from_status to_status payload',
  petition_assignments: 'id petition_id mode from_org_id to_org_id status requirements due_at created_by created_at received_at',
  petition_access: 'petition_id org_id',
  petition_signatures: 'petition_id signature keys',
  handling_records: 'id petition_id org_id kind occurred_on note created_by created_at',
  extensions: 'id petition_id org_id days reason status requested_by requested_at decided_by decided_at',
  decisions:
    'id petition_id stage org_id outcome request facts reasons basis review_org_id review_days issued_by issued_at delivery_method delivery_result delivered_on delivered_by',
  proceedings: 'id petition_id kind org_id requested_on reasons status created_by created_at',
  supervisions: 'id petition_id kind from_org_id to_org_id message reply_due_on reply adopted replied_at replied_by created_by created_at',
  evaluations: 'id petition_id target org_id decision_id stage rating created_at',
  petition_clocks: 'id petition_id org_id key pack label started_at due_at provisional grade stopped_at stop_event extended soon_at',
  clock_warnings: 'clock_id grade created_at notified_at',
} as const;
type Table = keyof typeof TABLES;
type Row = Record<string, unknown>;

/** Rows waiting for the next multi-row INSERT, and the ids given so far per table. */
class Loader {
  private rows = new Map<Table, Row[]>();
  private readonly ids = new Map<Table, number>();
  private inFlight: Promise<void> = Promise.resolve();
  count = 0;
  /** Petitions go through the first connection, the other tables through the second, at the same time. */
  constructor(private readonly db: [Executor, Executor]) {}

  nextId(table: Table): number {
    const id = (this.ids.get(table) ?? 0) + 1;
    this.ids.set(table, id);
    return id;
  }

  add(table: Table, row: Row) {
    let list = this.rows.get(table);
    if (!list) this.rows.set(table, (list = []));
    list.push(row);
  }

  /** Sends what is buffered while the caller builds the next batch; waits for the previous send first. */
  async flush() {
    await this.inFlight;
    const batch = this.rows;
    this.rows = new Map();
    this.inFlight = this.send(batch);
  }

  async finish() {
    await this.flush();
    await this.inFlight;
  }

  private async send(batch: Map<Table, Row[]>) {
    const tables = Object.keys(TABLES) as Table[];
    const insert = async (db: Executor, list: Table[]) => {
      for (const table of list) {
        const rows = batch.get(table);
        if (!rows) continue;
        const cols = TABLES[table].split(' ').join(', ');
        const hasId = TABLES[table].startsWith('id ');
        await sql`insert into ${sql.table(table)} (${sql.raw(cols)}) ${sql.raw(hasId ? 'overriding system value' : '')}
          select ${sql.raw(cols)} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)})`.execute(db);
        this.count += rows.length;
      }
    };
    await Promise.all([insert(this.db[0], tables.slice(0, 1)), insert(this.db[1], tables.slice(1))]);
  }

  async setSequences() {
    for (const [table, last] of this.ids) await sql`select setval(pg_get_serial_sequence(${table}, 'id'), ${last})`.execute(this.db[0]);
  }
}

/** Secondary indexes are dropped while loading and built again after: much faster than keeping them up to date. */
async function dropIndexes(db: Executor): Promise<string[]> {
  const tables = [...Object.keys(TABLES), 'petition_scopes'];
  const { rows } = await sql<{ name: string; def: string }>`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i join pg_class t on t.oid = i.indrelid
    where t.relname = any(${tables}::text[]) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`.execute(db);
  for (const r of rows) await sql`drop index ${sql.raw(r.name)}`.execute(db);
  return rows.map((r) => r.def);
}

export interface GenerateOptions {
  petitions: number;
  seed: number;
  now: Date;
  years?: number;
  log: (line: string) => void;
  /** Work to run beside the text index builds once the other indexes and the scope rows are there. */
  alongside?: () => Promise<unknown>;
}

export interface GenerateResult {
  petitions: number;
  rows: number;
  loadSeconds: number;
  indexSeconds: number;
  openClocks: number;
}

const CHANNEL_WEIGHTS = {
  online: 30,
  hotline: 22,
  visit: 15,
  letter: 12,
  phone: 10,
  wechat: 5,
  email: 2,
  mailbox: 1.5,
  video: 1,
  sms: 1,
  fax: 0.5,
} as const;
const RATINGS = { satisfied: 65, basically_satisfied: 22, dissatisfied: 13 } as const;
const OUTCOMES = { explain: 55, support: 30, reject: 15 } as const;
const DECLINE_ROUTES = ['litigation', 'arbitration', 'labor_arbitration', 'reconsideration', 'other'] as const;

/** The tier a petition is registered at, and what that body then does with it. */
const TIERS = { county: 60, township: 20, city: 15, province: 5 } as const;
const ROUTING = {
  county: { accept: 25, assign: 42, forward: 25, decline: 8 },
  township: { accept: 85, forward: 10, decline: 5, assign: 0 },
  city: { assign: 50, forward: 20, accept: 15, decline: 15 },
  province: { assign: 55, forward: 20, accept: 10, decline: 15 },
} as const;

/**
 * Generates into a migrated, empty database: the bodies and accounts (bench/bodies.ts), then the petitions
 * received over `years` years up to `now`, in the order they came in.
 */
export async function generate(db: Database, opts: GenerateOptions): Promise<GenerateResult> {
  // One connection that skips foreign-key and other triggers: bulk loading only (statistics are rebuilt after).
  return db.connection().execute((first) =>
    db.connection().execute(async (second) => {
      for (const c of [first, second]) await sql`set session_replication_role = replica`.execute(c);
      return load([first, second], opts);
    }),
  );
}

async function load([db, second]: [Executor, Executor], opts: GenerateOptions): Promise<GenerateResult> {
  const started = Date.now();
  const r = new Rng(opts.seed);
  const corpus = loadCorpus();
  const calendar = new WorkCalendar([packageCalendar()]);
  const { province, bodies } = await createBodies(db);
  const byId = new Map(bodies.map((b) => [b.id, b]));
  /** The government above a body: where 复查 goes (a bureau's or department's own government, a township's county). */
  const parentGov = (body: Body): Body => byId.get(Number(body.path.split('/').at(-3))) ?? province.gov;
  const leaves = new Map<string, number[]>();
  for (const c of await db.selectFrom('categories').select(['id', 'path']).where('level', '=', 3).orderBy('id').execute()) {
    const l1 = c.path.split('/')[0]!;
    leaves.set(l1, [...(leaves.get(l1) ?? []), c.id]);
  }
  const cities = province.below;
  const counties = cities.flatMap((c) => c.below.map((county) => ({ city: c, county })));
  // Some places file far more than others (a Zipf-like spread over the counties).
  const countyWeights = counties.map((_, i) => 1 / Math.sqrt(1 + ((i * 7919) % counties.length)));
  const countyTotal = countyWeights.reduce((a, b) => a + b, 0);
  const pickCounty = () => {
    let x = r.float() * countyTotal;
    for (let i = 0; i < counties.length; i++) if ((x -= countyWeights[i]!) < 0) return counties[i]!;
    return counties.at(-1)!;
  };

  const indexDefs = await dropIndexes(db);
  const loader = new Loader([db, second]);
  const now = opts.now.getTime();
  const span = (opts.years ?? 2) * 365 * DAY;
  const counters = new Map<string, { org: number; year: number; seq: number }>();
  // Recent petitioners, for repeats: the same person again, often about the same matter.
  const recent: { persona: number; petitionId: number; number: string; message: number; c: (typeof counties)[number] }[] = [];
  let openClocks = 0;

  const clock = (petitionId: number, org: Body, key: string, start: number, stop: { at: number; event: string } | null, extended = 0) => {
    const rule = PACK.clocks[key]!;
    const due = dueAt(calendar, new Date(start), rule.length + extended, rule.unit, { extendOverDaysOff: PACK.extendOverDaysOff });
    const dueMs = due.dueAt.getTime();
    const soon = soonAt(new Date(start), due.dueAt);
    let stoppedAt = stop && stop.at <= now ? stop.at : null;
    let stopEvent = stoppedAt ? stop!.event : null;
    if (rule.petitionerWindow && !stoppedAt && dueMs < now) [stoppedAt, stopEvent] = [dueMs, 'expired'];
    const id = loader.nextId('petition_clocks');
    const until = stoppedAt ?? now;
    let g: DeadlineGrade = 'normal';
    if (!rule.petitionerWindow) {
      g = grade(new Date(start), due.dueAt, new Date(until)).grade;
      // Each grade the sweep saw on the way is a warning, announced when raised.
      const reached: [DeadlineGrade, number][] = [
        ['due_soon', soon.getTime()],
        ['due_today', Date.parse(`${chinaDate(new Date(dueMs - 1))}T00:00:00+08:00`)],
        ['overdue', dueMs],
      ];
      for (const [w, at] of reached) {
        if (at > until || at < start) continue;
        const created = new Date(at);
        loader.add('clock_warnings', { clock_id: id, grade: w, created_at: created, notified_at: created });
      }
    }
    if (!stoppedAt) openClocks++;
    loader.add('petition_clocks', {
      id,
      petition_id: petitionId,
      org_id: org.id,
      key,
      pack: PACK.id,
      label: rule.label,
      started_at: new Date(start),
      due_at: due.dueAt,
      provisional: due.provisional,
      grade: g,
      stopped_at: stoppedAt === null ? null : new Date(stoppedAt),
      stop_event: stopEvent,
      extended,
      // The trigger of migration 0019 does not run while loading.
      soon_at: soon,
    });
  };

  let lastLog = Date.now();
  for (let i = 0; i < opts.petitions; i++) {
    const id = loader.nextId('petitions');
    const receivedAt = now - span + (i + r.float()) * (span / opts.petitions) - 6 * HOUR;
    const registeredAt = Math.min(now - 60_000, receivedAt + r.between(0.05, 6) * HOUR);

    // Who: a new petitioner, or one seen lately (then often about the same matter: a repeat).
    const again = recent.length > 100 && r.chance(0.22) ? r.pick(recent) : undefined;
    const sameMatter = again !== undefined && r.chance(0.7);
    const persona = again?.persona ?? r.int(2 ** 31);
    const c = again?.c ?? pickCounty();
    const message = sameMatter ? again.message : r.int(corpus.messages.length);
    const m = corpus.messages[message]!;

    const tier = r.weighted(TIERS);
    const township = c.county.townships.length ? r.pick(c.county.townships) : null;
    const registrar: Body =
      tier === 'province'
        ? province.bureau
        : tier === 'city'
          ? c.city.bureau
          : tier === 'township' && township
            ? township
            : c.county.bureau;
    const place: Place = { province: '山东省', city: c.city.name, county: c.county.name, township: township?.name ?? '' };
    const title = vary(r, m.title, place, []).slice(0, 100) || m.title.slice(0, 100);
    const content = vary(r, m.body, place, corpus.sentences.get(m.level1) ?? []);
    const categories = leaves.get(m.level1) ?? [];
    const categoryId = categories.length && r.chance(0.95) ? categories[(message * 7919) % categories.length]! : null;

    const channel = r.weighted(CHANNEL_WEIGHTS);
    const type = r.weighted({ appeal: 80, suggestion: 12, accusation: 8 });
    const anonymous = type !== 'appeal' && r.chance(0.15);
    const confidential = !anonymous && r.chance(0.01);
    const accused = type === 'accusation' ? (r.chance(0.6) ? r.pick([...c.county.departments, ...c.county.townships]) : null) : null;
    const x = r.float();
    const persons = x < 0.93 ? 1 : x < 0.97 ? 2 + r.int(3) : 5 + r.int(76);

    // 信访人: the main one (the persona), joint petitioners, representatives of a group.
    const petitioners: { name: string }[] = [];
    if (!anonymous) {
      const n = Math.min(persons, persons >= 5 ? 1 + r.int(5) : persons);
      for (let k = 0; k < n; k++) {
        const pr = new Rng(k === 0 ? persona : persona + k * 104_729 + id);
        const isOrg = k === 0 && pr.chance(0.02);
        const name = isOrg ? employer(pr, c.county.name) : personName(pr);
        const idNumber =
          !isOrg && (channel === 'visit' || channel === 'video' || pr.chance(0.6)) ? identityNumber(pr, c.county.region) : null;
        const phone = channel === 'letter' && pr.chance(0.3) ? null : mobile(pr);
        const address = streetAddress(pr, `${place.county}${place.township}`);
        petitioners.push({ name });
        loader.add('petitioners', {
          id: loader.nextId('petitioners'),
          petition_id: id,
          position: k,
          kind: isOrg ? 'org' : 'person',
          name,
          id_type: isOrg ? 'org_code' : idNumber ? 'id_card' : null,
          id_number: idNumber,
          phone,
          address,
          region_code: c.county.region,
          employer: isOrg || !pr.chance(0.3) ? null : employer(pr, place.city),
          is_main: k === 0,
          is_representative: persons >= 5,
          notify_sms: phone !== null,
          notify_email: false,
        });
      }
    }

    const year = Number(chinaDate(new Date(registeredAt)).slice(0, 4));
    const counterKey = `${registrar.id}:${year}`;
    const counter = counters.get(counterKey) ?? { org: registrar.id, year, seq: 0 };
    counter.seq++;
    counters.set(counterKey, counter);
    const number = `${registrar.code}${year}${String(counter.seq).padStart(6, '0')}`;
    const repeatOf = sameMatter ? again.petitionId : null;

    // The history: each step happens at its time, and only steps before now are recorded.
    let status = 'registered';
    let version = 1;
    const state: Row = {
      router_org_id: null,
      holder_org_id: null,
      decline_route: null,
      decline_reason: null,
      report: null,
      concluded_at: null,
      final_at: null,
    };
    // The bodies the matter reached beyond the registering one (petition_access).
    const reached: Body[] = [];
    let updatedAt = registeredAt;
    const event = (at: number, actor: Body, user: number, kind: string, to: string | null, payload: Row) => {
      if (at > now) return false;
      loader.add('petition_events', {
        id: loader.nextId('petition_events'),
        petition_id: id,
        at: new Date(at),
        actor_id: user,
        actor_org_id: actor.id,
        kind,
        from_status: kind === 'registered' ? null : status,
        to_status: to ?? status,
        payload,
      });
      if (kind !== 'registered') version++;
      if (to) status = to;
      updatedAt = at;
      return true;
    };
    event(registeredAt, registrar, registrar.registrar, 'registered', 'registered', {
      number,
      channel,
      source: 'form',
      repeatOf: sameMatter ? again.number : null,
    });

    const level: Level = tier === 'province' ? province : tier === 'city' ? c.city : c.county;
    const routing = r.weighted(ROUTING[tier]);
    const y = r.float();
    const routeAt = registeredAt + (y < 0.55 ? r.between(0.1, 8) * HOUR : y < 0.9 ? r.between(1, 4) * DAY : r.between(4, 25) * DAY);
    let handler: Body | null = null;
    let handleStart = 0;
    let assignment: { id: number; mode: 'assign' | 'forward' } | null = null;
    const decideEvent = { accept: 'accepted', forward: 'forwarded', assign: 'assigned', decline: 'declined' }[routing];
    clock(id, registrar, 'decide', receivedAt, { at: routeAt, event: decideEvent });

    if (routing === 'decline') {
      const route = r.pick(DECLINE_ROUTES);
      const reason = '该事项应当通过法定途径解决，已告知信访人向有关机关提出。';
      if (event(routeAt, registrar, registrar.registrar, 'decline', 'declined', { route, routeOrgId: null, reason }))
        Object.assign(state, { decline_route: route, decline_reason: reason });
    } else if (routing === 'accept') {
      if (event(routeAt, registrar, registrar.registrar, 'accept', 'accepted', { note: null })) {
        handler = registrar;
        handleStart = routeAt;
        state.holder_org_id = registrar.id;
      }
    } else {
      const to: Body =
        tier === 'province' && routing === 'assign'
          ? c.city.bureau
          : tier === 'city' && routing === 'assign'
            ? c.county.bureau
            : tier === 'township'
              ? r.pick(c.county.departments)
              : routing === 'assign' && tier === 'county' && r.chance(0.4) && township
                ? township
                : r.pick(level.departments);
      const dueAtAssigned = new Date(routeAt + 60 * DAY);
      const payload: Row =
        routing === 'assign'
          ? { toOrgId: to.id, toOrg: to.name, requirements: '请依法依规办理，按期报送办理结果。', dueAt: dueAtAssigned, note: null }
          : { toOrgId: to.id, toOrg: to.name, note: null };
      if (event(routeAt, registrar, registrar.registrar, routing, routing === 'assign' ? 'assigned' : 'forwarded', payload)) {
        const receiveAt = routeAt + r.between(0.1, 4) * DAY;
        assignment = { id: loader.nextId('petition_assignments'), mode: routing };
        const received = receiveAt <= now;
        loader.add('petition_assignments', {
          id: assignment.id,
          petition_id: id,
          mode: routing,
          from_org_id: registrar.id,
          to_org_id: to.id,
          status: received ? 'received' : 'pending',
          requirements: routing === 'assign' ? payload.requirements : null,
          due_at: routing === 'assign' ? dueAtAssigned : null,
          created_by: registrar.registrar,
          created_at: new Date(routeAt),
          received_at: received ? new Date(receiveAt) : null,
        });
        loader.add('petition_access', { petition_id: id, org_id: to.id });
        reached.push(to);
        state.router_org_id = registrar.id;
        clock(id, to, 'object', routeAt, { at: receiveAt, event: 'received' });
        if (event(receiveAt, to, to.handler, 'receive', 'handling', { assignmentId: assignment.id })) {
          handler = to;
          handleStart = receiveAt;
          state.holder_org_id = to.id;
        }
      }
    }

    if (handler) {
      // When the answer comes: the real delays of answered messages, counted from receipt; a few matters stall.
      const stalled = r.chance(0.01);
      const delay = r.pick(corpus.replyDays) * r.between(0.8, 1.2) * DAY;
      const decideAt = stalled ? Infinity : Math.max(receivedAt + delay, handleStart + r.between(0.2, 2) * DAY);
      let extended = 0;
      if (decideAt - handleStart > 55 * DAY) {
        const asked = handleStart + r.between(40, 54) * DAY;
        const days = Math.min(30, Math.max(5, Math.ceil((decideAt - handleStart) / DAY) - 55));
        const reason = '案情复杂，需进一步调查核实。';
        if (event(asked, handler, handler.handler, 'requestExtension', null, { days, reason })) {
          const decidedAt = asked + r.between(0.5, 3) * DAY;
          const approved = decidedAt <= now;
          loader.add('extensions', {
            id: loader.nextId('extensions'),
            petition_id: id,
            org_id: handler.id,
            days,
            reason,
            status: approved ? 'approved' : 'pending',
            requested_by: handler.handler,
            requested_at: new Date(asked),
            decided_by: approved ? handler.leader : null,
            decided_at: approved ? new Date(decidedAt) : null,
          });
          if (event(decidedAt, handler, handler.leader, 'approveExtension', 'extended', { approve: true, days, reason, note: null }))
            extended = days;
        }
      }
      if (r.chance(0.6)) {
        const at = handleStart + (Math.min(decideAt, now) - handleStart) * r.between(0.2, 0.8);
        const note = '走访调查，听取信访人陈述，调取相关材料。';
        if (
          event(at, handler, handler.handler, 'record', status === 'accepted' ? 'handling' : null, {
            kind: 'investigation',
            occurredOn: chinaDate(new Date(at)),
            note,
          })
        )
          loader.add('handling_records', {
            id: loader.nextId('handling_records'),
            petition_id: id,
            org_id: handler.id,
            kind: 'investigation',
            occurred_on: chinaDate(new Date(at)),
            note,
            created_by: handler.handler,
            created_at: new Date(at),
          });
      }
      // 催办 / 督办 of matters that take long, by the body that routed them (or the one above the handler).
      const slow = Math.min(decideAt, now) - handleStart > 30 * DAY;
      if (slow && r.chance(0.25)) {
        const from = registrar.id === handler.id ? level.bureau : registrar;
        const supervise = r.chance(0.25);
        const at = handleStart + r.between(30, 40) * DAY;
        const supervisionId = loader.nextId('supervisions');
        const text = supervise ? '请于规定期限内办结并报送办理情况，提出改进工作的建议。' : '该事项已临近期限，请抓紧办理。';
        const replyDue = chinaDate(new Date(at + 10 * DAY));
        if (
          event(
            at,
            from,
            from.supervisor,
            supervise ? 'supervise' : 'urge',
            null,
            supervise ? { toOrgId: handler.id, proposals: text, replyDueDate: replyDue } : { toOrgId: handler.id, message: text },
          )
        ) {
          const repliedAt = at + r.between(1, 8) * DAY;
          const replied = repliedAt <= now;
          const adopted = supervise ? r.chance(0.8) : null;
          loader.add('supervisions', {
            id: supervisionId,
            petition_id: id,
            kind: supervise ? 'supervise' : 'urge',
            from_org_id: from.id,
            to_org_id: handler.id,
            message: text,
            reply_due_on: supervise ? replyDue : null,
            reply: replied ? '已按要求加快办理。' : null,
            adopted: replied ? adopted : null,
            replied_at: replied ? new Date(repliedAt) : null,
            replied_by: replied ? handler.handler : null,
            created_by: from.supervisor,
            created_at: new Date(at),
          });
          event(repliedAt, handler, handler.handler, 'replySupervision', null, {
            supervisionId,
            kind: supervise ? 'supervise' : 'urge',
            reply: '已按要求加快办理。',
            adopted,
          });
        }
      }
      clock(id, handler, 'handle', handleStart, { at: decideAt, event: 'decided' }, extended);

      const decisionId = loader.nextId('decisions');
      const outcome = r.weighted(OUTCOMES);
      const reviewOrg = parentGov(handler);
      if (
        event(decideAt, handler, handler.handler, 'decide', 'answered', {
          decisionId,
          stage: 'handling',
          outcome,
          reviewOrgId: reviewOrg.id,
        })
      ) {
        const deliverAt = decideAt + r.between(0.2, 5) * DAY;
        const delivered = deliverAt <= now;
        const deliveredOn = chinaDate(new Date(deliverAt));
        const method = r.weighted({ in_person: 40, post: 35, electronic: 25 });
        const reply = r.pick(corpus.replies);
        loader.add('decisions', {
          id: decisionId,
          petition_id: id,
          stage: 'handling',
          org_id: handler.id,
          outcome,
          request: `请求解决${title}`,
          facts: reply.slice(0, 400),
          reasons: reply.slice(400) || '经调查核实，依据有关规定作出如下处理意见。',
          basis: '《信访工作条例》第三十二条',
          review_org_id: reviewOrg.id,
          review_days: 30,
          issued_by: handler.handler,
          issued_at: new Date(decideAt),
          delivery_method: delivered ? method : null,
          delivery_result: delivered ? (r.chance(0.96) ? 'signed' : 'refused') : null,
          delivered_on: delivered ? deliveredOn : null,
          delivered_by: delivered ? handler.handler : null,
        });
        const payload = { decisionId, stage: 'handling', method, result: 'signed', deliveredOn };
        if (event(deliverAt, handler, handler.handler, 'deliver', null, payload)) {
          const windowStart = Date.parse(`${deliveredOn}T12:00:00+08:00`);
          const reviewAt = r.chance(0.04) ? deliverAt + r.between(2, 28) * DAY : Infinity;
          clock(id, handler, 'review_request', windowStart, { at: reviewAt, event: 'review_requested' });
          if (r.chance(0.45)) {
            const at = deliverAt + r.between(1, 20) * DAY;
            if (at <= now)
              for (const [target, org] of [
                ['handling', handler],
                ['bureau', registrar.kind === 'bureau' ? registrar : level.bureau],
              ] as const)
                loader.add('evaluations', {
                  id: loader.nextId('evaluations'),
                  petition_id: id,
                  target,
                  org_id: org.id,
                  decision_id: decisionId,
                  stage: 'handling',
                  rating: r.weighted(RATINGS),
                  created_at: new Date(at),
                });
          }
          const concludeAt = deliverAt + r.between(0.1, 3) * DAY;
          const toVerify = assignment?.mode === 'assign';
          if (
            event(concludeAt, handler, handler.handler, 'conclude', toVerify ? 'pending_review' : 'concluded', {
              report: '已出具处理意见并送达。',
            })
          ) {
            state.report = '已出具处理意见并送达。';
            if (!toVerify) state.concluded_at = new Date(concludeAt);
            const verifyAt = concludeAt + r.between(1, 12) * DAY;
            if (toVerify && event(verifyAt, registrar, registrar.registrar, 'verify', 'concluded', { note: null }))
              state.concluded_at = new Date(verifyAt);
          }
          if (
            reviewAt <= now &&
            event(reviewAt, reviewOrg, reviewOrg.registrar, 'requestReview', 'in_review', {
              kind: 'review',
              requestedOn: chinaDate(new Date(reviewAt)),
              reasons: '对处理意见不服，请求复查。',
            })
          ) {
            loader.add('petition_access', { petition_id: id, org_id: reviewOrg.id });
            reached.push(reviewOrg);
            const reviewDecideAt = reviewAt + r.between(10, 35) * DAY;
            const decided = reviewDecideAt <= now;
            loader.add('proceedings', {
              id: loader.nextId('proceedings'),
              petition_id: id,
              kind: 'review',
              org_id: reviewOrg.id,
              requested_on: chinaDate(new Date(reviewAt)),
              reasons: '对处理意见不服，请求复查。',
              status: decided ? 'decided' : 'open',
              created_by: reviewOrg.registrar,
              created_at: new Date(reviewAt),
            });
            clock(id, reviewOrg, 'review_decide', reviewAt, { at: reviewDecideAt, event: 'review_decided' });
            const reviewDecision = loader.nextId('decisions');
            const above = parentGov(reviewOrg);
            if (
              event(reviewDecideAt, reviewOrg, reviewOrg.handler, 'decide', null, {
                decisionId: reviewDecision,
                stage: 'review',
                outcome: 'uphold',
                reviewOrgId: above.id,
              })
            ) {
              const at = reviewDecideAt + r.between(0.5, 4) * DAY;
              const on = chinaDate(new Date(at));
              loader.add('decisions', {
                id: reviewDecision,
                petition_id: id,
                stage: 'review',
                org_id: reviewOrg.id,
                outcome: 'uphold',
                request: '请求撤销原处理意见',
                facts: reply.slice(0, 300),
                reasons: '原处理意见认定事实清楚，处理适当。',
                basis: '《信访工作条例》第三十五条',
                review_org_id: above.id,
                review_days: 30,
                issued_by: reviewOrg.handler,
                issued_at: new Date(reviewDecideAt),
                delivery_method: at <= now ? 'post' : null,
                delivery_result: at <= now ? 'signed' : null,
                delivered_on: at <= now ? on : null,
                delivered_by: at <= now ? reviewOrg.handler : null,
              });
              if (
                event(at, reviewOrg, reviewOrg.handler, 'deliver', 'concluded', {
                  decisionId: reviewDecision,
                  stage: 'review',
                  method: 'post',
                  result: 'signed',
                  deliveredOn: on,
                })
              ) {
                state.concluded_at = new Date(at);
                clock(id, reviewOrg, 'reexamination_request', Date.parse(`${on}T12:00:00+08:00`), null);
              }
            }
          }
        }
      }
    }

    const names = confidential ? [] : petitioners.map((p) => p.name);
    loader.add('petitions', {
      id,
      org_id: registrar.id,
      number,
      year,
      seq: counter.seq,
      query_code_hash: queryCodeHash(`${opts.seed}-${id}-${r.int(2 ** 31)}`),
      channel,
      received_at: new Date(Math.round(receivedAt)),
      type,
      category_id: categoryId,
      title,
      content,
      place_region_code: township?.region ?? c.county.region,
      place_address: `${place.county}${place.township}`,
      persons_count: persons,
      involved_count: persons >= 5 ? persons * (1 + r.int(5)) : 0,
      accused_person: type === 'accusation' && !accused ? personName(r) : null,
      accused_org_id: accused?.id ?? null,
      anonymous,
      confidential,
      skip_level: tier !== 'county' && tier !== 'township' && r.chance(0.1),
      litigation: r.chance(0.02),
      major_urgent: r.chance(0.01),
      status,
      first_time: !again,
      repeat_of_id: repeatOf,
      // As an array literal: PostgreSQL reads it faster than a JSON array (grams never hold quotes, commas or braces).
      search_grams: `{${textGrams(number, title, content, ...names).join(',')}}`,
      // What migration 0021's triggers keep: the ids on the paths of every body that sees the petition.
      scope_orgs: `{${[...new Set([registrar, ...reached].flatMap((b) => b.path.split('/').filter(Boolean).map(Number)))].sort((a, b) => a - b).join(',')}}`,
      summary: summaryOf(title, content),
      registered_by: registrar.registrar,
      created_at: new Date(Math.round(registeredAt)),
      updated_at: new Date(updatedAt),
      version,
      ...state,
    });
    loader.add('petition_signatures', signatureRow(id, title, content));
    if (!anonymous) {
      const seen = { persona, petitionId: id, number, message, c };
      if (recent.length < 20_000) recent.push(seen);
      else recent[r.int(recent.length)] = seen;
    }

    if ((i + 1) % BATCH === 0 || i + 1 === opts.petitions) {
      await loader.flush();
      if (Date.now() - lastLog > 10_000 || i + 1 === opts.petitions) {
        lastLog = Date.now();
        const s = (Date.now() - started) / 1000;
        opts.log(
          `generate: ${(i + 1).toLocaleString('en')} petitions, ${loader.count.toLocaleString('en')} rows in ${s.toFixed(0)} s ` +
            `(${Math.round(loader.count / s).toLocaleString('en')} rows/s, ${Math.round((i + 1) / s).toLocaleString('en')} petitions/s, ` +
            `rss ${Math.round(process.memoryUsage().rss / 1e6)} MB)`,
        );
      }
    }
  }
  await loader.finish();
  await loader.setSequences();
  await sql`insert into petition_number_counters (org_id, year, last_seq)
    select org, year, seq from json_to_recordset(${JSON.stringify([...counters.values()])}) as x(org int, year int, seq int)`.execute(db);
  const loadSeconds = (Date.now() - started) / 1000;

  const indexStart = Date.now();
  const slow: string[] = [];
  const timed = async (label: string, work: () => Promise<unknown>) => {
    const t = Date.now();
    await work();
    if (Date.now() - t > 2000) slow.push(`${label} ${((Date.now() - t) / 1000).toFixed(0)} s`);
  };
  // Statistics first: without them the scope rows' derivation below is several times slower
  // (docs/PERFORMANCE.md § Measurements behind code choices).
  await timed('analyze', () => sql`analyze`.execute(db));
  const build = async (c: Executor, defs: string[]) => {
    await sql`set maintenance_work_mem = '1GB'`.execute(c);
    for (const def of defs) await timed(/index (\S+)/i.exec(def)![1]!, () => sql.raw(def).execute(c));
  };
  // The text indexes of petitions (the grams' and the summary's GIN) take longest: they are built on one
  // connection, one core, which then vacuums petitions (marking its pages all-visible for index-only scans), while
  // the other derives the scope rows, builds the other indexes, runs the caller's work (the statistics rebuild) and
  // vacuums the other tables (the bodies' as well, loaded by bench/bodies.ts).
  const text = (def: string) => /ON public\.petitions USING gin \((search_grams|summary)/.test(def);
  const vacuum = (c: Executor, tables: string[]) =>
    timed(`vacuum ${tables.length > 1 ? `${tables.length} tables` : tables[0]}`, () =>
      sql`vacuum analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(c),
    );
  await Promise.all([
    (async () => {
      await build(db, indexDefs.filter(text));
      await vacuum(db, ['petitions']);
    })(),
    (async () => {
      // Bulk loading skips the triggers that keep the work lists' scope rows: derived here from the same view.
      await timed('petition_scopes', () => sql`insert into petition_scopes select * from petition_scope_rows`.execute(second));
      await build(
        second,
        indexDefs.filter((d) => !text(d)),
      );
      await vacuum(second, ['petition_scopes']);
      if (opts.alongside) await timed('alongside', opts.alongside);
      await vacuum(second, ['orgs', 'users', ...Object.keys(TABLES).filter((t) => t !== 'petitions')]);
    })(),
  ]);
  const indexSeconds = (Date.now() - indexStart) / 1000;
  opts.log(
    `generate: ${opts.petitions.toLocaleString('en')} petitions, ${loader.count.toLocaleString('en')} rows loaded in ${loadSeconds.toFixed(1)} s ` +
      `(${Math.round(loader.count / loadSeconds).toLocaleString('en')} rows/s); scope rows and ${indexDefs.length} indexes built and analysed in ${indexSeconds.toFixed(1)} s ` +
      `(${slow.join(', ')}); ${openClocks.toLocaleString('en')} open clocks`,
  );
  return { petitions: opts.petitions, rows: loader.count, loadSeconds, indexSeconds, openClocks };
}

/** Starts an embedded cluster in dataDir (as the server would), migrates it and generates into it. */
export async function generateInto(dataDir: string, petitions: number, seed: number, log: (line: string) => void) {
  process.env.DATA_DIR = dataDir;
  process.env.DATABASE_URL = '';
  const { loadConfig } = await import('../server/src/config.js');
  const { connect, DATABASE_NAME } = await import('../server/src/db/connect.js');
  const { prepareDatabase } = await import('../server/src/db/migrate.js');
  const { createDatabase } = await import('../server/src/db/database.js');
  const conn = await connect(loadConfig(), () => undefined);
  // Bulk loading with triggers off (session_replication_role) is the superuser's.
  const db = createDatabase(conn.embedded!.url(DATABASE_NAME));
  try {
    await prepareDatabase(conn.ownerUrl, conn.appRole);
    if (await db.selectFrom('orgs').select('id').limit(1).executeTakeFirst())
      throw new Error(`${dataDir} already holds data: generate into a fresh folder`);
    return await generate(db, { petitions, seed, now: new Date(), log });
  } finally {
    await db.destroy();
    await conn.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      petitions: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '7' },
      'data-dir': { type: 'string' },
    },
  });
  const dataDir = values['data-dir'] ?? mkdtempSync(path.join(tmpdir(), 'xinfang-bench-'));
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // the cluster may run as another user when started as root
  await generateInto(dataDir, Number(values.petitions), Number(values.seed), (line) => console.log(line));
  console.log(`generate: data in ${dataDir}`);
}
