/**
 * 意见书检查 (docs/GLOSSARY.md "Smart assistance"): what a 处理意见书 (or a 复查 / 复核 意见书) may lack before it is
 * issued, by 条例 Art. 32 — the request, the facts, the reasons, a basis that cites a law or policy, an answer that
 * speaks to the request, the route of review. Warnings for the person writing it, never a block: the server's own
 * checks (required fields, the review body) stay what they are.
 */

export const DECISION_WARNINGS = [
  'missing_request',
  'missing_facts',
  'missing_reasons',
  'basis_cites_nothing',
  'off_the_request',
  'no_review_route',
] as const;
export type DecisionWarning = (typeof DECISION_WARNINGS)[number];

export const DECISION_WARNING_ZH: Record<DecisionWarning, string> = {
  missing_request: '未写明信访人的请求，或写得过于简略',
  missing_facts: '未写明查明的事实，或写得过于简略',
  missing_reasons: '未写明处理理由，或写得过于简略',
  basis_cites_nothing: '法律政策依据未引用具体的法律、法规、政策文件或条款（如《信访工作条例》第三十二条）',
  off_the_request: '处理理由与信访人的请求关联度低，请确认已针对请求作出答复',
  no_review_route: '未明确受理复查（复核）请求的机关，信访人将无从得知救济途径',
};

export interface DecisionDraft {
  /** handling: 处理意见; review: 复查意见; reexamination: 复核意见 (final, no further review). */
  stage: 'handling' | 'review' | 'reexamination';
  request?: string | null;
  facts?: string | null;
  reasons?: string | null;
  basis?: string | null;
  /** The review body chosen, or the one that applies by default (the body above); null: none. */
  reviewOrgId?: number | null;
  /** What the petitioner wrote: the petition's title and content. */
  petitionText: string;
}

/** Fewer characters than this say nothing (a heading, "见附件"). */
const MIN_ELEMENT = 8;
/** Below this share of the request's word pairs found in the reasons, the answer may speak past the request. */
const MIN_RELEVANCE = 0.08;

/** A citation: a named law or document (《…》), an article (第三十二条), a document number (〔2024〕, 2024年第3号). "有关规定" is none. */
const CITATION = /《[^》]{2,}》|第[一二三四五六七八九十百千零〇\d]+条|〔\d{4}〕|\[\d{4}\]|\d{4}年第\d+号/u;

const charsOf = (s: string | null | undefined) => (s ?? '').replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');

function bigrams(s: string): Set<string> {
  const chars = [...charsOf(s)];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** The share of the request's character pairs that the answer uses: does it speak to what was asked? */
export function relevance(request: string, answer: string): number {
  const asked = bigrams(request);
  if (!asked.size) return 1;
  const said = bigrams(answer);
  let shared = 0;
  for (const g of asked) if (said.has(g)) shared++;
  return shared / asked.size;
}

/** The warnings of a draft, in the order of the document's parts. */
export function checkDecision(d: DecisionDraft): DecisionWarning[] {
  const out: DecisionWarning[] = [];
  const short = (s: string | null | undefined) => [...charsOf(s)].length < MIN_ELEMENT;
  if (short(d.request)) out.push('missing_request');
  if (short(d.facts)) out.push('missing_facts');
  if (short(d.reasons)) out.push('missing_reasons');
  if (!CITATION.test(d.basis ?? '')) out.push('basis_cites_nothing');
  const asked = `${d.request ?? ''} ${d.petitionText}`;
  if (!short(d.reasons) && relevance(asked, `${d.reasons ?? ''} ${d.facts ?? ''}`) < MIN_RELEVANCE) out.push('off_the_request');
  if (d.stage !== 'reexamination' && !d.reviewOrgId) out.push('no_review_route');
  return out;
}
