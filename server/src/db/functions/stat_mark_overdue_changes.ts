import type { DbFunction } from './db-function.js';

/**
 * A petition's clock that became or stopped being overdue queues its petition for the statistics refresher (a
 * dispute's clocks are counted by the disputes' own figures).
 * Triggers: petition_clocks_stat_dirty on petition_clocks.
 */
export default {
  installedBy: '0040_disputes',
  sha256: '253bc9c9e2df8d2fe9af5c8a45926470a46b5c84bf2ee98e1509367ee75c7277',
  definition: `CREATE OR REPLACE FUNCTION public.stat_mark_overdue_changes()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      insert into stat_dirty (petition_id)
      select n.petition_id from changed_new n join changed_old o on o.id = n.id
      where n.petition_id is not null and (o.grade = 'overdue') is distinct from (n.grade = 'overdue');
      return null;
    end $function$
`,
} satisfies DbFunction;
