import { api } from '../../../api/client';
import type { ApiAnswer } from '../../../api/openapi';

/** Open deadlines of the petitions I may see, by warning grade. */
export type DeadlineSummary = ApiAnswer<'/api/petitions/deadline-summary'>;

export function fetchDeadlineSummary(): Promise<DeadlineSummary> {
  return api<DeadlineSummary>('/petitions/deadline-summary');
}
