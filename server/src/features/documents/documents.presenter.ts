import { KIND_TITLES_EN, KINDS, VARIABLE_LABELS_EN, variablesOf, type DocumentKind } from './documents.kinds.js';
import type { DocumentRow } from './documents.repository.js';
import type { DocumentDto, TemplateDto } from './documents.schema.js';

export function presentDocument(d: DocumentRow): DocumentDto {
  return {
    id: d.id,
    petitionId: d.petition_id,
    eventId: d.event_id,
    kind: d.kind as DocumentKind,
    number: d.number,
    title: d.title,
    org: { id: d.org_id, name: d.org_name },
    createdAt: d.created_at,
    createdBy: d.created_by_name,
    docxSha256: d.docx_sha256,
    pdfSha256: d.pdf_sha256,
  };
}

type InForce = { body: string; org_id: number; org_name: string; updated_at: Date; updated_by_name: string | null };

/**
 * A kind's template as a body has it: in force (its own, the nearest above, or the built-in default), what it
 * would inherit without its own, and what the editor needs.
 */
export function presentTemplate(
  kind: DocumentKind,
  orgId: number,
  current: InForce | undefined,
  inherited: InForce | undefined,
): TemplateDto {
  const spec = KINDS[kind];
  return {
    kind,
    title: spec.title,
    body: current?.body ?? spec.template,
    source: current ? { id: current.org_id, name: current.org_name } : null,
    own: current?.org_id === orgId,
    inheritedBody: inherited?.body ?? spec.template,
    inheritedFrom: inherited ? { id: inherited.org_id, name: inherited.org_name } : null,
    defaultBody: spec.template,
    isDefault: !current || current.body === spec.template,
    updatedAt: current?.updated_at ?? null,
    updatedBy: current?.updated_by_name ?? null,
    variables: variablesOf(kind).map((v) => ({ ...v, required: spec.required.includes(v.name) })),
  };
}

/** A template's kind title and variable labels in the request's language (the text itself stays Chinese). */
export function templateIn(lang: 'zh' | 'en', t: TemplateDto): TemplateDto {
  if (lang === 'zh') return t;
  return {
    ...t,
    title: KIND_TITLES_EN[t.kind],
    variables: t.variables.map((v) => ({ ...v, label: VARIABLE_LABELS_EN[v.name] ?? v.label })),
  };
}
