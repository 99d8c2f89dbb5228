import type { DbFunction } from './db-function.js';

/**
 * A new petition gets its scope rows; a change of a listed column is copied into them.
 * Triggers: petitions_scopes on petitions, petitions_scopes_update on petitions.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: '0049021234875683131987abd742d29b950fa1ea97cc1b18ee75880ce2f4b752',
  definition: `CREATE OR REPLACE FUNCTION public.petition_scopes_on_petition()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      if tg_op = 'INSERT' then
        perform petition_scopes_add(new.id, new.org_id);
      else
        update petition_scopes set received_at = new.received_at, created_at = new.created_at, status = new.status,
          channel = new.channel, type = new.type, category_id = new.category_id
        where petition_id = new.id;
      end if;
      return null;
    end $function$
`,
} satisfies DbFunction;
