import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from './schema.gen.js';

/**
 * The table shapes are generated from the migrated database (schema.gen.ts, `npm run db:types`); what is here is
 * not a table shape: value lists, and the names the code has always used for the tables.
 */
export type { DB };

export type OrgTable = DB['orgs'];
export type UserTable = DB['users'];
export type SessionTable = DB['sessions'];
export type AuditEventTable = DB['audit_events'];
export type AuditPendingTable = DB['audit_pending'];
export type CategoryTable = DB['categories'];
export type PetitionTable = DB['petitions'];
export type PetitionerTable = DB['petitioners'];
export type PetitionEventTable = DB['petition_events'];
export type AttachmentTable = DB['attachments'];
export type PetitionNumberCounterTable = DB['petition_number_counters'];
export type SavedFilterTable = DB['saved_filters'];
export type ImportJobTable = DB['import_jobs'];
export type CalendarYearTable = DB['calendar_years'];
export type CalendarDayTable = DB['calendar_days'];
export type PetitionClockTable = DB['petition_clocks'];
export type ClockWarningTable = DB['clock_warnings'];
export type PetitionAssignmentTable = DB['petition_assignments'];
export type PetitionAccessTable = DB['petition_access'];
export type PetitionScopeTable = DB['petition_scopes'];
export type HandlingRecordTable = DB['handling_records'];
export type ExtensionTable = DB['extensions'];
export type DecisionTable = DB['decisions'];
export type ProceedingTable = DB['proceedings'];
export type SupervisionTable = DB['supervisions'];
export type InstructionTable = DB['instructions'];
export type InstructionRecipientTable = DB['instruction_recipients'];
export type OwnershipTable = DB['ownerships'];
export type OwnershipItemTable = DB['ownership_items'];
export type EvaluationTable = DB['evaluations'];
export type PortalFailureTable = DB['portal_failures'];
export type PortalChallengeTable = DB['portal_challenges'];
export type PortalPhoneCodeTable = DB['portal_phone_codes'];
export type PortalCodeRequestTable = DB['portal_code_requests'];
export type ReceptionRuleTable = DB['reception_rules'];
export type ReceptionPlaceTable = DB['reception_places'];
export type LeaderUnavailabilityTable = DB['leader_unavailability'];
export type ReceptionPlanTable = DB['reception_plans'];
export type ReceptionSlotTable = DB['reception_slots'];
export type ReceptionPlanVersionTable = DB['reception_plan_versions'];
export type ReceptionPlanChangeTable = DB['reception_plan_changes'];
export type ReceptionBookingTable = DB['reception_bookings'];
export type ReceptionBookingEventTable = DB['reception_booking_events'];
export type ReceptionVisitTable = DB['reception_visits'];
export type ReceptionSlotCounselTable = DB['reception_slot_counsel'];
export type DutySettingsTable = DB['duty_settings'];
export type DutyShiftTable = DB['duty_shifts'];
export type DutySwapTable = DB['duty_swaps'];
export type DutyEventTable = DB['duty_events'];
export type ReceptionRecordTable = DB['reception_records'];
export type ReceptionVisitorTable = DB['reception_visitors'];
export type ReceptionMatterTable = DB['reception_matters'];

export type Org = Selectable<OrgTable>;
export type NewOrg = Insertable<OrgTable>;
export type OrgUpdate = Updateable<OrgTable>;
export type User = Selectable<UserTable>;
export type AuditEvent = Selectable<AuditEventTable>;
