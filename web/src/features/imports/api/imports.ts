import { api } from '../../../api/client';
import type { Schemas } from '../../../api/openapi';

export interface ImportMapping {
  externalId: string;
  title: string;
  content: string;
  receivedAt: string;
  petitionerName?: string;
  phone?: string;
  category?: string;
  channel?: string;
  type?: string;
  defaults?: { channel?: string; type?: string };
}

export type ImportJob = Schemas['ImportJob'];

export async function startImport(file: File, mapping: ImportMapping, dryRun: boolean): Promise<ImportJob> {
  const form = new FormData();
  form.append('mapping', JSON.stringify(mapping));
  form.append('dryRun', dryRun ? 'true' : 'false');
  form.append('file', file);
  return (await api<{ job: ImportJob }>('/petitions/imports', { method: 'POST', body: form })).job;
}

export async function startDemoImport(): Promise<ImportJob> {
  return (await api<{ job: ImportJob }>('/petitions/imports/demo', { method: 'POST' })).job;
}

export async function fetchImportJob(id: number): Promise<ImportJob> {
  return (await api<{ job: ImportJob }>(`/petitions/imports/${id}`)).job;
}
