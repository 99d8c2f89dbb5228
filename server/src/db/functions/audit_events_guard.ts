import type { DbFunction } from './db-function.js';

/**
 * The audit trail is append-only: no UPDATE, DELETE or TRUNCATE.
 * Triggers: audit_events_append_only on audit_events, audit_events_no_truncate on audit_events.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: 'ba63685bb47038ef64252affd4ab734180171cb87b4303b9650ec480a57d9f10',
  definition: `CREATE OR REPLACE FUNCTION public.audit_events_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      raise exception 'audit_events is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end $function$
`,
} satisfies DbFunction;
