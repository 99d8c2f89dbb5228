import type { DbFunction } from './db-function.js';

/**
 * Moves pending audit rows into the chain after their transactions commit, with the owner's rights (the app role
 * cannot write audit_events).
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: '7cf57e64baa794627aac11159ef79472b48796a2bb5608ac24bc7ce77ab4b74f',
  definition: `CREATE OR REPLACE FUNCTION public.audit_link(batch integer)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    declare moved integer;
    begin
      perform pg_advisory_xact_lock(7246151);
      perform set_config('xinfang.audit_linking', 'on', true);
      with taken as (
        delete from audit_pending where id in (select id from audit_pending order by id limit batch) returning *
      )
      insert into audit_events (at, actor_id, actor_username, actor_org_id, org_id, ip, request_id, action, object_type,
        object_id, before, after)
      select at, actor_id, actor_username, actor_org_id, org_id, ip, request_id, action, object_type, object_id, before, after
      from taken order by id;
      get diagnostics moved = row_count;
      perform set_config('xinfang.audit_linking', 'off', true);
      return moved;
    end $function$
`,
} satisfies DbFunction;
