import type { DbFunction } from './db-function.js';

/**
 * One field of audit_content: its length, a colon and the text, or '~' for null, so no two rows give one text.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: 'cd9661b522b6026bdee093c8ad3e7b31d2f413abb5f70a09877f273386c0d469',
  definition: `CREATE OR REPLACE FUNCTION public.audit_field(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select case when t is null then '~' else octet_length(t)::text || ':' || t end $function$
`,
} satisfies DbFunction;
