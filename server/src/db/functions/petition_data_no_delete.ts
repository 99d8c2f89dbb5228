import type { DbFunction } from './db-function.js';

/**
 * Petition data is never deleted: DELETE and TRUNCATE refused.
 * Triggers: attachments_no_truncate on attachments, clock_warnings_no_delete on clock_warnings,
 * clock_warnings_no_truncate on clock_warnings, decisions_no_delete on decisions, decisions_no_truncate on decisions,
 * evaluations_no_delete on evaluations, evaluations_no_truncate on evaluations, extensions_no_delete on extensions,
 * extensions_no_truncate on extensions, handling_records_no_delete on handling_records, handling_records_no_truncate
 * on handling_records, instructions_no_delete on instructions, instructions_no_truncate on instructions,
 * ownership_items_no_delete on ownership_items, ownership_items_no_truncate on ownership_items, ownerships_no_delete
 * on ownerships, ownerships_no_truncate on ownerships, petition_access_no_delete on petition_access,
 * petition_access_no_truncate on petition_access, petition_assignments_no_delete on petition_assignments,
 * petition_assignments_no_truncate on petition_assignments, petition_clocks_no_delete on petition_clocks,
 * petition_clocks_no_truncate on petition_clocks, petition_events_no_delete on petition_events,
 * petition_events_no_truncate on petition_events, petitioners_no_delete on petitioners, petitioners_no_truncate on
 * petitioners, petitions_no_delete on petitions, petitions_no_truncate on petitions, proceedings_no_delete on
 * proceedings, proceedings_no_truncate on proceedings, supervisions_no_delete on supervisions,
 * supervisions_no_truncate on supervisions.
 */
export default {
  installedBy: '0028_functions_from_files',
  sha256: 'e030d722e4174be1ab2f67328824069924a1f186f8c8960f2e82464c70c53b4b',
  definition: `CREATE OR REPLACE FUNCTION public.petition_data_no_delete()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      raise exception '% is petition data and is never deleted: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
    end $function$
`,
} satisfies DbFunction;
