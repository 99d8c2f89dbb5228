import { api } from '../../../api/client';

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

export interface ImportJob {
  id: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  dryRun: boolean;
  total: number;
  processed: number;
  created: number;
  skipped: number;
  errors: { row: number; field: string; message: string }[];
}

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
