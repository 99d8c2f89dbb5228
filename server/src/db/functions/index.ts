import { sql, type Kysely } from 'kysely';
import type { DbFunction } from './db-function.js';
import attachmentsNoDelete from './attachments_no_delete.js';
import auditContent from './audit_content.js';
import auditEventsChain from './audit_events_chain.js';
import auditEventsGuard from './audit_events_guard.js';
import auditField from './audit_field.js';
import auditLink from './audit_link.js';
import auditPendingGuard from './audit_pending_guard.js';
import bumpReferenceVersion from './bump_reference_version.js';
import documentsGuard from './documents_guard.js';
import petitionClockSoonAt from './petition_clock_soon_at.js';
import petitionDataNoDelete from './petition_data_no_delete.js';
import petitionScopeOrgsFirst from './petition_scope_orgs_first.js';
import petitionScopeOrgsSync from './petition_scope_orgs_sync.js';
import petitionScopesAdd from './petition_scopes_add.js';
import petitionScopesOnAccess from './petition_scopes_on_access.js';
import petitionScopesOnMove from './petition_scopes_on_move.js';
import petitionScopesOnPetition from './petition_scopes_on_petition.js';
import similarCandidates from './similar_candidates.js';
import statDirtyOnMove from './stat_dirty_on_move.js';
import statMarkDirty from './stat_mark_dirty.js';
import statMarkOverdueChanges from './stat_mark_overdue_changes.js';
import titleBigrams from './title_bigrams.js';

/**
 * Every function of the schema (trigger functions included), one file each: its text is what PostgreSQL's
 * pg_get_functiondef gives, so the file is both the source of the `create or replace` a migration runs and what
 * the migrated database is checked against (functions.test.ts).
 */
export const FUNCTIONS: Record<string, DbFunction> = {
  attachments_no_delete: attachmentsNoDelete,
  audit_content: auditContent,
  audit_events_chain: auditEventsChain,
  audit_events_guard: auditEventsGuard,
  audit_field: auditField,
  audit_link: auditLink,
  audit_pending_guard: auditPendingGuard,
  bump_reference_version: bumpReferenceVersion,
  documents_guard: documentsGuard,
  petition_clock_soon_at: petitionClockSoonAt,
  petition_data_no_delete: petitionDataNoDelete,
  petition_scope_orgs_first: petitionScopeOrgsFirst,
  petition_scope_orgs_sync: petitionScopeOrgsSync,
  petition_scopes_add: petitionScopesAdd,
  petition_scopes_on_access: petitionScopesOnAccess,
  petition_scopes_on_move: petitionScopesOnMove,
  petition_scopes_on_petition: petitionScopesOnPetition,
  similar_candidates: similarCandidates,
  stat_dirty_on_move: statDirtyOnMove,
  stat_mark_dirty: statMarkDirty,
  stat_mark_overdue_changes: statMarkOverdueChanges,
  title_bigrams: titleBigrams,
};

/** For a migration: (re)defines the functions whose current definition it installs. */
export async function installFunctions(db: Kysely<unknown>, migration: string): Promise<void> {
  for (const f of Object.values(FUNCTIONS)) if (f.installedBy === migration) await sql.raw(f.definition).execute(db);
}
