import type { DbFunction } from './db-function.js';

/**
 * Keeps petitions.scope_orgs equal to the bodies of its petition_scopes rows, as rows are added.
 * Triggers: petition_scopes_orgs on petition_scopes.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: '9c3f27fce71cda26a0c3e6d074e4d17a03ccde1c68e952c332a2676e6431ae22',
  definition: `CREATE OR REPLACE FUNCTION public.petition_scope_orgs_sync()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      update petitions p set scope_orgs = x.orgs
      from (
        select s.petition_id, array_agg(s.org_id order by s.org_id) as orgs from petition_scopes s
        where s.petition_id in (select petition_id from added)
        group by s.petition_id
      ) x
      where p.id = x.petition_id and p.scope_orgs is distinct from x.orgs;
      return null;
    end $function$
`,
} satisfies DbFunction;
