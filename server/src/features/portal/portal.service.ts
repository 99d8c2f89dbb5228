import {
  addDays,
  chinaDate,
  endOfChinaDay,
  PUBLIC_EVENT_KINDS,
  type DecisionStage,
  type EvaluationTarget,
  type Rating,
} from '@xinfang/domain';
import { createHmac, randomInt as secureInt, timingSafeEqual } from 'node:crypto';
import { readPetitionEvent, type PayloadOf, type PetitionEvent, type PetitionEventKind } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { JobQueue } from '../../jobs/queue.js';
import { AppError } from '../../errors.js';
import { presentClock, clockRecords } from '../deadlines/index.js';
import { attachmentRecords, type AttachmentsService } from '../attachments/index.js';
import type { DocumentsService } from '../documents/index.js';
import { type PetitionsService, checkRegistration, type RegisterInput, queryCodeHash } from '../petitions/index.js';
import { type WorkflowService, workflowRecords } from '../workflow/index.js';
import { SECRET_SLOT, type NotificationsService } from '../notifications/index.js';
import { createProof } from './portal.proof.js';
import { codeGuard, MAX_CODE_FAILURES } from './portal.codes.js';
import { portalRepository, PORTAL_USERNAME } from './portal.repository.js';
import type { PublicPetitionDto, SubmitInput } from './portal.schema.js';

/** What of an event's payload a petitioner may read. */
const PUBLIC_DETAIL: { [K in PetitionEventKind]?: (keyof PayloadOf<K>)[] } = {
  decline: ['route', 'reason'],
  approveExtension: ['approve', 'days', 'reason'],
  decide: ['stage', 'outcome'],
  deliver: ['stage', 'method', 'deliveredOn'],
  requestReview: ['requestedOn'],
  requestReexamination: ['requestedOn'],
};
/** The public part of an event's payload, in the order PUBLIC_DETAIL names it. */
function publicDetail(event: PetitionEvent): Record<string, unknown> {
  const payload = new Map(Object.entries(event.payload));
  const keep: string[] = PUBLIC_DETAIL[event.kind] ?? [];
  return Object.fromEntries(keep.filter((k) => payload.has(k)).map((k) => [k, payload.get(k)]));
}
const TOKEN_MINUTES = 30;
const MAX_SUBMISSIONS_PER_PHONE_PER_DAY = 5;
const CODE_MINUTES = 10;
/** SMS codes that may be asked for one phone, and from one address, in ten minutes (matching or not). */
const MAX_CODES_PER_PHONE = 3;
const MAX_CODES_PER_ADDRESS = 10;
/** A public upload not joined to a submission within this time is deleted; its token expires with it. */
const UPLOAD_HOURS = 24;

/** What a portal submission registers: an online petition of one person, or of nobody when anonymous. */
function registrationOf(input: SubmitInput): RegisterInput {
  const petitioners =
    input.anonymous || !input.name
      ? []
      : [
          {
            kind: 'person' as const,
            name: input.name,
            idType: input.idNumber ? ('id_card' as const) : null,
            idNumber: input.idNumber,
            phone: input.phone,
            email: input.email,
            notifySms: input.notifySms,
            notifyEmail: input.notifyEmail,
            address: null,
            regionCode: null,
            employer: null,
            isMain: true,
            isRepresentative: false,
          },
        ];
  return {
    channel: 'online',
    receivedAt: new Date(),
    type: input.type,
    categoryId: input.categoryId ?? null,
    title: input.title,
    content: input.content,
    placeRegionCode: input.placeRegionCode,
    placeAddress: input.placeAddress,
    personsCount: 1,
    involvedCount: 0,
    accusedPerson: input.type === 'accusation' ? input.accusedPerson : null,
    accusedOrgId: input.type === 'accusation' ? (input.accusedOrgId ?? null) : null,
    // A petitioner who is not sure leaves the body open: a registrar determines it before the matter is routed.
    accusedOrgNone: false,
    anonymous: input.anonymous,
    confidential: false,
    skipLevel: false,
    litigation: false,
    majorUrgent: false,
    petitioners,
    attachmentIds: input.attachments.map((a) => a.id),
    repeatOfId: null,
    externalId: null,
    newFacts: null,
  };
}

export function createPortalService({
  db,
  config,
  petitions,
  workflow,
  attachments,
  documents,
  notifications,
  jobs,
}: {
  db: Database;
  config: Config;
  petitions: PetitionsService;
  workflow: WorkflowService;
  attachments: AttachmentsService;
  documents: DocumentsService;
  notifications: NotificationsService;
  jobs: JobQueue;
}) {
  const proof = createProof(config);
  const sign = (data: string) => createHmac('sha256', config.sessionSecret).update(`portal:${data}`).digest('base64url');
  /** Addresses are kept only as keyed hashes: enough to count requests from one, useless to anyone else. */
  const addressKey = (ip: string) => sign(`address:${ip}`);
  const signedEquals = (sig: string | undefined, expected: string) =>
    Boolean(sig) && sig!.length === expected.length && timingSafeEqual(Buffer.from(sig!), Buffer.from(expected));

  /** The portal's system account, acting at a body: what the workflow and the audit trail record. */
  // The account never changes once made: look it up once per process, not on every portal request.
  let portalUser: Promise<{ id: number }> | undefined;
  function portalAccount() {
    portalUser ??= portalRepository.portalUser(db).catch((e: unknown) => {
      portalUser = undefined;
      throw e;
    });
    return portalUser;
  }
  async function portalActor(orgId: number, meta: { ip: string; requestId: string }): Promise<Actor> {
    const user = await portalAccount();
    const org = await db.selectFrom('orgs').select(['id', 'path', 'name']).where('id', '=', orgId).executeTakeFirstOrThrow();
    return {
      userId: user.id,
      username: PORTAL_USERNAME,
      displayName: '网上信访平台',
      orgId: org.id,
      orgPath: org.path,
      orgName: org.name,
      roles: ['registrar'],
      permissions: ['petition.register', 'petition.read'],
      mustChangePassword: false,
      sessionId: '',
      ip: meta.ip,
      requestId: meta.requestId,
    };
  }

  /** The lock-out key of a number; refused while wrong codes have locked the number. */
  async function lockKey(number: string) {
    const key = `n:${number.toUpperCase()}`;
    const locked = await codeGuard.lockedUntil(db, key);
    if (locked) throw new AppError('portal_locked', { until: locked });
    return key;
  }

  /** The petition of a number (if any) and its lock-out key. */
  async function unlocked(number: string) {
    const key = await lockKey(number);
    return { key, p: await portalRepository.byNumber(db, number.toUpperCase()) };
  }

  /**
   * A public upload is bound to whoever uploaded it: the answer carries a token (HMAC over its id and expiry) that
   * only the uploader has, and a submission must present it with each attachment.
   */
  function uploadToken(id: number, uploadedAt: Date): string {
    const exp = uploadedAt.getTime() + UPLOAD_HOURS * 3_600_000;
    return `${exp}.${sign(`upload:${id}.${exp}`)}`;
  }

  /** The ids of the uploads presented, once each token is right and each upload is the portal's and unattached. */
  async function checkedUploads(uploads: { id: number; token: string }[], portalUserId: number): Promise<number[]> {
    const refuse = (i: number) =>
      new AppError('portal_upload_invalid', { fields: [{ path: `attachments.${i}`, message: '附件校验未通过，请重新上传' }] });
    uploads.forEach((u, i) => {
      const [exp, sig] = u.token.split('.');
      if (!signedEquals(sig, sign(`upload:${u.id}.${exp}`)) || !(Number(exp) > Date.now())) throw refuse(i);
    });
    const ids = uploads.map((u) => u.id);
    const found = await attachmentRecords.unattachedOf(db, ids, portalUserId);
    const missing = ids.findIndex((id) => !found.includes(id));
    if (missing >= 0) throw refuse(missing);
    return ids;
  }

  /**
   * The job behind a request for an SMS code: only here is the phone compared with the petition's, so the request's
   * answer and the work done before it are the same for any phone. Taking the request and queueing the SMS are one
   * transaction (a retried job sends nothing twice). The outbox keeps the text with a slot for the code; the code
   * itself stays sealed beside it until the dispatcher sends it, and only its hash is kept for checking.
   */
  async function sendCode(requestId: number) {
    await db.transaction().execute(async (trx) => {
      const r = await portalRepository.takeCodeRequest(trx, requestId);
      if (!r) return;
      const p = await portalRepository.byNumber(trx, r.number.toUpperCase());
      if (!p || !(await portalRepository.hasPhone(trx, p.id, r.phone))) return;
      const code = String(secureInt(0, 1_000_000)).padStart(6, '0');
      const expires = new Date(Date.now() + CODE_MINUTES * 60_000);
      const id = await portalRepository.insertCode(trx, {
        petition_id: p.id,
        phone: r.phone,
        code_hash: sign(`code:${p.id}:${r.phone}:${code}`),
        expires_at: expires,
      });
      await notifications.queueWithSecret(
        trx,
        {
          petition_id: p.id,
          event_id: null,
          audience: 'petitioner',
          channel: 'sms',
          petitioner_id: null,
          org_id: null,
          address: r.phone,
          template_key: 'petitioner.verification_code',
          subject: '查询验证码',
          body: `【信访事项查询】验证码 ${SECRET_SLOT}，${CODE_MINUTES} 分钟内有效。请勿告诉他人。`,
          link: null,
          next_attempt_at: new Date(),
          last_error: null,
          idempotency_key: `phone-code:${id}`,
          created_at: new Date(),
          sent_at: null,
        },
        code,
        expires,
      );
    });
  }

  /** A short-lived token for one petition, given after the number and query code matched. */
  function tokenFor(petitionId: number): string {
    const exp = Date.now() + TOKEN_MINUTES * 60_000;
    return `${petitionId}.${exp}.${sign(`${petitionId}.${exp}`)}`;
  }

  function petitionOf(token: string | undefined): number {
    const [id, exp, sig] = (token ?? '').split('.');
    const ok = id && exp && signedEquals(sig, sign(`${id}.${exp}`)) && Number(exp) > Date.now();
    if (!ok) throw new AppError('portal_token_invalid');
    return Number(id);
  }

  async function byId(id: number) {
    const p = await db.selectFrom('petitions').select('number').where('id', '=', id).executeTakeFirst();
    if (!p) throw new AppError('portal_token_invalid');
    return (await portalRepository.byNumber(db, p.number))!;
  }

  /**
   * What a rating rates (条例 Art. 37): the petition bureau's intake once per matter, the deciding body once per
   * decision stage. A second rating of the same stage is refused (unique in the database).
   */
  const ratedStage = (target: EvaluationTarget, stage: DecisionStage): DecisionStage => (target === 'bureau' ? 'handling' : stage);

  /** The rating window and the review route, from the latest delivered decision. */
  async function standing(p: NonNullable<Awaited<ReturnType<typeof portalRepository.byNumber>>>) {
    const w = await workflowRecords.load(db, p.id);
    const delivered = w.decisions.filter((d) => d.delivered_on);
    const last = delivered.at(-1);
    const ratingUntil = last ? endOfChinaDay(addDays(last.delivered_on!, config.ratingWindowDays)) : null;
    const nextKind: 'review' | 'reexamination' | null =
      last?.stage === 'handling' ? 'review' : last?.stage === 'review' ? 'reexamination' : null;
    const window = nextKind
      ? await workflowRecords.lastClock(db, p.id, nextKind === 'review' ? 'review_request' : 'reexamination_request')
      : undefined;
    const reviewUntil = window?.due_at ?? (last ? endOfChinaDay(addDays(last.delivered_on!, 30)) : null);
    return { w, last, ratingUntil, nextKind, reviewUntil };
  }

  async function view(id: number): Promise<PublicPetitionDto> {
    const p = await byId(id);
    const { w, last, ratingUntil, nextKind, reviewUntil } = await standing(p);
    const now = new Date();
    const [events, clocks, evaluations, docs] = await Promise.all([
      portalRepository.events(db, p.id, PUBLIC_EVENT_KINDS),
      clockRecords.open(db, { petitionId: p.id }),
      portalRepository.evaluations(db, p.id),
      documents.listForPetitioner(p.id),
    ]);
    const rated = last ? evaluations.filter((e) => e.counted && e.stage === ratedStage(e.target, last.stage)) : [];
    const targets = last
      ? (['bureau', 'handling'] as const).map((target) => {
          const e = rated.find((r) => r.target === target);
          return { target, body: target === 'bureau' ? p.org_name : last.org_name, rating: e?.rating ?? null, reasons: e?.reasons ?? null };
        })
      : [];
    const ratingState = !last
      ? 'not_yet'
      : rated.length === 2
        ? 'rated'
        : ratingUntil! < now
          ? rated.length
            ? 'rated'
            : 'expired'
          : 'awaiting';
    const requested = nextKind && w.proceedings.some((g) => g.kind === nextKind);
    const reviewState =
      p.status === 'final'
        ? 'final'
        : p.status === 'in_review' || p.status === 'in_reexamination' || requested
          ? 'requested'
          : p.status !== 'concluded' || !nextKind
            ? 'not_available'
            : reviewUntil! < now
              ? 'expired'
              : 'available';
    return {
      number: p.number,
      title: p.title,
      type: p.type as PublicPetitionDto['type'],
      receivedAt: p.received_at,
      status: p.status,
      body: { id: p.body_id, name: p.body_name },
      deadlines: clocks.map((c) => {
        const shown = presentClock(c, now);
        return { key: c.key, label: c.label, dueAt: c.due_at, grade: shown.grade };
      }),
      timeline: events.map((e) => {
        const event = readPetitionEvent(e.kind, e.payload);
        return {
          at: e.at,
          kind: e.kind,
          body: e.org_name,
          toBody: event && 'toOrg' in event.payload ? event.payload.toOrg : null,
          detail: event ? publicDetail(event) : {},
        };
      }),
      decisions: w.decisions.map((d, i) => ({
        stage: d.stage,
        // 退回重办 replaced it with a new decision of the same stage: its review route no longer runs.
        superseded: w.decisions.slice(i + 1).some((n) => n.stage === d.stage),
        body: d.org_name,
        outcome: d.outcome,
        request: d.request,
        facts: d.facts,
        reasons: d.reasons,
        basis: d.basis,
        reviewBody: d.review_org_name,
        issuedAt: d.issued_at,
        deliveredOn: d.delivered_on,
      })),
      documents: docs.map((d) => ({ id: d.id, kind: d.kind, title: d.title, number: d.number, createdAt: d.createdAt })),
      rating: { state: ratingState, until: ratingUntil, targets },
      review: {
        state: reviewState,
        kind: nextKind,
        body: last?.review_org_name ?? null,
        until: reviewState === 'available' ? reviewUntil : null,
      },
    };
  }

  return {
    /** The public directory: bodies whose name contains the words (names of public bodies are public). */
    orgs(q: string) {
      return portalRepository.searchOrgs(db, q, 20);
    },

    /** A proof-of-work challenge for the submission form (no third-party service). */
    challenge: () => proof.challenge(),

    /** 网上信访: registered at the petition bureau of the place, answered with the number and the query code. */
    async submit(input: SubmitInput, meta: { ip: string; requestId: string }) {
      await proof.verify(input);
      const bureau = await portalRepository.receivingBureau(db, input.placeRegionCode);
      if (!bureau) throw new AppError('portal_unavailable');
      const actor = await portalActor(bureau.id, meta);
      if (input.phone && (await portalRepository.submissionsByPhone(db, input.phone, actor.userId)) >= MAX_SUBMISSIONS_PER_PHONE_PER_DAY)
        throw new AppError('portal_rate_limited');
      const registration = registrationOf(input);
      // The rules first: a petitioner told to add a missing field keeps their solved challenge.
      checkRegistration(registration, true);
      const uploads = await checkedUploads(input.attachments, actor.userId);
      await proof.spend(db, input);
      await attachmentRecords.adopt(db, uploads, actor.userId, actor.orgId);
      // A repeat of a final matter is recorded too (条例 Art. 36): the bureau then declines it with the notice.
      const { petition, queryCode } = await petitions.register(actor, registration);
      return { number: petition.number, queryCode, body: bureau.name, receivedAt: petition.receivedAt, token: tokenFor(petition.id) };
    },

    /** Number + query code → a token and the public view; wrong codes count towards a lock-out of the number. */
    async track(number: string, queryCode: string) {
      const { key, p } = await unlocked(number);
      if (!p || p.query_code_hash !== queryCodeHash(queryCode)) {
        await codeGuard.fail(db, key);
        throw new AppError('portal_not_found');
      }
      await codeGuard.clear(db, key);
      return { token: tokenFor(p.id), petition: await view(p.id) };
    },

    /**
     * A one-time code by SMS to a phone of the petition's petitioners (the alternative to the query code). Every
     * request is counted, per phone and per address, whether or not the number and phone match; the matching and
     * the sending are a job's, after the answer: the answer, its status and its time reveal nothing.
     */
    async sendPhoneCode(number: string, phone: string, meta: { ip: string }) {
      await lockKey(number);
      const requestId = await portalRepository.requestCode(db, {
        number,
        phone,
        address: addressKey(meta.ip),
        minutes: 10,
        maxPerPhone: MAX_CODES_PER_PHONE,
        maxPerAddress: MAX_CODES_PER_ADDRESS,
      });
      if (!requestId) throw new AppError('portal_code_rate_limited');
      await jobs.enqueue('portal.phone_code', { requestId });
      return { sent: true };
    },

    /** Number + phone + the code sent to it → the same token and view as with the query code. */
    async trackByPhone(number: string, phone: string, code: string) {
      const { key, p } = await unlocked(number);
      const live = p ? await portalRepository.liveCode(db, p.id, phone) : undefined;
      const ok = Boolean(p && live && live.attempts < MAX_CODE_FAILURES && live.code_hash === sign(`code:${p.id}:${phone}:${code}`));
      if (live) await portalRepository.useCode(db, live.id, ok);
      if (!ok) {
        await codeGuard.fail(db, key);
        throw new AppError('portal_code_invalid');
      }
      await codeGuard.clear(db, key);
      return { token: tokenFor(p!.id), petition: await view(p!.id) };
    },

    view: (token: string | undefined) => view(petitionOf(token)),

    /** 满意度评价: the bureau once, the deciding body once per stage, within the window after delivery. */
    async rate(token: string | undefined, input: { target: EvaluationTarget; rating: Rating; reasons: string | null }) {
      const p = await byId(petitionOf(token));
      const { last, ratingUntil } = await standing(p);
      if (!last || !ratingUntil) throw new AppError('rating_not_available');
      if (ratingUntil < new Date()) throw new AppError('rating_window_closed', { until: ratingUntil });
      if (input.rating === 'dissatisfied' && !input.reasons)
        throw new AppError('validation_failed', { fields: [{ path: 'reasons', message: '请说明不满意的原因，以便改进工作' }] });
      const id = await portalRepository.insertEvaluation(db, {
        petition_id: p.id,
        target: input.target,
        org_id: input.target === 'bureau' ? p.org_id : last.org_id,
        decision_id: last.id,
        stage: ratedStage(input.target, last.stage),
        rating: input.rating,
        reasons: input.reasons,
      });
      if (!id) throw new AppError('rating_exists');
      return view(p.id);
    },

    /** 复查 / 复核 asked online: the linked proceeding at the body the decision named (条例 Arts. 35–36). */
    async requestReview(
      token: string | undefined,
      input: { reasons: string; attachments: { id: number; token: string }[] },
      meta: { ip: string; requestId: string },
    ) {
      const p = await byId(petitionOf(token));
      const uploads = await checkedUploads(input.attachments, (await portalAccount()).id);
      const { last, nextKind, reviewUntil } = await standing(p);
      if (!last || !nextKind || !last.review_org_id || p.status !== 'concluded') throw new AppError('review_not_available');
      if (reviewUntil && reviewUntil < new Date()) throw new AppError('review_period_expired');
      const actor = await portalActor(last.review_org_id, meta);
      await workflow.actForPetitioner(actor, p.id, nextKind === 'review' ? 'requestReview' : 'requestReexamination', {
        version: p.version,
        requestedOn: chinaDate(new Date()),
        reasons: input.reasons,
      });
      if (uploads.length)
        await db.transaction().execute(async (trx) => {
          await attachmentRecords.adopt(trx, uploads, actor.userId, actor.orgId);
          await attachmentRecords.attach(trx, uploads, p.id, actor.orgId);
        });
      return view(p.id);
    },

    /** A notice or decision addressed to the petitioner, as stored when it was issued. */
    document: (token: string | undefined, id: number, format: 'docx' | 'pdf') => documents.openForPetitioner(petitionOf(token), id, format),

    /**
     * An upload from the portal: stored like any attachment, joined to the petition on submission, which must present
     * the token answered here. Anonymous volume is bounded: per address and day, and in all not yet submitted (those
     * left behind are deleted after a day).
     */
    async upload(filename: string, content: Buffer, meta: { ip: string; requestId: string }) {
      const actor = await portalActor((await portalRepository.rootOrg(db)).id, meta);
      const address = addressKey(meta.ip);
      const mb = (bytes: number) => bytes * 1024 * 1024;
      if ((await attachmentRecords.volume(db, actor.userId, { address })) + content.length > mb(config.portalUploadMbPerAddress))
        throw new AppError('portal_upload_quota');
      if ((await attachmentRecords.volume(db, actor.userId, 'unattached')) + content.length > mb(config.portalPendingUploadsMb))
        throw new AppError('portal_uploads_full');
      const attachment = await attachments.upload(actor, filename, content, address);
      return { attachment, token: uploadToken(attachment.id, attachment.uploadedAt) };
    },

    /**
     * The portal's jobs: sending the SMS codes asked for; hourly, deleting uploads never submitted and forgetting
     * code requests older than the limits look back.
     */
    async register() {
      await jobs.register('portal.phone_code', async (data) => sendCode(Number(data.requestId)));
      await jobs.register('portal.sweep', async () => {
        await attachments.purgeUnattached((await portalAccount()).id, new Date(Date.now() - UPLOAD_HOURS * 3_600_000));
        await portalRepository.forgetCodeRequests(db);
      });
      await jobs.schedule('portal.sweep', '41 * * * *');
    },
  };
}
export type PortalService = ReturnType<typeof createPortalService>;
