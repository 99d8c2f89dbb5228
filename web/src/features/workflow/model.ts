import { OWNERSHIP_ITEMS, type OwnershipItemName, reviewRouteZh, REVIEW_REQUEST_DAYS } from '@xinfang/domain';
import { type Assignment, type Decision, type OwnershipEntry, type Ref } from './api/types';

/**
 * The remedy sentence at the end of a 信访处理意见书 (条例 Arts. 32, 35, 36): a handling decision names 复查, a
 * review decision names 复核, each at the body above within the period; a re-examination decision is final.
 */
export function reviewRoute(decision: Pick<Decision, 'stage' | 'reviewOrg' | 'reviewDays'>, language: string): string {
  const en = language === 'en';
  if (decision.stage === 'reexamination')
    return en
      ? 'This re-examination opinion is final: the matter is closed, and a petition on the same facts and reasons will not be accepted again.'
      : reviewRouteZh('reexamination', null);
  const days = decision.reviewDays ?? REVIEW_REQUEST_DAYS;
  const review = decision.stage === 'handling';
  if (en) {
    const org = decision.reviewOrg?.name ?? 'the body at the next higher level';
    return review
      ? `If you disagree with this decision, you may request a review (复查) by ${org} within ${days} days of receiving it.`
      : `If you disagree with this review opinion, you may request a re-examination (复核) by ${org} within ${days} days of receiving it.`;
  }
  return reviewRouteZh(decision.stage, decision.reviewOrg?.name ?? null, days);
}

/** One line of the 三亲自三见面 checklist: the item, and when and how it was done (null while pending). */
export interface ChecklistLine {
  item: OwnershipItemName;
  done: OwnershipEntry | null;
}

/** The six items in order, each with its latest entry, or null while still pending (pure). */
export function ownershipChecklist(entries: readonly OwnershipEntry[]): ChecklistLine[] {
  return OWNERSHIP_ITEMS.map((item) => {
    const done = entries.filter((e) => e.item === item).sort((a, b) => (a.doneOn < b.doneOn ? 1 : a.doneOn > b.doneOn ? -1 : 0))[0];
    return { item, done: done ?? null };
  });
}

/** How many of the six items are done: { done: 4, total: 6 }. */
export function ownershipProgress(entries: readonly OwnershipEntry[]): { done: number; total: number } {
  return { done: ownershipChecklist(entries).filter((l) => l.done).length, total: OWNERSHIP_ITEMS.length };
}

/** One row of 责任分摊表: the 主办 body first, then each 协办 body with its task. */
export interface ResponsibilityRow {
  key: string;
  role: 'lead' | 'assist';
  org: Ref;
  task: string | null;
  owner: string | null;
  dueAt: string | null;
  status: Assignment['status'] | null;
  reply: string | null;
}

/**
 * 责任分摊表 (pure): the holder as 主办 (with the requirements of the 交办 it holds, if any), then the 协办 bodies that
 * were not withdrawn, each with its due date. The 主办's deadline is its handling clock (办理时限), shown once there.
 * Empty when nobody holds the matter and nobody assists.
 */
export function responsibilityRows(holder: Ref | null, assignments: readonly Assignment[]): ResponsibilityRow[] {
  const rows: ResponsibilityRow[] = [];
  if (holder) {
    const held = [...assignments]
      .reverse()
      .find(
        (a) =>
          a.mode !== 'assist' && a.toOrg.id === holder.id && (a.status === 'received' || a.status === 'pending' || a.status === 'done'),
      );
    rows.push({
      key: 'lead',
      role: 'lead',
      org: holder,
      task: held?.requirements ?? null,
      owner: held?.owner ?? null,
      dueAt: null,
      status: held?.status ?? null,
      reply: null,
    });
  }
  for (const a of assignments)
    if (a.mode === 'assist' && a.status !== 'withdrawn')
      rows.push({
        key: `assist-${a.id}`,
        role: 'assist',
        org: a.toOrg,
        task: a.task,
        owner: a.owner,
        dueAt: a.dueAt,
        status: a.status,
        reply: a.reply,
      });
  return rows;
}
