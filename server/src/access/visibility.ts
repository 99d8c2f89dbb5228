import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../auth/actor.js';

/**
 * Who may see a petition, in one place for every read path (lists, search, detail, candidates, export, attachments,
 * documents, audit trail, statistics, hot issues, messages, inbox, deadlines, reports). docs/SECURITY.md lists the
 * promises and the test that walks every path.
 *
 * A petition is in a body's scope when it was registered by that body or one below it, or routed to one of them
 * (forwarded, assigned, assisting, reviewing): `petition_scopes`, kept by triggers. Within the scope, an accusation
 * is hidden from the accused body and every body under it (条例 Art. 30) unless their own body registered it (the
 * registering body must route it on). The accused body is compared by id with the reader's chain of bodies as it
 * is now, so the rule follows the accused body, and the reader, wherever either is moved in the tree.
 */
export type Reader = Pick<Actor, 'orgPath' | 'orgId'>;

/** The reader's body and every body above it, from the materialised path `/1/4/9/`. */
export function chainOf(orgPath: string): number[] {
  return orgPath.split('/').filter(Boolean).map(Number);
}

/** True when the body at `orgPath` is the accused body or below it. */
export function underAccused(orgPath: string, accusedOrgId: number | null): boolean {
  return accusedOrgId !== null && chainOf(orgPath).includes(accusedOrgId);
}

/** The whole rule, for a query over `petitions as p`. */
export function visibleTo(reader: Reader) {
  return sql<boolean>`(${scopeHas(reader, sql.ref('p.id'))} and ${notAccusing(reader)})`;
}

/**
 * The scope half of `visibleTo`, for a petition's id before its row is read (similar matters test a hundred ids and
 * read the rows of those in scope only): the other half, `notAccusing`, then goes with the row.
 */
export function scopeHas(reader: Reader, petitionId: RawBuilder<unknown>) {
  return sql<boolean>`exists (select 1 from petition_scopes sc where sc.petition_id = ${petitionId} and sc.org_id = ${reader.orgId})`;
}

/**
 * The Art. 30 half of `visibleTo`, for a query that already walks `petition_scopes` rows of the reader's body or of
 * a body below it (every such petition is in the reader's scope too): the work list, the hot-issue sample.
 */
export function notAccusing(reader: Reader) {
  return sql<boolean>`(p.accused_org_id is null or p.org_id = ${reader.orgId} or p.accused_org_id <> all(${chainOf(reader.orgPath)}::int[]))`;
}

/**
 * Statistics: the facts (`stat_facts` rows) of the accusations in the summary tables that the reader may not see.
 * A figure is its summary rows less these rows' contributions, so every count equals what its drill-down lists.
 * They are few (accusations against the reader's own chain of bodies) and found by a partial index.
 */
export function hiddenFacts(reader: Reader) {
  return sql`select f.* from stat_facts f join petitions p on p.id = f.petition_id
    where f.accused_org_id = any(${chainOf(reader.orgPath)}::int[]) and p.org_id <> ${reader.orgId}`;
}

/**
 * The audit trail: an event about a petition (the petition itself, one of its documents or attachments) is shown
 * only to readers who may see that petition.
 */
export function auditEventVisible(reader: Reader) {
  // Ids are compared as numbers so the primary keys answer; the ids of these object types are always numeric.
  const id = sql`(case when e.object_id ~ '^[0-9]{1,18}$' then e.object_id::bigint end)`;
  const petitionOf = sql`case e.object_type
      when 'petition' then ${id}
      when 'document' then (select d.petition_id from documents d where d.id = ${id})
      when 'attachment' then (select a.petition_id from attachments a where a.id = ${id})
    end`;
  return sql<boolean>`not exists (select 1 from petitions p where p.id = ${petitionOf} and not ${visibleTo(reader)})`;
}

/**
 * Who may see a dispute (矛盾纠纷), for a query over `disputes as d`: the bodies that have held it (the registering
 * village, the township or county that took it over), the body an escalation awaits, the petition's handling body
 * that handed it to the village, and every body above one of them. A village never sees another village's disputes; its township sees its villages'; the county sees all.
 */
export function disputeVisibleTo(reader: Reader) {
  return sql<boolean>`exists (select 1 from orgs vo where vo.id = any(d.held_by || d.escalated_to || d.source_org_id)
    and vo.path like ${`${reader.orgPath}%`})`;
}
