import type { DbFunction } from './db-function.js';

/**
 * The text an audit row's hash covers: the previous hash, then every field length-prefixed (audit_field).
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: 'c6a28f9a535981933b5df5de32b90e4b260bf075bf36d8709db9e4ed229f0130',
  definition: `CREATE OR REPLACE FUNCTION public.audit_content(e audit_events)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$
      select e.prev_hash
        || audit_field(e.seq::text)
        || audit_field(to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || audit_field(e.actor_id::text) || audit_field(e.actor_username) || audit_field(e.actor_org_id::text)
        || audit_field(e.org_id::text) || audit_field(e.ip) || audit_field(e.request_id)
        || audit_field(e.action) || audit_field(e.object_type) || audit_field(e.object_id)
        || audit_field(e.before::text) || audit_field(e.after::text)
    $function$
`,
} satisfies DbFunction;
