import type { DbFunction } from './db-function.js';

/**
 * A petition event or evaluation queues its petition for the statistics refresher.
 * Triggers: evaluations_stat_dirty on evaluations, petition_events_stat_dirty on petition_events.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: '3928a487028f6172efb73d1badcdf8f7a10e3b78d343573d3d2feddefe1ea73b',
  definition: `CREATE OR REPLACE FUNCTION public.stat_mark_dirty()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      insert into stat_dirty (petition_id) values (new.petition_id);
      return null;
    end $function$
`,
} satisfies DbFunction;
