import type { DbFunction } from './db-function.js';

/**
 * A change to reference data that servers keep in memory (the taxonomy, the body tree: shared/reference-cache.ts)
 * moves its version, once per statement. Triggers: categories_reference_version on categories,
 * orgs_reference_version on orgs (the argument names the row of reference_versions).
 */
export default {
  installedBy: '0049_reference_versions',
  sha256: 'f69be8baec99ed181281e3de66e40db03ebc6290f0e6b04e099d55b5c2148283',
  definition: `CREATE OR REPLACE FUNCTION public.bump_reference_version()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      update reference_versions set version = version + 1 where name = tg_argv[0];
      return null;
    end $function$
`,
} satisfies DbFunction;
