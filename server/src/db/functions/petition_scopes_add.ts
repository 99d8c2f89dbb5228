import type { DbFunction } from './db-function.js';

/**
 * Adds the scope rows of a petition for a body and every body above it.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: 'd7177b45c89c2ca9491f08aff6102cb1b48beded54df8788a0537afa55f98081',
  definition: `CREATE OR REPLACE FUNCTION public.petition_scopes_add(petition bigint, org integer)
 RETURNS void
 LANGUAGE sql
AS $function$
      insert into petition_scopes (org_id, petition_id, received_at, created_at, status, channel, type, category_id)
      select s, p.id, p.received_at, p.created_at, p.status, p.channel, p.type, p.category_id
      from petitions p, orgs o, unnest(string_to_array(trim(both '/' from o.path), '/')::int[]) s
      where p.id = petition and o.id = org
      on conflict (org_id, received_at, petition_id) do nothing
    $function$
`,
} satisfies DbFunction;
