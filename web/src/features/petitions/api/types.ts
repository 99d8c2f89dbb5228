import type { Channel, MatterFigure, PetitionStatus, PetitionType, RowDim, StatName, DeadlineFilter } from '@xinfang/domain';
import type { ApiBody, Schemas, WithRequired } from '../../../api/openapi';

export type PetitionerInput = RegisterInput['petitioners'][number];

/** A registration as the form builds it (formModel.ts). */
export type RegisterInput = WithRequired<ApiBody<'/api/petitions'>, 'petitioners' | 'attachmentIds'>;

/** A correction names the version it was based on; a stale one is refused with `version_conflict`. */
export type CorrectInput = ApiBody<'/api/petitions/{id}', 'patch'>;

export type Petitioner = Schemas['Petitioner'];

export type UnmaskedPetitioner = Schemas['UnmaskedPetitioner'];

export type PetitionRef = PetitionDetail['repeats'][number];

export type Attachment = Schemas['Attachment'];

export type PetitionEvent = Schemas['PetitionEvent'];

export type SnippetPart = NonNullable<PetitionListItem['snippet']>[number];

export type PetitionListItem = Schemas['PetitionListItem'];

/** The detail: registration, links, history, clocks, and the handling workflow (version, holder, actions, workflow). */
export type PetitionDetail = Schemas['PetitionDetail'];

export type MatchedBy = Candidate['matchedBy'][number];

export type Candidate = Schemas['RepeatCandidate'];

export type RepeatQuery = WithRequired<ApiBody<'/api/petitions/repeat-candidates'>, 'petitioners' | 'title' | 'content'>;

export type Receipt = Schemas['Receipt'];

/** Filters of the work list, as in the URL and in saved filters (listQuery on the server). */

export interface ListFilters {
  /** Drill-down from the statistics: the petitions behind figure `stat` of body `statOrg` in statFrom–statTo (China days). */
  stat?: StatName;
  statOrg?: number;
  statFrom?: string;
  statTo?: string;
  /** … one row of a breakdown of it: the breakdown and the row's key (`none`: the values not recorded). */
  statDim?: RowDim;
  statKey?: string;
  /** Drill-down from the reception compliance report: the matters raised at these leaders' receptions in the days. */
  receptionFigure?: MatterFigure;
  receptionLeader?: number[];
  receptionFrom?: string;
  receptionTo?: string;
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
  /** Petitions with an open deadline, not yet past, ending within this many working days. */
  dueWithin?: number;
  /** Petitions whose 承办人 (the handler who last acted for the body with the open deadline) is this user. */
  handlerId?: number;
  /** Petitions with an open deadline at the user's own body that no 承办人 of it has acted on yet. */
  unhandled?: boolean;
  /** `dueAt`: by the nearest open deadline, the most urgent first when ascending. */
  sort?: 'receivedAt' | 'registeredAt' | 'dueAt';
  order?: 'desc' | 'asc';
}

/** The server keeps a filter as given; the web gives it a work list's filters. */
export type SavedFilter = Omit<Schemas['SavedFilter'], 'filter'> & { filter: ListFilters };
