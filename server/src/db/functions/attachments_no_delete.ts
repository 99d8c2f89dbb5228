import type { DbFunction } from './db-function.js';

/**
 * An attachment of a petition is petition data: never deleted. An upload never attached may go (the purge).
 * Triggers: attachments_no_delete on attachments.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: 'b29cfa0a219d5866f563729d6209eb9a9b3dc377ae9a9bbaa4d48c6d9285700a',
  definition: `CREATE OR REPLACE FUNCTION public.attachments_no_delete()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      if old.petition_id is null then
        return old;
      end if;
      raise exception 'attachments of a petition are petition data and are never deleted: DELETE refused'
        using errcode = 'insufficient_privilege';
    end $function$
`,
} satisfies DbFunction;
