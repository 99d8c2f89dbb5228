import type { DbFunction } from './db-function.js';

/**
 * A body moved in the tree: every petition its scopes cover is queued for the statistics refresher.
 * Triggers: orgs_move_stats on orgs.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: '392524abad4775f62eba289d58b9ccc5555de751255a740056ff3ef67bc107ee',
  definition: `CREATE OR REPLACE FUNCTION public.stat_dirty_on_move()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      insert into stat_dirty (petition_id)
      select distinct s.petition_id from petition_scopes s
      where s.org_id in (select n.id from changed_new n join changed_old o on o.id = n.id where n.path <> o.path);
      return null;
    end $function$
`,
} satisfies DbFunction;
