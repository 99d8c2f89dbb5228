import type { Channel, IdType, PetitionType } from '@xinfang/domain';
import type { Dayjs } from 'dayjs';
import type { CorrectInput, PetitionDetail, RegisterInput } from './api/types';
import { chinaPickerValue, pickedChinaTime } from '../../ui/chinaTime';

/** One petitioner row of the form (blank strings allowed while typing). */
export interface PetitionerRow {
  id?: number;
  kind: 'person' | 'org';
  name?: string;
  idType?: IdType | null;
  idNumber?: string;
  phone?: string;
  address?: string;
  regionCode?: string | null;
  employer?: string;
  isMain?: boolean;
  isRepresentative?: boolean;
  email?: string;
  /** Notices by SMS / e-mail (sent only when a mobile number / an address is given). */
  notifySms?: boolean;
  notifyEmail?: boolean;
}

export interface FormValues {
  channel: Channel;
  receivedAt: Dayjs;
  type: PetitionType;
  categoryId?: number | null;
  title: string;
  content: string;
  placeRegionCode?: string | null;
  placeAddress?: string;
  personsCount: number;
  involvedCount?: number | null;
  anonymous?: boolean;
  confidential?: boolean;
  skipLevel?: boolean;
  litigation?: boolean;
  majorUrgent?: boolean;
  accusedPerson?: string;
  accusedOrgId?: number | null;
  /** An accusation naming no body: the registrar confirms there is none (else it cannot be routed yet). */
  accusedOrgNone?: boolean;
  petitioners: PetitionerRow[];
  reason?: string;
  /** 条例 Art. 36: the new facts or reasons that let a matter already final on 复核 be registered again. */
  newFacts?: string;
}

export const FORM_FIELDS = [
  'channel',
  'receivedAt',
  'type',
  'categoryId',
  'title',
  'content',
  'placeRegionCode',
  'placeAddress',
  'personsCount',
  'involvedCount',
  'anonymous',
  'confidential',
  'skipLevel',
  'litigation',
  'majorUrgent',
  'accusedPerson',
  'accusedOrgId',
  'accusedOrgNone',
  'petitioners',
  'reason',
  'newFacts',
] as const;

export const emptyPetitioner = (isMain = false): PetitionerRow => ({
  kind: 'person',
  idType: 'id_card',
  isMain,
  isRepresentative: false,
  notifySms: true,
  notifyEmail: true,
});

const text = (v: string | undefined | null) => (v?.trim() ? v.trim() : null);

/** Form values → the registration body (blank → null, dates → ISO, anonymous keeps no petitioners' blanks). Pure. */
export function toRegisterInput(v: FormValues, attachmentIds: number[], repeatOfId: number | null): RegisterInput {
  const accusation = v.type === 'accusation';
  return {
    channel: v.channel,
    receivedAt: pickedChinaTime(v.receivedAt),
    type: v.type,
    categoryId: v.categoryId ?? null,
    title: v.title.trim(),
    content: v.content.trim(),
    placeRegionCode: v.placeRegionCode ?? null,
    placeAddress: text(v.placeAddress),
    personsCount: v.personsCount,
    involvedCount: v.involvedCount ?? 0,
    accusedPerson: accusation ? text(v.accusedPerson) : null,
    accusedOrgId: accusation ? (v.accusedOrgId ?? null) : null,
    accusedOrgNone: accusation && !v.accusedOrgId && !!v.accusedOrgNone,
    anonymous: !!v.anonymous,
    confidential: !!v.confidential,
    skipLevel: !!v.skipLevel,
    litigation: !!v.litigation,
    majorUrgent: !!v.majorUrgent,
    petitioners: (v.petitioners ?? [])
      .filter((p) => p.name?.trim())
      .map((p) => ({
        ...(p.id ? { id: p.id } : {}),
        kind: p.kind,
        name: p.name!.trim(),
        idType: p.idNumber?.trim() ? (p.idType ?? 'id_card') : null,
        idNumber: text(p.idNumber)?.toUpperCase() ?? null,
        phone: text(p.phone),
        address: text(p.address),
        regionCode: p.regionCode ?? null,
        employer: text(p.employer),
        isMain: !!p.isMain,
        isRepresentative: !!p.isRepresentative,
        email: text(p.email),
        notifySms: p.notifySms ?? true,
        notifyEmail: p.notifyEmail ?? true,
      })),
    attachmentIds,
    repeatOfId,
    ...(text(v.newFacts) ? { newFacts: text(v.newFacts) } : {}),
  };
}

/** A registered petition → form values for 更正登记 (masked values stay masked). Pure. */
export function fromPetition(p: PetitionDetail): FormValues {
  return {
    channel: p.channel,
    receivedAt: chinaPickerValue(p.receivedAt),
    type: p.type,
    categoryId: p.category?.id ?? null,
    title: p.title,
    content: p.content,
    placeRegionCode: p.placeRegionCode,
    placeAddress: p.placeAddress ?? '',
    personsCount: p.personsCount,
    involvedCount: p.involvedCount,
    anonymous: p.flags.anonymous,
    confidential: p.flags.confidential,
    skipLevel: p.flags.skipLevel,
    litigation: p.flags.litigation,
    majorUrgent: p.flags.majorUrgent,
    accusedPerson: p.accusedPerson ?? '',
    accusedOrgId: p.accusedOrg?.id ?? null,
    accusedOrgNone: p.type === 'accusation' && !p.accusedOrg && !p.accusedOrgUnknown,
    petitioners: p.petitioners.map((x) => ({
      id: x.id,
      kind: x.kind,
      name: x.name,
      idType: x.idType,
      idNumber: x.idNumber ?? '',
      phone: x.phone ?? '',
      address: x.address ?? '',
      regionCode: x.regionCode,
      employer: x.employer ?? '',
      isMain: x.isMain,
      isRepresentative: x.isRepresentative,
      email: x.email ?? '',
      notifySms: x.notifySms,
      notifyEmail: x.notifyEmail,
    })),
    reason: '',
  };
}

/** A masked value as the server shows it (e.g. 3707**********1232, 李*). */
export const isMasked = (v: string | null | undefined) => !!v && v.includes('*');

/**
 * The correction body: only what changed against the registered values, with the reason. Petitioners are sent
 * only when a petitioner row changed; attachments are only ever added (the server attaches the new ids). Pure.
 */
export function toCorrectInput(initial: RegisterInput, current: RegisterInput, reason: string, version: number): CorrectInput {
  const out: CorrectInput = { version, reason: reason.trim() };
  const added = current.attachmentIds.filter((id) => !initial.attachmentIds.includes(id));
  if (added.length) out.attachmentIds = added;
  const keys = Object.keys(current) as (keyof RegisterInput)[];
  for (const k of keys) {
    if (k === 'repeatOfId' || k === 'attachmentIds') continue;
    if (JSON.stringify(initial[k]) !== JSON.stringify(current[k])) (out as Record<string, unknown>)[k] = current[k];
  }
  return out;
}
