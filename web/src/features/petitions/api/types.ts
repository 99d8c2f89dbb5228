import type { Channel, IdType, PetitionStatus, PetitionType, StatName, DeadlineFilter, Flag } from '@xinfang/domain';
import type { Clock } from '../../calendar/api/calendar';
import type { WorkflowDetail } from '../../workflow/api/types';

export interface PetitionerInput {
  id?: number;
  kind: 'person' | 'org';
  name: string;
  idType?: IdType | null;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
  regionCode?: string | null;
  employer?: string | null;
  isMain: boolean;
  isRepresentative: boolean;
  /** For notices; left out on a correction: unchanged. */
  email?: string | null;
  notifySms?: boolean;
  notifyEmail?: boolean;
}

export interface RegisterInput {
  channel: Channel;
  receivedAt: string;
  type: PetitionType;
  categoryId: number | null;
  title: string;
  content: string;
  placeRegionCode: string | null;
  placeAddress: string | null;
  personsCount: number;
  involvedCount: number;
  accusedPerson: string | null;
  accusedOrgId: number | null;
  /** An accusation naming no body, confirmed by the registrar. */
  accusedOrgNone: boolean;
  anonymous: boolean;
  confidential: boolean;
  skipLevel: boolean;
  litigation: boolean;
  majorUrgent: boolean;
  petitioners: PetitionerInput[];
  attachmentIds: number[];
  repeatOfId?: number | null;
  newFacts?: string | null;
}

/** A correction names the version it was based on; a stale one is refused with `version_conflict`. */
export type CorrectInput = Partial<Omit<RegisterInput, 'repeatOfId' | 'newFacts'>> & { version: number; reason: string };

export interface Petitioner {
  id: number;
  kind: 'person' | 'org';
  name: string;
  idType: IdType | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  regionCode: string | null;
  regionName: string | null;
  employer: string | null;
  isMain: boolean;
  isRepresentative: boolean;
  /** Masked like the phone. */
  email: string | null;
  notifySms: boolean;
  notifyEmail: boolean;
  masked: boolean;
}

export interface UnmaskedPetitioner {
  id: number;
  name: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

export interface PetitionRef {
  id: number;
  number: string;
  title: string;
}

export interface Attachment {
  id: number;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface PetitionEvent {
  id: number;
  at: string;
  kind: string;
  actorName: string | null;
  orgName: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  payload: unknown;
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface PetitionListItem {
  id: number;
  number: string;
  title: string;
  channel: Channel;
  type: PetitionType;
  status: PetitionStatus;
  receivedAt: string;
  registeredAt: string;
  org: { id: number; name: string };
  category: { id: number; path: string } | null;
  placeRegionName: string | null;
  mainPetitioner: { name: string; phone: string | null } | null;
  personsCount: number;
  flags: Record<Flag, boolean>;
  snippet: SnippetPart[] | null;
  /** The open clock that runs out first, or null. */
  deadline: Clock | null;
}

/** The detail: registration, links, history, clocks, and the handling workflow (version, holder, actions, workflow). */
export interface PetitionDetail extends PetitionListItem, WorkflowDetail {
  content: string;
  placeRegionCode: string | null;
  placeAddress: string | null;
  involvedCount: number;
  accusedPerson: string | null;
  accusedOrg: { id: number; name: string } | null;
  /** An accusation whose accused body is not determined yet: it cannot be routed. */
  accusedOrgUnknown: boolean;
  petitioners: Petitioner[];
  attachments: Attachment[];
  repeatOf: PetitionRef | null;
  repeats: PetitionRef[];
  mergedInto: PetitionRef | null;
  mergedFrom: PetitionRef[];
  newConfirmed: boolean;
  externalId: string | null;
  events: PetitionEvent[];
  /** Every clock of the matter, open and stopped. */
  clocks: Clock[];
  abilities: { correct: boolean; unmask: boolean; link: boolean; merge: boolean; unmerge: boolean; reissueCode: boolean };
}

export type MatchedBy = 'id_number' | 'phone' | 'name_address' | 'text';

export interface Candidate {
  id: number;
  number: string;
  title: string;
  receivedAt: string;
  status: PetitionStatus;
  orgName: string;
  similarity: number;
  matchedBy: MatchedBy[];
}

export interface RepeatQuery {
  petitioners: { name?: string; idNumber?: string; phone?: string; address?: string }[];
  title: string;
  content: string;
  excludeId?: number;
}

export interface Receipt {
  number: string;
  queryCode: string | null;
  registeredAt: string;
  receivedAt: string;
  channel: Channel;
  title: string;
  petitionerName: string | null;
  org: { name: string; address: string | null; phone: string | null };
  registrar: string;
}

/** Filters of the work list, as in the URL and in saved filters (listQuery on the server). */

export interface ListFilters {
  /** Drill-down from the statistics: the petitions behind figure `stat` of body `statOrg` in statFrom–statTo (China days). */
  stat?: StatName;
  statOrg?: number;
  statFrom?: string;
  statTo?: string;
  q?: string;
  status?: PetitionStatus[];
  channel?: Channel[];
  type?: PetitionType;
  categoryId?: number;
  regionCode?: string;
  orgId?: number;
  from?: string;
  to?: string;
  skipLevel?: boolean;
  litigation?: boolean;
  majorUrgent?: boolean;
  group?: boolean;
  repeat?: boolean;
  firstTime?: boolean;
  merged?: boolean;
  confidential?: boolean;
  anonymous?: boolean;
  /** Petitions with an open deadline in this grade now, or with any open deadline. */
  deadline?: DeadlineFilter;
  sort?: 'receivedAt' | 'registeredAt';
  order?: 'desc' | 'asc';
}

export interface SavedFilter {
  id: number;
  name: string;
  scope: 'personal' | 'org';
  filter: ListFilters;
  mine: boolean;
}
