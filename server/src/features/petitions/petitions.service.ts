import { CLOSED_STATUSES, MOBILE_PATTERN } from '@xinfang/domain';
import { createHash, randomInt } from 'node:crypto';
import type { PayloadInput, PetitionEventKind, PetitionStatus } from '@xinfang/domain';
import type { Insertable, Selectable } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import type { PetitionerTable } from '../../db/types.js';
import { AppError, fieldError } from '../../errors.js';
import { maskIdNumber, maskName, maskPhone } from '../../shared/identity.js';
import { signatureOf, storedResemblance, titleOnly, titleResemblance } from '../../shared/resemblance.js';
import { matterTextOf, sharedPhrase, summaryOf, textGrams, type MatterText } from '../../shared/search.js';
import { isUniqueViolation } from '../../shared/validators.js';
import { attachmentRecords } from '../attachments/index.js';
import { categoryRecords } from '../categories/index.js';
import { createClocksService, type ClocksService } from '../deadlines/index.js';
import { orgRecords } from '../orgs/index.js';
import { presentDetail, type DetailRow } from './petitions.presenter.js';
import { petitionPolicy } from './petitions.policy.js';
import { petitionsRepository } from './petitions.repository.js';
import { accusedOrgUnknown, checkRegistration, type RegistrationState } from './petitions.rules.js';
import type { CorrectInput, PetitionDetailDto, PetitionerInput, RegisterInput } from './petitions.schema.js';

/** Below this trigram similarity two matters of one petitioner are not "the same matter" (tuned on the near-duplicate fixture). */
export const SAME_MATTER_SIMILARITY = 0.3;
/**
 * Others' matters are offered from this resemblance of the whole texts up (or of the titles, while only a title is
 * typed): on the real near-duplicates, precision 0.96 and recall 0.97 there (docs/PERFORMANCE.md § Smart assistance).
 */
export const SIMILAR_MATTER_RESEMBLANCE = 0.2;
/** While only a title is typed: the trigram similarity of the titles from which a matter is offered. */
const SIMILAR_TITLE = 0.3;
/** A title this close to the one typed is offered however different the texts: the same title is worth a look. */
const NEAR_SAME_TITLE = 0.7;
/** How many similar matters are offered. */
const SIMILAR_SHOWN = 10;
const QUERY_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 12 characters from 31 (about 59 bits): not guessable; shown as ABCD-EFGH-JKLM. */
function newQueryCode(): string {
  const chars = Array.from({ length: 12 }, () => QUERY_CODE_ALPHABET[randomInt(QUERY_CODE_ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Only the hash is stored: the code is shown once, on the receipt. */
export function queryCodeHash(code: string): string {
  return createHash('sha256').update(code.replace(/[-\s]/g, '').toUpperCase()).digest('hex');
}

/**
 * Signs the petitions registered before signatures were kept (migration 0047), a batch per transaction, so similar
 * matters find them too; run at start, nothing to do once done. Returns how many it signed.
 */
export async function backfillSignatures(db: Database, batch = 1000): Promise<number> {
  let signed = 0;
  for (let after = 0; ;) {
    const rows = await petitionsRepository.unsigned(db, after, batch);
    if (!rows.length) return signed;
    await petitionsRepository.sign(
      db,
      rows.map((r) => ({ id: r.id, signature: signatureOf(r.title, r.content) })),
    );
    signed += rows.length;
    after = rows.at(-1)!.id;
  }
}

/** The year in China, which numbers restart with. */
const chinaYear = (d: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(d));

/** What petitioner data may go into events and the audit trail: masked, like every other view. */
function maskedSnapshot(p: PetitionerInput | Insertable<PetitionerTable>) {
  const idNumber = 'idNumber' in p ? p.idNumber : p.id_number;
  return { name: maskName(p.name), idNumber: maskIdNumber(idNumber ?? null), phone: maskPhone(p.phone ?? null) };
}

type Matter = Omit<RegisterInput, 'petitioners' | 'attachmentIds' | 'repeatOfId' | 'externalId' | 'accusedOrgNone' | 'assist'>;
const MATTER_COLUMNS = {
  channel: 'channel',
  receivedAt: 'received_at',
  type: 'type',
  categoryId: 'category_id',
  title: 'title',
  content: 'content',
  placeRegionCode: 'place_region_code',
  placeAddress: 'place_address',
  personsCount: 'persons_count',
  involvedCount: 'involved_count',
  accusedPerson: 'accused_person',
  accusedOrgId: 'accused_org_id',
  anonymous: 'anonymous',
  confidential: 'confidential',
  skipLevel: 'skip_level',
  litigation: 'litigation',
  majorUrgent: 'major_urgent',
  newFacts: 'new_facts',
} as const satisfies Record<keyof Matter, string>;

const petitionerRow = (petitionId: number, p: PetitionerInput, position: number): Insertable<PetitionerTable> => ({
  petition_id: petitionId,
  position,
  kind: p.kind,
  name: p.name,
  id_type: p.idNumber ? (p.idType ?? 'id_card') : p.idType,
  // One spelling of an ID number (as the registration schema reads it), whichever way it came in: matched by equality.
  id_number: p.idNumber?.trim().toUpperCase() || null,
  phone: p.phone,
  address: p.address,
  region_code: p.regionCode,
  employer: p.employer,
  is_main: p.isMain,
  is_representative: p.isRepresentative,
  email: p.email ?? null,
  notify_sms: (p.notifySms ?? true) && MOBILE_PATTERN.test(p.phone ?? ''),
  notify_email: (p.notifyEmail ?? true) && Boolean(p.email),
});

/** A stored petitioner in the shape the registration form sends. */
const inputOf = (s: Selectable<PetitionerTable>): PetitionerInput => ({
  kind: s.kind as PetitionerInput['kind'],
  name: s.name,
  idType: s.id_type as PetitionerInput['idType'],
  idNumber: s.id_number,
  phone: s.phone,
  address: s.address,
  regionCode: s.region_code,
  employer: s.employer,
  isMain: s.is_main,
  isRepresentative: s.is_representative,
  email: s.email,
  notifySms: s.notify_sms,
  notifyEmail: s.notify_email,
});

/**
 * Runs with every registration, in its transaction: the 受理凭证 (documents feature), the labels given to 智能辅助's
 * suggestions (assist feature); failing, nothing is registered.
 */
export type RegistrationListener = (e: {
  trx: Executor;
  actor: Actor;
  petitionId: number;
  eventId: number;
  source: 'form' | 'import';
  input: RegisterInput;
}) => Promise<void>;

/**
 * The workflow's part of a petition's detail: its sections and the actions the actor may take now. The workflow
 * feature builds on this one, so it is given at composition.
 */
export type WorkflowView = (trx: Executor, actor: Actor, p: DetailRow) => Promise<Pick<PetitionDetailDto, 'workflow' | 'actions'>>;

export function createPetitionsService({
  db,
  clocks = createClocksService({ db }),
  onRegistered = [],
  workflowView,
}: {
  db: Database;
  clocks?: ClocksService;
  onRegistered?: RegistrationListener[];
  workflowView: WorkflowView;
}) {
  async function load(actor: Actor, id: number, trx: Executor = db) {
    const p = await petitionsRepository.findVisible(trx, actor, id);
    if (!p) throw new AppError('petition_not_found');
    return p;
  }

  async function assertAccusedOrg(trx: Executor, accusedOrgId: number | null | undefined) {
    if (!accusedOrgId) return;
    if (!(await orgRecords.findById(trx, accusedOrgId))) throw fieldError('accusedOrgId', '被检举控告的单位不存在');
  }

  async function assertCategory(trx: Executor, categoryId: number | null) {
    if (!categoryId) return;
    const c = await categoryRecords.findById(trx, categoryId);
    if (!c || !c.active) throw fieldError('categoryId', '问题分类不存在或已停用');
  }

  /**
   * 条例 Art. 36: the final matter a registration is a repeat of. Linked by the registrar (to the final matter, or
   * to a repeat of it), or the same petitioner's by ID number about the same problem category (or a similar text).
   * The registration is recorded whatever the answer: the visit happened; only its 受理 is barred (workflow.policy.ts).
   */
  async function finalMatterOf(trx: Executor, input: RegisterInput, petitioners: PetitionerInput[], summary: string) {
    if (input.repeatOfId) return petitionsRepository.finalOfLink(trx, input.repeatOfId);
    const final = await petitionsRepository.finalMatter(
      trx,
      identities(petitioners).idNumbers,
      input.categoryId,
      summary,
      SAME_MATTER_SIMILARITY,
    );
    return final?.id ?? null;
  }

  /** 12345 dispatch clocks depend on the matter's urgency: emergencies, water/power/gas/heating, the rest. */
  async function urgencyOf(trx: Executor, input: RegisterInput): Promise<'emergency' | 'utility' | 'general'> {
    if (input.majorUrgent) return 'emergency';
    const category = input.categoryId ? await categoryRecords.findById(trx, input.categoryId) : undefined;
    return category && /供水|停水|供电|停电|燃气|供气|供暖|供热/.test(category.path) ? 'utility' : 'general';
  }

  /** Identity of the petitioners, for repeat detection. */
  function identities(
    petitioners: {
      name?: string | undefined;
      idNumber?: string | null | undefined;
      phone?: string | null | undefined;
      address?: string | null | undefined;
    }[],
  ) {
    const list = (xs: (string | null | undefined)[]) => [
      ...new Set(xs.filter((x): x is string => Boolean(x && x.trim())).map((x) => x.trim())),
    ];
    return {
      idNumbers: list(petitioners.map((p) => p.idNumber)),
      phones: list(petitioners.map((p) => p.phone)),
      names: list(petitioners.map((p) => p.name)),
      addresses: list(petitioners.map((p) => p.address)),
    };
  }

  /** 本机构初次: no earlier matter of this body from the same petitioner about the same thing. */
  async function isFirstTime(trx: Executor, actor: Actor, petitioners: PetitionerInput[], text: MatterText, excludeId?: number) {
    // The candidates are already only petitions the actor sees: no need to load each one again.
    const same = await petitionsRepository.samePetitioner(trx, actor, identities(petitioners), text, excludeId);
    return !same.some((c) => c.similarity >= SAME_MATTER_SIMILARITY && c.org_id === actor.orgId);
  }

  const searchFields = (number: string, title: string, content: string, confidential: boolean, petitioners: { name: string }[]) => ({
    search_grams: textGrams(number, title, content, ...(confidential ? [] : petitioners.map((p) => p.name))),
    summary: summaryOf(title, content),
  });

  /**
   * Others' matters like this text, best first: by the resemblance of the whole texts (a title the same but for one
   * character counts whatever the texts), or, while only a title is typed, of the titles. Scored on the signatures
   * first, so only the likely ones are read further, best first until enough are visible to the actor.
   */
  async function similarTo(actor: Actor, title: string, content: string, exclude: number[]) {
    if (titleOnly(content)) return petitionsRepository.similarTitles(db, actor, title.trim(), SIMILAR_TITLE, exclude);
    const signature = signatureOf(title, content);
    const scored = new Map<number, { text: number; rank: number }>();
    for (const c of await petitionsRepository.similarCandidates(db, signature)) {
      if (exclude.includes(c.id)) continue;
      const text = storedResemblance(signature.minhash, c.signature);
      // A shared title key ranks as a near-same title until the title is read and compared.
      if (text >= SIMILAR_MATTER_RESEMBLANCE || c.same_title)
        scored.set(c.id, { text, rank: c.same_title ? Math.max(text, NEAR_SAME_TITLE) : text });
    }
    // Twice as many as are shown: the titles' own resemblance, known once read, may reorder them.
    const ranked = [...scored].map(([id, s]) => ({ id, rank: s.rank }));
    return (await petitionsRepository.similarRows(db, actor, ranked, 2 * SIMILAR_SHOWN))
      .map((row) => {
        const titles = titleResemblance(title, row.title);
        return { ...row, similarity: Math.max(scored.get(row.id)!.text, titles >= NEAR_SAME_TITLE ? titles : 0) };
      })
      .filter((c) => c.similarity >= SIMILAR_MATTER_RESEMBLANCE)
      .sort((a, b) => b.similarity - a.similarity || b.id - a.id)
      .slice(0, SIMILAR_SHOWN);
  }

  async function detail(actor: Actor, id: number, trx: Executor = db) {
    const p = await load(actor, id, trx);
    const [petitioners, attachments, events, repeatOf, repeats, mergedInto, mergedFrom] = await Promise.all([
      petitionsRepository.petitioners(trx, id),
      attachmentRecords.forPetition(trx, id),
      petitionsRepository.events(trx, id),
      petitionsRepository.ref(trx, actor, p.repeat_of_id),
      petitionsRepository.linked(trx, actor, 'repeat_of_id', id),
      petitionsRepository.ref(trx, actor, p.merged_into_id),
      petitionsRepository.linked(trx, actor, 'merged_into_id', id),
    ]);
    const clockMap = await clocks.forPetitions(trx, [id]);
    const workflow = await workflowView(trx, actor, p);
    return presentDetail(actor, p, {
      petitioners,
      attachments,
      events,
      clocks: clockMap.get(id) ?? [],
      workflow,
      repeatOf,
      repeats,
      mergedInto,
      mergedFrom,
    });
  }

  /** Records a change as a petition event and an audit event, in the caller's transaction. */
  async function recordEvent<K extends PetitionEventKind>(
    trx: Executor,
    actor: Actor,
    petition: { id: number; org_id: number; status: PetitionStatus },
    kind: K,
    payload: PayloadInput<K>,
  ) {
    await petitionsRepository.insertEvent(trx, {
      petition_id: petition.id,
      actor_id: actor.userId,
      actor_org_id: actor.orgId,
      kind,
      payload,
    });
    await auditService.record(trx, actor, {
      action: `petition.${kind}`,
      objectType: 'petition',
      objectId: petition.id,
      orgId: petition.org_id,
      after: payload,
    });
  }

  const service = {
    load,
    detail,

    /** 登记 from the form: the registered petition and its one-time query code. */
    async register(actor: Actor, input: RegisterInput) {
      const { id, queryCode } = await service.registerOne(actor, input, { strict: true, source: 'form' });
      return { petition: await detail(actor, id), queryCode };
    },

    /** Numbers the petition, stores petitioners and attachments, flags it; returns its id and query code. */
    async registerOne(actor: Actor, input: RegisterInput, opts: { strict: boolean; source: 'form' | 'import' }) {
      return db
        .transaction()
        .execute((trx) => service.registerIn(trx, actor, input, opts))
        .catch((err: unknown) => {
          // The unique index is the only check that holds under concurrency (two imports of one file at once).
          if (isUniqueViolation(err, 'petitions_external'))
            throw new AppError('external_id_taken', { fields: [{ path: 'externalId', message: '该外部编号已登记' }] });
          throw err;
        });
    },

    /** registerOne in the caller's transaction: a reception record registers its matters with the record itself. */
    async registerIn(trx: Executor, actor: Actor, input: RegisterInput, opts: { strict: boolean; source: 'form' | 'import' }) {
      const petitioners = checkRegistration(input, opts.strict);
      const queryCode = newQueryCode();
      await assertCategory(trx, input.categoryId);
      await assertAccusedOrg(trx, input.accusedOrgId);
      const repeatOf = input.repeatOfId ? await petitionsRepository.findVisible(trx, actor, input.repeatOfId) : undefined;
      if (input.repeatOfId && !repeatOf) throw fieldError('repeatOfId', '要关联的信访事项不存在');
      const org = (await orgRecords.findById(trx, actor.orgId))!;
      const now = new Date();
      const year = chinaYear(now);
      const seq = await petitionsRepository.nextSeq(trx, org.id, year);
      const number = `${(org.code ?? `X${org.id}`).toUpperCase()}${year}${String(seq).padStart(6, '0')}`;
      const search = searchFields(number, input.title, input.content, input.confidential, petitioners);
      const finalId = await finalMatterOf(trx, input, petitioners, search.summary);
      // Recorded as a repeat of the final matter itself, whichever repeat of it the registrar picked.
      const repeatOfId = finalId ?? input.repeatOfId;
      // The final matter may be another body's: its number only for a caller who may see it.
      const linked =
        repeatOfId === repeatOf?.id ? repeatOf : finalId ? await petitionsRepository.findVisible(trx, actor, finalId) : undefined;
      const firstTime = !repeatOfId && (await isFirstTime(trx, actor, petitioners, { summary: search.summary, title: input.title }));
      const id = await petitionsRepository.insert(trx, {
        org_id: org.id,
        number,
        year,
        seq,
        query_code_hash: queryCodeHash(queryCode),
        channel: input.channel,
        received_at: input.receivedAt,
        type: input.type,
        category_id: input.categoryId,
        title: input.title,
        content: input.content,
        place_region_code: input.placeRegionCode,
        place_address: input.placeAddress,
        persons_count: input.personsCount,
        involved_count: input.involvedCount,
        accused_person: input.accusedPerson,
        accused_org_id: input.accusedOrgId,
        accused_org_unknown: accusedOrgUnknown(input),
        anonymous: input.anonymous,
        confidential: input.confidential,
        skip_level: input.skipLevel,
        litigation: input.litigation,
        major_urgent: input.majorUrgent,
        first_time: firstTime,
        repeat_of_id: repeatOfId,
        new_facts: input.newFacts,
        external_id: input.externalId,
        registered_by: actor.userId,
        ...search,
      });
      await petitionsRepository.sign(trx, [{ id, signature: signatureOf(input.title, input.content) }]);
      await petitionsRepository.insertPetitioners(
        trx,
        petitioners.map((p, i) => petitionerRow(id, p, i)),
      );
      const attached = await attachmentRecords.attach(trx, input.attachmentIds, id, actor.orgId);
      if (attached.length !== input.attachmentIds.length) throw fieldError('attachmentIds', '附件不存在或已属于其他信访事项');
      const petition = { id, org_id: org.id, status: 'registered' as const };
      const eventId = await petitionsRepository.insertEvent(trx, {
        petition_id: id,
        actor_id: actor.userId,
        actor_org_id: actor.orgId,
        kind: 'registered',
        to_status: 'registered',
        payload: {
          number,
          channel: input.channel,
          source: opts.source,
          repeatOf: linked?.number ?? null,
          ...(input.newFacts ? { newFacts: input.newFacts } : {}),
        },
        // A historical record has been on file since it was received; its later handling follows it.
        ...(opts.source === 'import' ? { at: input.receivedAt } : {}),
      });
      // 条例 Art. 22: the body decides within 15 days of receiving it. Historical imports are records, not work.
      if (opts.source === 'form') {
        const urgency = await urgencyOf(trx, input);
        await clocks.onEvents(
          trx,
          { petitionId: id },
          ['registered', `registered_${urgency}`].map((name) => ({ name, orgId: org.id })),
          input.receivedAt,
        );
      }
      for (const listener of onRegistered) await listener({ trx, actor, petitionId: id, eventId, source: opts.source, input });
      await auditService.record(trx, actor, {
        action: 'petition.registered',
        objectType: 'petition',
        objectId: id,
        orgId: org.id,
        after: { number, channel: input.channel, type: input.type, source: opts.source },
      });
      if (repeatOfId)
        await recordEvent(trx, actor, petition, 'repeat_linked', {
          repeatOfId,
          repeatOf: linked?.number ?? null,
          ...(finalId ? { final: true } : {}),
        });
      return { id, queryCode };
    },

    /** Possible repeats while the registrar types: the same petitioner, and similar matters of others. */
    async candidates(
      actor: Actor,
      input: {
        petitioners: { name?: string; idNumber?: string; phone?: string; address?: string }[];
        title: string;
        content: string;
        excludeId?: number | undefined;
      },
    ) {
      const text = matterTextOf(input.title, input.content);
      const same = await petitionsRepository.samePetitioner(db, actor, identities(input.petitioners), text, input.excludeId);
      const similar =
        text.summary.length >= 4
          ? await similarTo(actor, input.title, input.content, [...same.map((c) => c.id), ...(input.excludeId ? [input.excludeId] : [])])
          : [];
      const base = (c: (typeof same)[number] | (typeof similar)[number]) => ({
        id: c.id,
        number: c.number,
        title: c.title,
        receivedAt: c.received_at,
        status: c.status,
        orgName: c.org_name,
        similarity: Math.round(c.similarity * 100) / 100,
        phrase: sharedPhrase(text.summary, c.summary, 4),
      });
      return {
        samePetitioner: same.map((c) => ({
          ...base(c),
          matchedBy: [
            ...(c.by_id ? ['id_number' as const] : []),
            ...(c.by_phone ? ['phone' as const] : []),
            ...(c.by_name ? ['name_address' as const] : []),
            ...(c.similarity >= SAME_MATTER_SIMILARITY ? ['text' as const] : []),
          ],
        })),
        similar: similar.map((c) => ({ ...base(c), matchedBy: ['text' as const] })),
      };
    },

    /** 更正登记: a correction is a new event with before/after; replaced petitioners are retired, not overwritten. */
    async correct(actor: Actor, id: number, input: CorrectInput) {
      await db.transaction().execute(async (trx) => {
        // Locked, then read: what is compared and corrected is the latest committed row, and a concurrent
        // correction or workflow action waits until this one is done.
        await petitionsRepository.lock(trx, [id]);
        const current = await load(actor, id, trx);
        if (!petitionPolicy.abilities(actor, current).correct) throw new AppError('forbidden');
        if (current.version !== input.version) throw new AppError('version_conflict', { current: current.version });
        const existing = await petitionsRepository.petitioners(trx, id);
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        const patch: Record<string, unknown> = {};
        for (const [key, column] of Object.entries(MATTER_COLUMNS) as [keyof Matter, keyof typeof current][]) {
          const next = input[key];
          if (next === undefined) continue;
          const was = current[column];
          if (JSON.stringify(was) === JSON.stringify(next)) continue;
          before[key] = was;
          after[key] = next;
          patch[column] = next;
        }
        const type = (input.type ?? current.type) as RegisterInput['type'];
        const accusedOrgId = input.accusedOrgId === undefined ? current.accused_org_id : input.accusedOrgId;
        const state: RegistrationState = {
          channel: (input.channel ?? current.channel) as RegisterInput['channel'],
          type,
          anonymous: input.anonymous ?? current.anonymous,
          personsCount: input.personsCount ?? current.persons_count,
          receivedAt: input.receivedAt ?? current.received_at,
          accusedPerson: input.accusedPerson === undefined ? current.accused_person : input.accusedPerson,
          accusedOrgId,
          // A confirmed "no accused body" holds while the accusation still names none.
          accusedOrgNone:
            input.accusedOrgNone ??
            (type === 'accusation' &&
              !accusedOrgId &&
              current.type === 'accusation' &&
              current.accused_org_id === null &&
              !current.accused_org_unknown),
          petitioners: input.petitioners ?? existing.map((s) => ({ id: s.id, ...inputOf(s) })),
        };
        // Kept petitioners come back from the masked view: a masked value means "unchanged".
        const stored = new Map(existing.map((s) => [s.id, s]));
        const unmasked = (p: PetitionerInput): PetitionerInput => {
          const s = p.id === undefined ? undefined : stored.get(p.id);
          if (!s) return p;
          const hidden = current.confidential; // names masked, address and employer withheld in that view
          return {
            ...p,
            name: hidden && p.name.includes('*') ? s.name : p.name,
            idNumber: p.idNumber?.includes('*') ? s.id_number : p.idNumber,
            phone: p.phone?.includes('*') ? s.phone : p.phone,
            address: hidden && p.address === null ? s.address : p.address,
            employer: hidden && p.employer === null ? s.employer : p.employer,
            email: p.email === undefined || p.email?.includes('*') ? s.email : p.email,
            notifySms: p.notifySms ?? s.notify_sms,
            notifyEmail: p.notifyEmail ?? s.notify_email,
          };
        };
        state.petitioners = state.petitioners.map(unmasked);
        const petitioners = checkRegistration(state, false);
        if ('category_id' in patch) await assertCategory(trx, input.categoryId ?? null);
        if ('accused_org_id' in patch) await assertAccusedOrg(trx, input.accusedOrgId);
        const unknown = accusedOrgUnknown(state);
        if (unknown !== current.accused_org_unknown) {
          before.accusedOrgUnknown = current.accused_org_unknown;
          after.accusedOrgUnknown = unknown;
          patch.accused_org_unknown = unknown;
        }

        if (input.petitioners) {
          const byId = new Map(existing.map((s) => [s.id, s]));
          const unknown = petitioners.find((p) => p.id !== undefined && !byId.has(p.id));
          if (unknown) throw fieldError('petitioners', '要更正的信访人不属于该事项');
          const changed = (p: PetitionerInput) => {
            const s = byId.get(p.id!)!;
            return JSON.stringify(petitionerRow(id, p, 0)) !== JSON.stringify(petitionerRow(id, inputOf(s), 0));
          };
          const keep = petitioners.filter((p) => p.id !== undefined && !changed(p)).map((p) => p.id!);
          const retire = existing.filter((s) => !keep.includes(s.id));
          const fresh = petitioners.filter((p) => p.id === undefined || changed(p));
          if (retire.length || fresh.length) {
            await petitionsRepository.retirePetitioners(
              trx,
              retire.map((s) => s.id),
            );
            await petitionsRepository.insertPetitioners(
              trx,
              fresh.map((p) => petitionerRow(id, p, petitioners.indexOf(p))),
            );
            for (const p of petitioners)
              if (p.id !== undefined && keep.includes(p.id))
                await petitionsRepository.updatePetitioner(trx, p.id, { position: petitioners.indexOf(p) });
            before.petitioners = retire.map((s) =>
              maskedSnapshot({ name: s.name, id_number: s.id_number, phone: s.phone } as Insertable<PetitionerTable>),
            );
            after.petitioners = fresh.map(maskedSnapshot);
          }
        }
        if (input.attachmentIds?.length) {
          const attached = await attachmentRecords.attach(trx, input.attachmentIds, id, actor.orgId);
          if (attached.length !== input.attachmentIds.length) throw fieldError('attachmentIds', '附件不存在或已属于其他信访事项');
          after.attachmentsAdded = attached;
        }
        if (Object.keys(after).length === 0) return;
        // New facts restated need the head's approval again (条例 Art. 36).
        if ('new_facts' in patch && current.new_facts_approved_at)
          Object.assign(patch, { new_facts_approved_at: null, new_facts_approved_by: null });
        const names = (await petitionsRepository.petitioners(trx, id)).map((s) => ({ name: s.name }));
        const title = input.title ?? current.title;
        const content = input.content ?? current.content;
        Object.assign(patch, searchFields(current.number, title, content, input.confidential ?? current.confidential, names));
        await petitionsRepository.update(trx, id, patch);
        if ('title' in patch || 'content' in patch) await petitionsRepository.sign(trx, [{ id, signature: signatureOf(title, content) }]);
        // Before/after of long texts would bloat every event; their change is recorded by length.
        for (const k of ['content'] as const)
          if (k in after) [before[k], after[k]] = [`（${String(before[k]).length} 字）`, `（${String(after[k]).length} 字）`];
        await recordEvent(trx, actor, current, 'corrected', { reason: input.reason, before, after });
      });
      return detail(actor, id);
    },

    /** Shows a petitioner's unmasked details to one person, for a stated reason, and records that. */
    async unmask(actor: Actor, id: number, petitionerId: number, reason: string) {
      return db.transaction().execute(async (trx) => {
        const p = await load(actor, id, trx);
        const s = (await petitionsRepository.petitioners(trx, id)).find((x) => x.id === petitionerId);
        if (!s) throw new AppError('not_found');
        await recordEvent(trx, actor, p, 'personal_data_viewed', { petitionerId, reason, confidential: p.confidential });
        return { id: s.id, name: s.name, idNumber: s.id_number, phone: s.phone, address: s.address };
      });
    },

    async linkRepeat(actor: Actor, id: number, repeatOfId: number) {
      await db.transaction().execute(async (trx) => {
        await petitionsRepository.lock(trx, [id, repeatOfId]); // as for merges: two crossed links never both pass
        const p = await load(actor, id, trx);
        if (!petitionPolicy.abilities(actor, p).link) throw new AppError('forbidden');
        const target = await petitionsRepository.findVisible(trx, actor, repeatOfId);
        if (!target) throw fieldError('repeatOfId', '要关联的信访事项不存在');
        if (target.id === p.id || target.repeat_of_id === p.id)
          throw new AppError('petition_link_invalid', { fields: [{ path: 'repeatOfId', message: '不能关联自身或以本件为原件的事项' }] });
        if (p.repeat_of_id === target.id) return;
        await petitionsRepository.update(trx, id, { repeat_of_id: target.id, first_time: false, new_confirmed: false });
        await recordEvent(trx, actor, p, 'repeat_linked', { repeatOfId: target.id, repeatOf: target.number, previous: p.repeat_of_id });
      });
      return detail(actor, id);
    },

    async unlinkRepeat(actor: Actor, id: number) {
      await db.transaction().execute(async (trx) => {
        const p = await load(actor, id, trx);
        if (!petitionPolicy.abilities(actor, p).link) throw new AppError('forbidden');
        if (p.repeat_of_id === null) return;
        const petitioners = (await petitionsRepository.petitioners(trx, id)).map((s) => ({
          name: s.name,
          idNumber: s.id_number,
          phone: s.phone,
          address: s.address,
        }));
        const firstTime = await isFirstTime(trx, actor, petitioners as PetitionerInput[], { summary: p.summary, title: p.title }, id);
        await petitionsRepository.update(trx, id, { repeat_of_id: null, first_time: firstTime });
        const original = await petitionsRepository.ref(trx, actor, p.repeat_of_id);
        await recordEvent(trx, actor, p, 'repeat_unlinked', { repeatOfId: p.repeat_of_id, repeatOf: original?.number ?? null });
      });
      return detail(actor, id);
    },

    /** The registrar looked at the candidates and finds the matter new. */
    async confirmNew(actor: Actor, id: number) {
      await db.transaction().execute(async (trx) => {
        const p = await load(actor, id, trx);
        if (!petitionPolicy.abilities(actor, p).link) throw new AppError('forbidden');
        if (p.repeat_of_id !== null)
          throw new AppError('petition_link_invalid', { fields: [{ path: 'repeatOfId', message: '已关联为重复件，请先取消关联' }] });
        if (p.new_confirmed) return;
        await petitionsRepository.update(trx, id, { new_confirmed: true });
        await recordEvent(trx, actor, p, 'confirmed_new', {});
      });
      return detail(actor, id);
    },

    /**
     * 合并件: this matter is handled as part of another; undone by unmerge. Both rows are locked (in id order) before
     * either is read, so a merge of A into B and one of B into A run one after the other and the second is refused:
     * merges never form a cycle.
     */
    async merge(actor: Actor, id: number, intoId: number, reason: string | undefined) {
      await db.transaction().execute(async (trx) => {
        await petitionsRepository.lock(trx, [id, intoId]);
        const p = await load(actor, id, trx);
        if (!petitionPolicy.abilities(actor, p).merge) throw new AppError(p.merged_into_id ? 'petition_link_invalid' : 'forbidden');
        if (intoId === p.id) throw new AppError('merge_into_self', { field: 'intoId' });
        const target = await load(actor, intoId, trx);
        if (target.merged_into_id !== null) throw new AppError('merge_target_merged', { field: 'intoId', intoId: target.merged_into_id });
        // The matter it joins is handled on: a concluded, final (条例 Art. 36) or declined one handles nothing.
        if ((CLOSED_STATUSES as readonly string[]).includes(target.status))
          throw new AppError('merge_target_closed', { field: 'intoId', status: target.status });
        // One matter is one petitioner's (or one group's): another person's matter is never handled as theirs.
        if (!(await petitionsRepository.samePetitionerOrGroup(trx, p.id, target.id)))
          throw new AppError('merge_target_unrelated', { field: 'intoId' });
        await petitionsRepository.update(trx, id, { merged_into_id: target.id });
        await clocks.suspend(trx, id);
        await recordEvent(trx, actor, p, 'merged', { intoId: target.id, into: target.number, reason: reason ?? null });
        await recordEvent(trx, actor, target, 'merged_from', { fromId: p.id, from: p.number });
      });
      return detail(actor, id);
    },

    async unmerge(actor: Actor, id: number) {
      await db.transaction().execute(async (trx) => {
        await petitionsRepository.lock(trx, [id]);
        const p = await load(actor, id, trx);
        if (!petitionPolicy.abilities(actor, p).unmerge) throw new AppError(p.merged_into_id ? 'forbidden' : 'petition_link_invalid');
        const target = await petitionsRepository.findVisible(trx, actor, p.merged_into_id!);
        await petitionsRepository.update(trx, id, { merged_into_id: null });
        await clocks.resume(trx, id);
        await recordEvent(trx, actor, p, 'unmerged', { fromId: p.merged_into_id, from: target?.number ?? null });
        if (target) await recordEvent(trx, actor, target, 'unmerged_from', { fromId: p.id, from: p.number });
      });
      return detail(actor, id);
    },

    /**
     * 条例 Art. 36: the head of the body approves the new facts and reasons stated about a final matter; the repeat
     * may then be accepted, forwarded or assigned like any matter.
     */
    async approveNewFacts(actor: Actor, id: number) {
      await db.transaction().execute(async (trx) => {
        await petitionsRepository.lock(trx, [id]);
        const p = await load(actor, id, trx);
        if (!petitionPolicy.abilities(actor, p).approveNewFacts)
          throw new AppError(p.router_id === actor.orgId ? 'new_facts_not_pending' : 'forbidden');
        await petitionsRepository.update(trx, id, { new_facts_approved_at: new Date(), new_facts_approved_by: actor.userId });
        await recordEvent(trx, actor, p, 'new_facts_approved', { newFacts: p.new_facts!, finalOfId: p.final_of_id! });
      });
      return detail(actor, id);
    },

    /** A new query code for a reprinted receipt (the demo's published codes are given); the old one stops working. */
    async reissueCode(actor: Actor, id: number, queryCode = newQueryCode()) {
      await db.transaction().execute(async (trx) => {
        const p = await load(actor, id, trx);
        if (!petitionPolicy.abilities(actor, p).reissueCode) throw new AppError('forbidden');
        await petitionsRepository.update(trx, id, { query_code_hash: queryCodeHash(queryCode) });
        await recordEvent(trx, actor, p, 'query_code_reissued', {});
      });
      return queryCode;
    },
  };
  return service;
}

export type PetitionsService = ReturnType<typeof createPetitionsService>;
