import type { DecisionOutcome, OrgKind, Rating } from '@xinfang/domain';
import { sharedPhrase } from '../../shared/search.js';
import type { assistRepository } from './assist.repository.js';
import type { KnowledgeInput } from './assist.schema.js';

type Row<F extends (...args: never[]) => unknown> = NonNullable<Awaited<ReturnType<F>>>;

export const presentKnowledge = (k: Row<typeof assistRepository.knowledgeEntry>) => ({
  id: k.id,
  kind: k.kind as KnowledgeInput['kind'],
  title: k.title,
  body: k.body,
  citation: k.citation,
  active: k.active,
  updatedAt: k.updated_at,
});

/** A similar matter's decision as 类案参考 shows it, with the phrase it shares with the matter being answered. */
export const presentPrecedent = (r: Row<typeof assistRepository.precedents>[number], summary: string) => ({
  id: r.id,
  number: r.number,
  title: r.title,
  similarity: Math.round(r.similarity * 100) / 100,
  phrase: sharedPhrase(summary, r.summary, 4),
  orgName: r.org_name,
  issuedAt: r.issued_at,
  outcome: r.outcome as DecisionOutcome,
  request: r.request,
  facts: r.facts,
  reasons: r.reasons,
  basis: r.basis,
  rating: r.rating as Rating | null,
});

export const presentRule = (r: Row<typeof assistRepository.rules>[number]) => ({
  id: r.id,
  categoryId: r.category_id,
  categoryPath: r.category_path,
  orgKind: r.org_kind as OrgKind,
  nameContains: r.name_contains,
  updatedAt: r.updated_at,
});
