import { MAX_REPRESENTATIVES, type MatterDecision, type ReceptionRecordKind } from '@xinfang/domain';
import type { RecordInput, RecordOptions } from './api/reception';

type Matter = RecordInput['matters'][number];

/** The record form's values as antd holds them: optional fields may be absent or empty. */
export interface RecordFormValues {
  kind: ReceptionRecordKind;
  slotId?: number | null;
  /** China wall-clock time picked, as an ISO instant with its offset. */
  heldAt: string;
  place?: string;
  leaderIds: number[];
  presentOrgIds?: number[];
  visitors: { name: string; idNumber?: string; phone?: string; isRepresentative?: boolean }[];
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
      phone: p.phone?.trim() || null,
      isRepresentative: p.isRepresentative ?? false,
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
