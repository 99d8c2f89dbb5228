import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { OrgKind, Role } from '@xinfang/domain';

/** Insert may omit it (the database default applies). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<unknown, string | undefined, string>;

export interface OrgTable {
  id: Generated<number>;
  parent_id: number | null;
  /** Materialised ancestry '/1/4/9/', so "this body and those below it" is one prefix match. */
  path: string;
  depth: number;
  kind: OrgKind;
  name: string;
  short_name: string | null;
  code: string | null;
  region_code: string | null;
  contact_person: string | null;
  contact_phone: string | null;
  address: string | null;
  active: Generated<boolean>;
  /** Deadline policy pack; null follows the body above. */
  policy_pack: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  org_id: number;
  roles: Role[];
  phone: string | null;
  email: string | null;
  password_hash: string;
  must_change_password: Generated<boolean>;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  last_login_at: NullableTimestamp;
  password_changed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  /** sha256 of the cookie token: a stolen table row cannot be replayed. */
  id: string;
  user_id: number;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface AuditEventTable {
  /** Assigned by the chain trigger under a lock when a pending row is linked; never supplied by the application. */
  seq: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  actor_username: string | null;
  actor_org_id: number | null;
  org_id: number | null;
  ip: string | null;
  request_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  before: Json | null;
  after: Json | null;
  prev_hash: Generated<string>;
  hash: Generated<string>;
}

/** An audit row written by a change, waiting to be linked into `audit_events` (migration 0022). */
export type AuditPendingTable = Omit<AuditEventTable, 'seq' | 'prev_hash' | 'hash'> & { id: Generated<number> };

export interface CategoryTable {
  id: Generated<number>;
  parent_id: number | null;
  level: number;
  name: string;
  /** '城乡建设/安全生产/事故处理': the names from the top, for display and import matching. */
  path: string;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PetitionTable {
  id: Generated<number>;
  org_id: number;
  number: string;
  year: number;
  seq: number;
  query_code_hash: string;
  channel: string;
  received_at: Timestamp;
  type: string;
  category_id: number | null;
  title: string;
  content: string;
  place_region_code: string | null;
  place_address: string | null;
  persons_count: number;
  involved_count: number;
  accused_person: string | null;
  accused_org_id: number | null;
  /** An accusation whose accused body is not determined yet: it cannot be routed (migration 0026). */
  accused_org_unknown: Generated<boolean>;
  anonymous: boolean;
  confidential: boolean;
  skip_level: boolean;
  litigation: boolean;
  major_urgent: boolean;
  status: Generated<string>;
  first_time: boolean;
  repeat_of_id: number | null;
  merged_into_id: number | null;
  new_confirmed: Generated<boolean>;
  external_id: string | null;
  search_grams: string[];
  /** The bodies that see the petition (its `petition_scopes` rows), for the grams index; kept by triggers. */
  scope_orgs: Generated<number[]>;
  summary: string;
  registered_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Optimistic version: every change adds one; a workflow action names the version it was based on. */
  version: Generated<number>;
  router_org_id: number | null;
  holder_org_id: number | null;
  decline_route: string | null;
  decline_route_org_id: number | null;
  decline_reason: string | null;
  report: string | null;
  concluded_at: NullableTimestamp;
  final_at: NullableTimestamp;
  backlog_at: NullableTimestamp;
  backlog_reason: string | null;
  backlog_resolved_on: string | null;
  backlog_resolution: string | null;
}

export interface PetitionerTable {
  id: Generated<number>;
  petition_id: number;
  position: number;
  kind: string;
  name: string;
  id_type: string | null;
  id_number: string | null;
  phone: string | null;
  address: string | null;
  region_code: string | null;
  employer: string | null;
  is_main: boolean;
  is_representative: boolean;
  removed_at: NullableTimestamp;
}

export interface PetitionEventTable {
  id: Generated<number>;
  petition_id: number;
  at: Timestamp;
  actor_id: number | null;
  actor_org_id: number | null;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  payload: Json;
}

export interface AttachmentTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  mime: string;
  filename: string;
  org_id: number;
  uploaded_by: number;
  uploaded_at: Timestamp;
  petition_id: number | null;
  /** Public uploads: a keyed hash of the address they came from (volume per address). */
  uploader_address: string | null;
}

export interface PetitionNumberCounterTable {
  org_id: number;
  year: number;
  last_seq: number;
}

export interface SavedFilterTable {
  id: Generated<number>;
  name: string;
  owner_id: number | null;
  org_id: number;
  scope: 'personal' | 'org';
  filter: Json;
  created_at: Timestamp;
  removed_at: NullableTimestamp;
}

export interface ImportJobTable {
  id: Generated<number>;
  org_id: number;
  created_by: number;
  status: Generated<string>;
  dry_run: boolean;
  filename: string;
  mapping: Json;
  total: Generated<number>;
  processed: Generated<number>;
  created: Generated<number>;
  skipped: Generated<number>;
  errors: Json;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface CalendarYearTable {
  year: number;
  notice: string;
  entered_by: number | null;
  entered_at: Timestamp;
}

export interface CalendarDayTable {
  /** YYYY-MM-DD (read back as text, see database.ts). */
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface PetitionClockTable {
  id: Generated<number>;
  petition_id: number;
  /** The body that must act before the clock runs out. */
  org_id: number;
  key: string;
  pack: string;
  label: string;
  started_at: Timestamp;
  due_at: Timestamp;
  provisional: boolean;
  grade: Generated<'normal' | 'due_soon' | 'due_today' | 'overdue'>;
  stopped_at: NullableTimestamp;
  stop_event: string | null;
  /** Units added by approved extensions. */
  extended: Generated<number>;
  /** When a fifth of its time is left (即将到期); set by a trigger from started_at and due_at (migration 0019). */
  soon_at: Generated<Date | null>;
}

export interface ClockWarningTable {
  clock_id: number;
  grade: string;
  created_at: Timestamp;
}

type Created = { created_at: Generated<Date> };

export interface PetitionAssignmentTable extends Created {
  id: Generated<number>;
  petition_id: number;
  mode: 'forward' | 'assign' | 'assist';
  from_org_id: number;
  to_org_id: number;
  status: Generated<'pending' | 'received' | 'returned' | 'done' | 'withdrawn'>;
  requirements: string | null;
  task: string | null;
  owner: string | null;
  due_at: NullableTimestamp;
  return_reason: string | null;
  reply: string | null;
  created_by: number;
  received_at: NullableTimestamp;
  returned_at: NullableTimestamp;
  replied_at: NullableTimestamp;
  replied_by: number | null;
}

export interface PetitionAccessTable {
  petition_id: number;
  org_id: number;
}

/** Who may see a petition, a row per body (kept by triggers, migration 0016); the work lists walk it. */
export interface PetitionScopeTable {
  org_id: number;
  petition_id: number;
  received_at: Date;
  created_at: Date;
  status: string;
  channel: string;
  type: string;
  category_id: number | null;
}

export interface HandlingRecordTable extends Created {
  id: Generated<number>;
  petition_id: number;
  org_id: number;
  kind: string;
  occurred_on: string;
  note: string;
  hearing_from: string | null;
  hearing_to: string | null;
  agreement: boolean | null;
  relief_kind: string | null;
  relief_amount: number | null;
  created_by: number;
}

export interface ExtensionTable {
  id: Generated<number>;
  petition_id: number;
  org_id: number;
  days: number;
  reason: string;
  status: Generated<'pending' | 'approved' | 'rejected'>;
  requested_by: number;
  requested_at: Generated<Date>;
  decided_by: number | null;
  decided_at: NullableTimestamp;
  note: string | null;
}

export interface DecisionTable {
  id: Generated<number>;
  petition_id: number;
  stage: 'handling' | 'review' | 'reexamination';
  org_id: number;
  outcome: string;
  request: string;
  facts: string;
  reasons: string;
  basis: string;
  review_org_id: number | null;
  review_days: number | null;
  issued_by: number;
  issued_at: Generated<Date>;
  delivery_method: string | null;
  delivery_result: string | null;
  delivered_on: string | null;
  delivery_note: string | null;
  delivered_by: number | null;
}

export interface ProceedingTable extends Created {
  id: Generated<number>;
  petition_id: number;
  kind: 'review' | 'reexamination';
  org_id: number;
  requested_on: string;
  reasons: string;
  status: Generated<'open' | 'decided'>;
  created_by: number;
}

export interface SupervisionTable extends Created {
  id: Generated<number>;
  petition_id: number;
  kind: 'urge' | 'supervise';
  from_org_id: number;
  to_org_id: number;
  message: string;
  reply_due_on: string | null;
  reply: string | null;
  adopted: boolean | null;
  replied_at: NullableTimestamp;
  replied_by: number | null;
  created_by: number;
}

export interface InstructionTable extends Created {
  id: Generated<number>;
  petition_id: number;
  org_id: number;
  leader_id: number;
  text: string;
}

export interface OwnershipTable {
  id: Generated<number>;
  petition_id: number;
  leader_id: number;
  org_id: number;
  since: Generated<Date>;
  note: string | null;
}

export interface OwnershipItemTable {
  ownership_id: number;
  item: string;
  done_on: string;
  note: string;
}

export interface EvaluationTable extends Created {
  id: Generated<number>;
  petition_id: number;
  target: 'bureau' | 'handling';
  org_id: number;
  decision_id: number;
  rating: 'satisfied' | 'basically_satisfied' | 'dissatisfied';
  reasons: string | null;
}

export interface PortalFailureTable {
  key: string;
  failures: number;
  locked_until: NullableTimestamp;
  updated_at: Timestamp;
}

export interface PortalPhoneCodeTable {
  id: Generated<number>;
  petition_id: number;
  phone: string;
  code_hash: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  attempts: Generated<number>;
  used_at: NullableTimestamp;
}

/** A request for an SMS code, kept whether or not the phone matched: the limits count these (migration 0025). */
export interface PortalCodeRequestTable {
  id: Generated<number>;
  number: string;
  phone: string;
  /** A keyed hash of the requesting address. */
  address: string;
  created_at: Generated<Date>;
  processed_at: NullableTimestamp;
}

export interface PortalChallengeTable {
  signature: string;
  expires_at: Timestamp;
}

/** The database as Kysely sees it. */
export interface DB {
  orgs: OrgTable;
  users: UserTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  audit_pending: AuditPendingTable;
  categories: CategoryTable;
  petitions: PetitionTable;
  petitioners: PetitionerTable;
  petition_events: PetitionEventTable;
  attachments: AttachmentTable;
  petition_number_counters: PetitionNumberCounterTable;
  saved_filters: SavedFilterTable;
  import_jobs: ImportJobTable;
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
  petition_clocks: PetitionClockTable;
  clock_warnings: ClockWarningTable;
  petition_assignments: PetitionAssignmentTable;
  petition_access: PetitionAccessTable;
  petition_scopes: PetitionScopeTable;
  handling_records: HandlingRecordTable;
  extensions: ExtensionTable;
  decisions: DecisionTable;
  proceedings: ProceedingTable;
  supervisions: SupervisionTable;
  instructions: InstructionTable;
  ownerships: OwnershipTable;
  ownership_items: OwnershipItemTable;
  evaluations: EvaluationTable;
  portal_failures: PortalFailureTable;
  portal_challenges: PortalChallengeTable;
  portal_phone_codes: PortalPhoneCodeTable;
  portal_code_requests: PortalCodeRequestTable;
}

export type Org = Selectable<OrgTable>;
export type NewOrg = Insertable<OrgTable>;
export type OrgUpdate = Updateable<OrgTable>;
export type User = Selectable<UserTable>;
export type AuditEvent = Selectable<AuditEventTable>;
