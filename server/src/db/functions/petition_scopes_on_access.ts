import type { DbFunction } from './db-function.js';

/**
 * A petition shared with a body (petition_access): that body and those above it see it.
 * Triggers: petition_access_scopes on petition_access.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: '38204030a58b1298f20099f4c17439ba56d0d825685da24eddc3f95e4e81ec07',
  definition: `CREATE OR REPLACE FUNCTION public.petition_scopes_on_access()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      perform petition_scopes_add(new.petition_id, new.org_id);
      return null;
    end $function$
`,
} satisfies DbFunction;
