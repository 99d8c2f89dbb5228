import type { DbFunction } from './db-function.js';

/**
 * A new petition's scope_orgs: its registering body and the bodies above it, before petition_scopes exist.
 * Triggers: petitions_scope_orgs on petitions.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: '487e93ae6265ab4154d35c7d73da18dffa27d82f328eacee7d1b0e1586031856',
  definition: `CREATE OR REPLACE FUNCTION public.petition_scope_orgs_first()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      new.scope_orgs := array(select unnest(string_to_array(trim(both '/' from o.path), '/')::int[]) as s from orgs o
        where o.id = new.org_id order by s);
      return new;
    end $function$
`,
} satisfies DbFunction;
