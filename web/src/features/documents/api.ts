import { api, apiBlob } from '../../api/client';

export type DocumentKind =
  | 'receipt'
  | 'acceptance_notice'
  | 'decline_notice'
  | 'forward_notice'
  | 'assignment_slip'
  | 'extension_notice'
  | 'decision'
  | 'review_decision'
  | 'reexamination_decision'
  | 'supervision_slip';

/** An issued document (文书) of a petition. */
export interface IssuedDocument {
  id: number;
  petitionId: number;
  eventId: number;
  kind: DocumentKind;
  number: string;
  title: string;
  org: { id: number; name: string };
  createdAt: string;
  createdBy: string | null;
  /** Null until the files are rendered (a moment after issue, or at the first download). */
  docxSha256: string | null;
  pdfSha256: string | null;
}

/** A kind's template in force, its default and the variables it may use (文书模板). */
export interface DocumentTemplate {
  kind: DocumentKind;
  title: string;
  body: string;
  defaultBody: string;
  isDefault: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
  variables: { name: string; label: string; required: boolean }[];
}

export async function fetchDocuments(petitionId: number): Promise<IssuedDocument[]> {
  return (await api<{ items: IssuedDocument[] }>(`/petitions/${petitionId}/documents`)).items;
}

/** The stored file, as issued (the server names it 标题（文号）.docx / .pdf). */
export const documentFileUrl = (id: number, format: 'docx' | 'pdf') => `/api/documents/${id}/file?format=${format}`;

export async function fetchTemplates(): Promise<DocumentTemplate[]> {
  return (await api<{ items: DocumentTemplate[] }>('/document-templates')).items;
}

export async function saveTemplate(kind: DocumentKind, body: string): Promise<DocumentTemplate> {
  return (await api<{ template: DocumentTemplate }>(`/document-templates/${kind}`, { method: 'PUT', body: { body } })).template;
}

/** The template filled with sample values, as a PDF. */
export function previewTemplate(kind: DocumentKind, body: string): Promise<Blob> {
  return apiBlob(`/document-templates/${kind}/preview`, { method: 'POST', body: { body } });
}
