import type { DbFunction } from './db-function.js';

/**
 * Links an audit row into the chain under a lock: the next seq, the previous row's hash, its own hash.
 * Triggers: audit_events_chain on audit_events.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: 'f67c6729393bed16f9a6d0f192ff25ccdf08f6d547d2ce35ba27ec210c15206f',
  definition: `CREATE OR REPLACE FUNCTION public.audit_events_chain()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    declare last_seq bigint; last_hash text;
    begin
      perform pg_advisory_xact_lock(7246151);
      select seq, hash into last_seq, last_hash from audit_events order by seq desc limit 1;
      new.seq := coalesce(last_seq, 0) + 1;
      new.prev_hash := coalesce(last_hash, repeat('0', 64));
      new.hash := encode(sha256(convert_to(audit_content(new), 'UTF8')), 'hex');
      return new;
    end $function$
`,
} satisfies DbFunction;
