import type { DbFunction } from './db-function.js';

/**
 * A body moved in the tree: the scope rows of its petitions and those shared with it are rebuilt.
 * Triggers: orgs_move_scopes on orgs.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: 'ebb72dbf77c7851069d417b14a8991befc34ab59ea5118b32311041da2f1a42a',
  definition: `CREATE OR REPLACE FUNCTION public.petition_scopes_on_move()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    declare
      moved bigint[];
    begin
      select array_agg(id) into moved from (
        select p.id from petitions p join changed_new n on n.id = p.org_id join changed_old o on o.id = n.id where n.path <> o.path
        union
        select a.petition_id from petition_access a join changed_new n on n.id = a.org_id join changed_old o on o.id = n.id
        where n.path <> o.path
      ) x;
      if moved is not null then
        delete from petition_scopes where petition_id = any(moved);
        insert into petition_scopes select * from petition_scope_rows where petition_id = any(moved);
      end if;
      return null;
    end $function$
`,
} satisfies DbFunction;
