import { api } from '../../../api/client';
import type { ApiAnswer, ApiBody } from '../../../api/openapi';

export type SuggestQuery = ApiBody<'/api/assist/suggest'>;
export type Suggestions = ApiAnswer<'/api/assist/suggest', 'post'>;
export type BodySuggestion = Suggestions['bodies'][number];
export type PetitionBodies = ApiAnswer<'/api/assist/petitions/{id}/bodies'>;
export type ModelVersion = ApiAnswer<'/api/assist/models'>['items'][number];
export type BodyRule = ApiAnswer<'/api/assist/rules'>['items'][number];
export type BodyRuleInput = ApiBody<'/api/assist/rules'>;

/** 智能辅助 while registering: the top three categories and bodies for what has been typed. */
export function fetchSuggestions(query: SuggestQuery): Promise<Suggestions> {
  return api<Suggestions>('/assist/suggest', { method: 'POST', body: query });
}

/** Bodies for a registered petition's 转送 / 交办, the one chosen at registration named. */
export function fetchPetitionBodies(id: number): Promise<PetitionBodies> {
  return api<PetitionBodies>(`/assist/petitions/${id}/bodies`);
}

export async function fetchModels(): Promise<ModelVersion[]> {
  return (await api<{ items: ModelVersion[] }>('/assist/models')).items;
}

export function retrainModel(): Promise<unknown> {
  return api('/assist/models/retrain', { method: 'POST' });
}

export function activateModel(id: number): Promise<unknown> {
  return api(`/assist/models/${id}/activate`, { method: 'POST' });
}

export async function fetchRules(): Promise<BodyRule[]> {
  return (await api<{ items: BodyRule[] }>('/assist/rules')).items;
}

export function saveRule(id: number | null, body: BodyRuleInput): Promise<unknown> {
  return api(id === null ? '/assist/rules' : `/assist/rules/${id}`, { method: id === null ? 'POST' : 'PUT', body });
}

export function deleteRule(id: number): Promise<unknown> {
  return api(`/assist/rules/${id}`, { method: 'DELETE' });
}

export type Precedents = ApiAnswer<'/api/assist/petitions/{id}/precedents'>;
export type Precedent = Precedents['precedents'][number];
export type KnowledgeEntry = ApiAnswer<'/api/assist/knowledge'>['items'][number];
export type KnowledgeInput = ApiBody<'/api/assist/knowledge'>;

/** 类案参考 for a 处理意见书: decisions of similar matters the reader may see, and knowledge-base entries. */
export function fetchPrecedents(id: number): Promise<Precedents> {
  return api<Precedents>(`/assist/petitions/${id}/precedents`);
}

export async function fetchKnowledge(q: string, all = false): Promise<KnowledgeEntry[]> {
  return (await api<{ items: KnowledgeEntry[] }>('/assist/knowledge', { query: { ...(q ? { q } : {}), ...(all ? { all: 'true' } : {}) } }))
    .items;
}

export function saveKnowledge(id: number | null, body: KnowledgeInput): Promise<unknown> {
  return api(id === null ? '/assist/knowledge' : `/assist/knowledge/${id}`, { method: id === null ? 'POST' : 'PUT', body });
}
