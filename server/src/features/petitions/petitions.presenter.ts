import type { PetitionStatus } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import type { Selectable } from 'kysely';
import type { AttachmentTable, PetitionerTable, PetitionTable } from '../../db/types.js';
import { maskEmail, maskIdNumber, maskName, maskPhone } from '../../shared/identity.js';
import { snippet } from '../../shared/search.js';
import type { ClockDto } from '../deadlines/index.js';
import { regionsService } from '../regions/index.js';
import { petitionPolicy } from './petitions.policy.js';
import type { petitionsRepository } from './petitions.repository.js';
import type { PetitionDetailDto, PetitionListItemDto } from './petitions.schema.js';

/** What a list item is made of: a row of the work list, or a petition's detail row. */
export type ListRow = Pick<
  Selectable<PetitionTable>,
  | 'id'
  | 'number'
  | 'title'
  | 'content'
  | 'channel'
  | 'type'
  | 'status'
  | 'received_at'
  | 'created_at'
  | 'org_id'
  | 'category_id'
  | 'place_region_code'
  | 'persons_count'
  | 'repeat_of_id'
  | 'merged_into_id'
  | 'first_time'
  | 'skip_level'
  | 'litigation'
  | 'major_urgent'
  | 'confidential'
  | 'anonymous'
> & { org_name: string; category_path: string | null; main_name: string | null; main_phone: string | null };
export type DetailRow = NonNullable<Awaited<ReturnType<typeof petitionsRepository.findVisible>>>;
type Ref = { id: number; number: string; title: string };

const regionName = (code: string | null) => (code ? (regionsService.find(code)?.fullName ?? null) : null);

function flags(
  p: Pick<
    ListRow,
    | 'persons_count'
    | 'repeat_of_id'
    | 'first_time'
    | 'merged_into_id'
    | 'skip_level'
    | 'litigation'
    | 'major_urgent'
    | 'confidential'
    | 'anonymous'
  >,
) {
  return {
    group: p.persons_count >= 5,
    repeat: p.repeat_of_id !== null,
    firstTime: p.first_time,
    merged: p.merged_into_id !== null,
    skipLevel: p.skip_level,
    litigation: p.litigation,
    majorUrgent: p.major_urgent,
    confidential: p.confidential,
    anonymous: p.anonymous,
  };
}

/** A petitioner as everyone sees it: identity numbers and phones masked, names too when confidential. */
export function presentPetitioner(s: Selectable<PetitionerTable>, confidential: boolean) {
  return {
    id: s.id,
    kind: s.kind as 'person' | 'org',
    name: confidential ? maskName(s.name) : s.name,
    idType: s.id_type as never,
    idNumber: maskIdNumber(s.id_number),
    phone: maskPhone(s.phone),
    address: confidential ? null : s.address,
    regionCode: s.region_code,
    regionName: regionName(s.region_code),
    employer: confidential ? null : s.employer,
    isMain: s.is_main,
    isRepresentative: s.is_representative,
    email: maskEmail(s.email),
    notifySms: s.notify_sms,
    notifyEmail: s.notify_email,
    masked: true,
  };
}

/** A row of the work list. */
export function presentListItem(p: ListRow, terms: string[], clocks: ClockDto[] = []): PetitionListItemDto {
  const open = clocks.filter((c) => !c.stoppedAt).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return {
    id: p.id,
    number: p.number,
    title: p.title,
    channel: p.channel as never,
    type: p.type as never,
    status: p.status as never,
    receivedAt: p.received_at,
    registeredAt: p.created_at,
    org: { id: p.org_id, name: p.org_name },
    category: p.category_id ? { id: p.category_id, path: p.category_path! } : null,
    placeRegionName: regionName(p.place_region_code),
    mainPetitioner: p.main_name ? { name: p.confidential ? maskName(p.main_name) : p.main_name, phone: maskPhone(p.main_phone) } : null,
    personsCount: p.persons_count,
    flags: flags(p),
    deadline: open[0] ?? null,
    snippet: terms.length ? (snippet(p.content, terms) ?? snippet(p.title, terms)) : null,
  };
}

/** Everything registered about one petition, as the actor may see it. */
export function presentDetail(
  actor: Actor,
  p: DetailRow,
  extra: {
    petitioners: Selectable<PetitionerTable>[];
    attachments: Selectable<AttachmentTable>[];
    events: {
      id: number;
      at: Date;
      kind: string;
      actor_name: string | null;
      org_name: string | null;
      from_status: PetitionStatus | null;
      to_status: PetitionStatus | null;
      payload: unknown;
    }[];
    clocks: ClockDto[];
    /** The workflow's part (its sections, the actions the actor may take), from the workflow feature. */
    workflow: Pick<PetitionDetailDto, 'workflow' | 'actions'>;
    repeatOf: Ref | undefined;
    repeats: Ref[];
    mergedInto: Ref | undefined;
    mergedFrom: Ref[];
  },
): PetitionDetailDto {
  const main = extra.petitioners.find((s) => s.is_main);
  return {
    ...presentListItem({ ...p, main_name: main?.name ?? null, main_phone: main?.phone ?? null }, [], extra.clocks),
    content: p.content,
    placeRegionCode: p.place_region_code,
    placeAddress: p.place_address,
    involvedCount: p.involved_count,
    accusedPerson: p.accused_person,
    accusedOrg: p.accused_org_id ? { id: p.accused_org_id, name: p.accused_org_name! } : null,
    accusedOrgUnknown: p.accused_org_unknown,
    petitioners: extra.petitioners.map((s) => presentPetitioner(s, p.confidential)),
    attachments: extra.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      mime: a.mime,
      size: a.size,
      sha256: a.sha256,
      uploadedAt: a.uploaded_at,
    })),
    repeatOf: extra.repeatOf ?? null,
    repeats: extra.repeats,
    mergedInto: extra.mergedInto ?? null,
    mergedFrom: extra.mergedFrom,
    newConfirmed: p.new_confirmed,
    externalId: p.external_id,
    clocks: extra.clocks,
    events: extra.events.map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      actorName: e.actor_name,
      orgName: e.org_name,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      payload: e.payload,
    })),
    abilities: petitionPolicy.abilities(actor, p),
    version: p.version,
    holder: p.current_org_id ? { id: p.current_org_id, name: p.current_org_name ?? '' } : null,
    finality: p.final_of_id
      ? {
          finalOfId: p.final_of_id,
          newFacts: p.new_facts,
          approvedAt: p.new_facts_approved_at,
        }
      : null,
    workflow: extra.workflow.workflow,
    actions: extra.workflow.actions,
  };
}
