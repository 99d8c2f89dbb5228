import { sql, type Kysely } from 'kysely';

/**
 * Finality, review outcomes and ratings.
 *
 * `new_facts`: the new facts and reasons a petitioner states about a matter already final (条例 Art. 36); such a
 * repeat is accepted only once the head of the body approved them (`new_facts_approved_*`).
 *
 * A 复查 / 复核 decision has its own outcomes (维持 / 撤销 / 变更 / 责令重新处理), a handling decision the three of
 * Art. 32. Review decisions written before kept the handling wording: a supported request changed the decision
 * (变更), an explained or rejected one left it standing (维持).
 *
 * A rating rates one stage: the petition bureau once per matter (its intake), the handling body once per decision
 * stage. Ratings given twice before (the bureau again after 复查 / 复核) are kept but no longer counted.
 */
const HANDLING_OUTCOMES = ['support', 'explain', 'reject'];
const REVIEW_OUTCOMES = ['uphold', 'revoke', 'vary', 'redo'];
const list = (xs: string[]) => sql.join(xs.map((x) => sql.lit(x)));

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petitions
    add column new_facts text,
    add column new_facts_approved_by integer references users(id),
    add column new_facts_approved_at timestamptz`.execute(db);

  await sql`alter table decisions drop constraint decisions_outcome_check`.execute(db);
  await sql`update decisions set outcome = case outcome when 'support' then 'vary' else 'uphold' end where stage <> 'handling'`.execute(db);
  await sql`alter table decisions add constraint decisions_outcome_check check (
    case when stage = 'handling' then outcome in (${list(HANDLING_OUTCOMES)}) else outcome in (${list(REVIEW_OUTCOMES)}) end)`.execute(db);

  await sql`alter table evaluations add column stage text, add column counted boolean not null default true`.execute(db);
  await sql`update evaluations v set stage = case v.target when 'bureau' then 'handling' else d.stage end
    from decisions d where d.id = v.decision_id`.execute(db);
  await sql`alter table evaluations alter column stage set not null,
    add constraint evaluations_stage_check check (stage in ('handling','review','reexamination'))`.execute(db);
  await sql`update evaluations v set counted = false where exists (select 1 from evaluations e
    where e.petition_id = v.petition_id and e.target = v.target and e.stage = v.stage and e.id < v.id)`.execute(db);
  await sql`create unique index evaluations_one_per_stage on evaluations (petition_id, target, stage) where counted`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists evaluations_one_per_stage`.execute(db);
  await sql`alter table evaluations drop column if exists counted, drop column if exists stage`.execute(db);
  await sql`alter table decisions drop constraint if exists decisions_outcome_check`.execute(db);
  await sql`update decisions set outcome = case outcome when 'vary' then 'support' when 'revoke' then 'support' when 'redo' then 'support' else 'reject' end
    where stage <> 'handling'`.execute(db);
  await sql`alter table decisions add constraint decisions_outcome_check check (outcome in (${list(HANDLING_OUTCOMES)}))`.execute(db);
  await sql`alter table petitions drop column new_facts, drop column new_facts_approved_by, drop column new_facts_approved_at`.execute(db);
}
