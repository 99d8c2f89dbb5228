import { api, apiBlob } from '../../api/client';
import type { ApiAnswer, Schemas } from '../../api/openapi';

export type DocumentKind = IssuedDocument['kind'];

/** An issued document (文书) of a petition. */
export type IssuedDocument = Schemas['Document'];

/** A kind's template as a body has it (文书模板): in force, where from, what it would inherit, its variables. */
export type DocumentTemplate = Schemas['DocumentTemplate'];

export async function fetchDocuments(petitionId: number): Promise<IssuedDocument[]> {
  return (await api<{ items: IssuedDocument[] }>(`/petitions/${petitionId}/documents`)).items;
}

/** The stored file, as issued (the server names it 标题（文号）.docx / .pdf). */
export const documentFileUrl = (id: number, format: 'docx' | 'pdf') => `/api/documents/${id}/file?format=${format}`;

export type BodyTemplates = ApiAnswer<'/api/document-templates'>;

/** The templates of a body in the administrator's scope. */
export function fetchTemplates(orgId: number): Promise<BodyTemplates> {
  return api<BodyTemplates>('/document-templates', { query: { orgId } });
}

/** Sets the body's own template for a kind. */
export async function saveTemplate(orgId: number, kind: DocumentKind, body: string): Promise<DocumentTemplate> {
  return (await api<{ template: DocumentTemplate }>(`/document-templates/${kind}`, { method: 'PUT', query: { orgId }, body: { body } }))
    .template;
}

/** Withdraws the body's own template for a kind: it inherits the nearest above again. */
export async function revertTemplate(orgId: number, kind: DocumentKind): Promise<DocumentTemplate> {
  return (await api<{ template: DocumentTemplate }>(`/document-templates/${kind}`, { method: 'DELETE', query: { orgId } })).template;
}

/** The template filled with sample values, as a PDF. */
export function previewTemplate(kind: DocumentKind, body: string): Promise<Blob> {
  return apiBlob(`/document-templates/${kind}/preview`, { method: 'POST', body: { body } });
}
