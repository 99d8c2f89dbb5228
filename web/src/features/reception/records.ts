import { MAX_REPRESENTATIVES, type MatterDecision, type ReceptionRecordKind } from '@xinfang/domain';
import type { Arrival, ReceptionRecord, RecordEdit, RecordInput, RecordOptions } from './api/reception';

type Matter = RecordInput['matters'][number];

/** A visitor row; one chosen from the slot's arrivals stands for that visit or booking and shows its phone masked. */
export interface FormVisitor {
  name: string;
  idNumber?: string;
  phone?: string;
  isRepresentative?: boolean;
  visitId?: number | null;
  bookingId?: number | null;
  maskedPhone?: string | null;
}

/** The record form's values as antd holds them: optional fields may be absent or empty. */
export interface RecordFormValues {
  kind: ReceptionRecordKind;
  slotId?: number | null;
  /** China wall-clock time picked, as an ISO instant with its offset. */
  heldAt: string;
  place?: string;
  leaderIds: number[];
  presentOrgIds?: number[];
  visitors: FormVisitor[];
  raised: string;
  counsel?: string;
  petitionId?: number | null;
  matters: {
    petitionId?: number | null;
    title: string;
    content?: string;
    type?: Matter['type'];
    decision: MatterDecision;
    instruction: string;
    orgId?: number | null;
    dueDate?: string;
    legalRoute?: Matter['legalRoute'];
    accusedPerson?: string;
    accusedOrgId?: number | null;
    accusedOrgNone?: boolean;
  }[];
}

/** The body sent for the form's values: only the fields the decision uses, empty text as absent. */
export function recordInput(v: RecordFormValues): RecordInput {
  return {
    kind: v.kind,
    slotId: v.slotId ?? null,
    heldAt: v.heldAt,
    place: v.place?.trim() || null,
    leaderIds: v.leaderIds,
    presentOrgIds: v.presentOrgIds ?? [],
    visitors: v.visitors.map((p) => ({
      name: p.name,
      idType: p.idNumber ? 'id_card' : null,
      idNumber: p.idNumber?.trim() || null,
      // An arrival's phone is the server's to take from the visit: the form has it only masked.
      phone: isArrival(p) ? null : p.phone?.trim() || null,
      isRepresentative: p.isRepresentative ?? false,
      visitId: p.visitId ?? null,
      bookingId: p.bookingId ?? null,
    })),
    raised: v.raised,
    counsel: v.counsel ?? '',
    petitionId: v.petitionId ?? null,
    matters: v.matters.map((m) => ({
      petitionId: m.petitionId ?? null,
      title: m.title,
      content: m.content ?? '',
      type: m.petitionId ? null : (m.type ?? null),
      decision: m.decision,
      instruction: m.instruction,
      orgId: m.decision === 'assigned' && !m.petitionId ? (m.orgId ?? null) : null,
      dueDate: m.decision === 'assigned' ? m.dueDate || null : null,
      legalRoute: m.decision === 'legal_route' ? (m.legalRoute ?? null) : null,
      // Only a new accusation names who it accuses (条例 Art. 30); a linked petition keeps its own.
      ...(m.type === 'accusation' && !m.petitionId
        ? {
            accusedPerson: m.accusedPerson?.trim() || null,
            accusedOrgId: m.accusedOrgId ?? null,
            accusedOrgNone: m.accusedOrgNone ?? false,
          }
        : { accusedPerson: null, accusedOrgId: null, accusedOrgNone: false }),
    })),
  };
}

/** The representatives marked beyond the five who may speak for a group (0 when within). */
export const speakersOver = (visitors: RecordFormValues['visitors']) =>
  Math.max(0, visitors.filter((p) => p.isRepresentative).length - MAX_REPRESENTATIVES);

/** Choosing a slot fills the leaders and the place from it (the recorder may still change them). */
export function fromSlot(
  slots: RecordOptions['slots'],
  slotId: number | null | undefined,
): Pick<Partial<RecordFormValues>, 'leaderIds' | 'place'> {
  const slot = slots.find((s) => s.id === slotId);
  return slot ? { leaderIds: slot.leaders.map((l) => l.id), place: slot.placeName } : {};
}

const isArrival = (p: FormVisitor) => Boolean(p.visitId || p.bookingId);

/**
 * Server errors on a visitor's arrival (visitors.N.visitId / bookingId: refused as recorded, cancelled, of another
 * slot) re-addressed to the visitor's name, the field the row shows for it.
 */
export const arrivalErrors = (fields: { name: (string | number)[]; errors: string[] }[]) =>
  fields
    .filter((f) => f.name[0] === 'visitors' && (f.name[2] === 'visitId' || f.name[2] === 'bookingId'))
    .map((f) => ({ name: ['visitors', Number(f.name[1]), 'name'] as ['visitors', number, 'name'], errors: f.errors }));

/** What a visitor row sends for an arrival: its desk visit, or the booking when it is not checked in yet. */
const arrivalRef = (a: Arrival) => (a.visitId ? { visitId: a.visitId, bookingId: null } : { visitId: null, bookingId: a.bookingId });

/** Whether a visitor row already stands for the arrival. */
export const chosen = (visitors: FormVisitor[] | undefined, a: Arrival) => {
  const ref = arrivalRef(a);
  return (visitors ?? []).some((p) => (ref.visitId ? p.visitId === ref.visitId : p.bookingId === ref.bookingId));
};

/**
 * Choosing an arrival: it fills the first empty visitor row (or a new one) with its name and masked phone (the
 * identity number is still typed), and its matter is added to what was raised.
 */
export function withArrival(
  v: Partial<Pick<RecordFormValues, 'visitors' | 'raised'>>,
  a: Arrival,
): Pick<RecordFormValues, 'visitors' | 'raised'> {
  const visitor: FormVisitor = { name: a.name, isRepresentative: false, maskedPhone: a.phone, ...arrivalRef(a) };
  const visitors = v.visitors ?? [];
  const empty = visitors.findIndex((p) => !p?.name && !p?.idNumber && !p?.phone);
  const raised = v.raised?.trim() ?? '';
  return {
    visitors: empty >= 0 ? visitors.map((p, i) => (i === empty ? visitor : p)) : [...visitors, visitor],
    raised: raised.includes(a.matter) ? raised : [raised, a.matter].filter(Boolean).join('\n'),
  };
}

/** The correction form's values: the record's own facts; its visitors as shown (masked), each kept one with its id. */
export interface CorrectionValues {
  place: string;
  presentOrgIds?: number[];
  visitors: (FormVisitor & { id?: number; idType?: RecordEdit['visitors'][number]['idType'] })[];
  raised: string;
  counsel?: string;
}

export const correctionValues = (r: ReceptionRecord): CorrectionValues => ({
  place: r.place,
  presentOrgIds: r.presentOrgs.map((o) => o.id),
  visitors: r.visitors.map((v) => ({
    id: v.id,
    name: v.name,
    idType: v.idType,
    idNumber: v.idNumber ?? '',
    phone: v.phone ?? '',
    isRepresentative: v.isRepresentative,
  })),
  raised: r.raised,
  counsel: r.counsel,
});

/**
 * The correction sent with the version it was based on. A kept visitor goes back by id with the values as shown: a
 * masked one (with *) means unchanged to the server, so an identity number or phone is only sent when retyped.
 */
export function correctionInput(version: number, v: CorrectionValues): RecordEdit {
  return {
    version,
    place: v.place.trim(),
    presentOrgIds: v.presentOrgIds ?? [],
    visitors: v.visitors.map((p) => {
      const idNumber = p.idNumber?.trim() || null;
      return {
        ...(p.id ? { id: p.id } : {}),
        name: p.name,
        idType: idNumber ? (p.idType ?? 'id_card') : null,
        idNumber,
        phone: p.phone?.trim() || null,
        isRepresentative: p.isRepresentative ?? false,
      };
    }),
    raised: v.raised,
    counsel: v.counsel ?? '',
  };
}
