import type { DbFunction } from './db-function.js';

/**
 * An attachment of a petition or of a dispute (a signed agreement's scan) is never deleted. An upload never attached
 * may go (the purge).
 * Triggers: attachments_no_delete on attachments.
 */
export default {
  installedBy: '0040_disputes',
  sha256: 'a4875719da356ac1a944eb63dcbe40c3738d43a08e12beacb0444d66ac12f722',
  definition: `CREATE OR REPLACE FUNCTION public.attachments_no_delete()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      if old.petition_id is null and old.dispute_id is null then
        return old;
      end if;
      raise exception 'attachments of a petition are petition data and are never deleted: DELETE refused'
        using errcode = 'insufficient_privilege';
    end $function$
`,
} satisfies DbFunction;
