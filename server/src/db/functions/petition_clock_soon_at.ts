import type { DbFunction } from './db-function.js';

/**
 * A clock's soon_at (即将到期): when a fifth of its time is left.
 * Triggers: petition_clocks_soon_at on petition_clocks.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: '6119fd631bf8b65be868f4d92ed3f93016fffc8564435bb7fea7fb3cfafdd1e3',
  definition: `CREATE OR REPLACE FUNCTION public.petition_clock_soon_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      new.soon_at := new.due_at - (new.due_at - new.started_at) * 0.2;
      return new;
    end $function$
`,
} satisfies DbFunction;
