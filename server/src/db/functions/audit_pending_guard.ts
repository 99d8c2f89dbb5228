import type { DbFunction } from './db-function.js';

/**
 * audit_pending is append-only, except the deletes audit_link makes while it links.
 * Triggers: audit_pending_append_only on audit_pending, audit_pending_no_truncate on audit_pending.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: '5a531e31fcf9e4933fda52b6634b048ca9fe0e55567292d1099b2ddca01aaf82',
  definition: `CREATE OR REPLACE FUNCTION public.audit_pending_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      if tg_op = 'DELETE' and current_setting('xinfang.audit_linking', true) = 'on' then
        return old;
      end if;
      raise exception 'audit_pending is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end $function$
`,
} satisfies DbFunction;
