import { sql, type Kysely } from 'kysely';

/**
 * The deadline sweep re-grades up to a million clocks in one statement; a row trigger marking each petition
 * whose clock entered or left 已超期 doubled its worst case. One statement-level trigger reads the changed rows
 * from the transition tables and marks them in a single insert.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists petition_clocks_stat_dirty on petition_clocks`.execute(db);
  await sql`
    create function stat_mark_overdue_changes() returns trigger language plpgsql as $$
    begin
      insert into stat_dirty (petition_id)
      select n.petition_id from changed_new n join changed_old o on o.id = n.id
      where (o.grade = 'overdue') is distinct from (n.grade = 'overdue');
      return null;
    end $$`.execute(db);
  await sql`
    create trigger petition_clocks_stat_dirty after update on petition_clocks
      referencing old table as changed_old new table as changed_new
      for each statement execute function stat_mark_overdue_changes()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists petition_clocks_stat_dirty on petition_clocks`.execute(db);
  await sql`drop function if exists stat_mark_overdue_changes()`.execute(db);
  await sql`
    create trigger petition_clocks_stat_dirty after update of grade on petition_clocks
      for each row when ((old.grade = 'overdue') is distinct from (new.grade = 'overdue'))
      execute function stat_mark_dirty()`.execute(db);
}
