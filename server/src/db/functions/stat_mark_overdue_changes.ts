import type { DbFunction } from './db-function.js';

/**
 * A clock that became or stopped being overdue queues its petition for the statistics refresher.
 * Triggers: petition_clocks_stat_dirty on petition_clocks.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: 'a40bd2a4da33d55181d5bbf575f3292ddb061f3ec8d29ab98995d81aa6d91efd',
  definition: `CREATE OR REPLACE FUNCTION public.stat_mark_overdue_changes()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      insert into stat_dirty (petition_id)
      select n.petition_id from changed_new n join changed_old o on o.id = n.id
      where (o.grade = 'overdue') is distinct from (n.grade = 'overdue');
      return null;
    end $function$
`,
} satisfies DbFunction;
