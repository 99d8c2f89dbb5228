import { z } from 'zod';
import { DISPUTE_KINDS, DISPUTE_PARTY_KINDS } from './dispute.js';

// The petition events (the rows of petition_events): one payload schema per kind, one discriminated union read by
// the writer's types, the workflow listeners, the portal timeline and the web's summaries. A payload is JSON in a
// jsonb column: a calendar day travels as its 'YYYY-MM-DD' string, an instant as its ISO 8601 string. The writer
// may hand an instant over as a Date (JSON.stringify writes its ISO string); every reader sees the string.
//
// Reading is tolerant of rows written by older versions: keys no schema names are dropped, and a row that still
// does not parse is read as "no details" (readPetitionEvent gives null), never as an error.

/** A calendar day as the user entered it, 'YYYY-MM-DD'. */
const day = z.iso.date();
/** An instant: a Date when written, its ISO 8601 string when stored and read. */
const instant = z.union([z.date(), z.iso.datetime({ offset: true })]).transform((v) => (typeof v === 'string' ? v : v.toISOString()));
const id = z.number().int();
const note = z.string().nullable();
/** The stage a decision belongs to: 处理意见 (handling), 复查意见 (review), 复核意见 (reexamination). */
const stage = z.enum(['handling', 'review', 'reexamination']);
/** A proceeding a petitioner asks for after a decision: 复查 or 复核. */
const proceeding = z.enum(['review', 'reexamination']);
/** Petition fields before and after a correction, by the API's field names; long texts as their length. */
const fields = z.record(z.string(), z.unknown());

/** forward and assign: the body sent to; an assignment adds its requirements and due time. */
const routed = z.object({
  toOrgId: id,
  toOrg: z.string(),
  requirements: z.string().optional(),
  dueAt: instant.nullable().optional(),
  note,
});
const proceedingRequested = z.object({ kind: proceeding, requestedOn: day, reasons: z.string() });

/** Every kind of petition event with its payload. The workflow's kinds are its action names. */
export const EVENT_PAYLOADS = {
  // Registration and the registrar's changes.
  registered: z.object({
    number: z.string(),
    channel: z.string(),
    source: z.enum(['form', 'import']),
    repeatOf: z.string().nullable(),
    newFacts: z.string().optional(),
  }),
  corrected: z.object({ reason: z.string(), before: fields, after: fields }),
  personal_data_viewed: z.object({ petitionerId: id, reason: z.string(), confidential: z.boolean() }),
  /**
   * Linked at registration (no `previous`) or afterwards (the link it replaced, if any). `final`: a repeat of a
   * final matter (条例 Art. 36), whose number is left out for a registrar who may not see it.
   */
  repeat_linked: z.object({
    repeatOfId: id,
    repeatOf: z.string().nullable(),
    previous: id.nullable().optional(),
    final: z.boolean().optional(),
  }),
  /** The head of the body approved the new facts and reasons stated about a final matter: it may be accepted. */
  new_facts_approved: z.object({ newFacts: z.string(), finalOfId: id }),
  repeat_unlinked: z.object({ repeatOfId: id, repeatOf: z.string().nullable() }),
  confirmed_new: z.object({}),
  merged: z.object({ intoId: id, into: z.string(), reason: z.string().nullable() }),
  merged_from: z.object({ fromId: id, from: z.string() }),
  /** On the matter taken out: `from` is the matter it had been merged into. */
  unmerged: z.object({ fromId: id.nullable(), from: z.string().nullable() }),
  unmerged_from: z.object({ fromId: id, from: z.string() }),
  query_code_reissued: z.object({}),

  // The handling workflow (docs/WORKFLOW.md).
  accept: z.object({ note }),
  forward: routed,
  assign: routed,
  /** `finalOfId`: not accepted again as a repeat of that final matter (条例 Art. 36), with no statutory route to name. */
  decline: z.object({ route: z.string().nullable(), routeOrgId: id.nullable(), reason: z.string(), finalOfId: id.optional() }),
  /** `mode`: how it came; signing for a 转送 is the receiving body's 受理 (条例 Arts. 22–23). Older rows lack it. */
  receive: z.object({ assignmentId: id, mode: z.enum(['forward', 'assign']).optional() }),
  return: z.object({ assignmentId: id, reason: z.string() }),
  insist: z.object({ assignmentId: id, toOrg: z.string().nullable(), reason: z.string() }),
  /** The record as entered (the version it was based on is left out). */
  record: z.object({
    kind: z.string(),
    occurredOn: day,
    note: z.string(),
    hearingFrom: day.nullish(),
    hearingTo: day.nullish(),
    agreement: z.boolean().nullish(),
    reliefKind: z.string().nullish(),
    reliefAmount: z.number().nullish(),
  }),
  addAssist: z.object({ orgId: id, org: z.string(), task: z.string(), owner: z.string(), dueDate: day }),
  assistReply: z.object({ assignmentId: id, reply: z.string() }),
  /** A part of the matter handed to a village for mediation (the dispute it opens there: features/disputes). */
  requestMediation: z.object({
    orgId: id,
    org: z.string(),
    kind: z.enum(DISPUTE_KINDS),
    title: z.string(),
    facts: z.string(),
    parties: z.array(
      z.object({
        kind: z.enum(DISPUTE_PARTY_KINDS),
        name: z.string(),
        phone: z.string().nullable(),
        address: z.string().nullable(),
        claim: z.string(),
        orgId: id.nullable(),
      }),
    ),
  }),
  requestExtension: z.object({ days: z.number().int(), reason: z.string() }),
  approveExtension: z.object({ approve: z.boolean(), days: z.number().int(), reason: z.string(), note }),
  decide: z.object({ decisionId: id, stage, outcome: z.string(), reviewOrgId: id.nullable() }),
  deliver: z.object({ decisionId: id, stage, method: z.string(), result: z.string(), deliveredOn: day }),
  conclude: z.object({ report: z.string() }),
  verify: z.object({ note }),
  rework: z.object({ reason: z.string() }),
  requestReview: proceedingRequested,
  requestReexamination: proceedingRequested,
  urge: z.object({ toOrgId: id, message: z.string() }),
  supervise: z.object({ toOrgId: id, proposals: z.string(), replyDueDate: day }),
  replySupervision: z.object({
    supervisionId: id,
    kind: z.enum(['urge', 'supervise']),
    reply: z.string(),
    adopted: z.boolean().nullable(),
  }),
  // The bodies told of the instruction (the handling body and those between); absent on rows from before.
  instruct: z.object({ text: z.string(), toOrgIds: z.array(id).optional() }),
  acknowledgeInstruction: z.object({ instructionIds: z.array(id), note }),
  takeOwnership: z.object({ leader: z.string(), note }),
  ownershipItem: z.object({ item: z.string(), doneOn: day, note: z.string() }),
  markBacklog: z.object({ reason: z.string() }),
  resolveBacklog: z.object({ resolvedOn: day, note: z.string() }),
};

type Payloads = typeof EVENT_PAYLOADS;
export type PetitionEventKind = keyof Payloads;
export const PETITION_EVENT_KINDS = Object.keys(EVENT_PAYLOADS) as PetitionEventKind[];

type Member<K extends PetitionEventKind> = z.ZodObject<{ kind: z.ZodLiteral<K>; payload: Payloads[K] }>;
type Members = { [K in PetitionEventKind]: Member<K> }[PetitionEventKind];
const member = <K extends PetitionEventKind>(kind: K): Member<K> => z.object({ kind: z.literal(kind), payload: EVENT_PAYLOADS[kind] });

/** The payload of an event of kind K as it is read (instants as ISO strings). */
export type PayloadOf<K extends PetitionEventKind> = z.output<Payloads[K]>;
/** The payload of an event of kind K as it is written (an instant may be a Date). */
export type PayloadInput<K extends PetitionEventKind> = z.input<Payloads[K]>;
/** One petition event, narrowed by its kind. */
export type PetitionEvent = { [K in PetitionEventKind]: { kind: K; payload: PayloadOf<K> } }[PetitionEventKind];

/** A petition event's kind and payload, as stored and read: the contract of petition_events.payload. */
export const petitionEvent: z.ZodType<PetitionEvent> = z.discriminatedUnion(
  'kind',
  // The members in the order of EVENT_PAYLOADS; the list's type is the tuple discriminatedUnion asks for.
  PETITION_EVENT_KINDS.map(member) as unknown as [Members, ...Members[]],
);

/** A stored event in the union's terms; null for a kind or payload this version does not know (shown without details). */
export function readPetitionEvent(kind: string, payload: unknown): PetitionEvent | null {
  const read = petitionEvent.safeParse({ kind, payload });
  return read.success ? read.data : null;
}
