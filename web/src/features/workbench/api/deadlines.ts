import { api } from '../../../api/client';

/** Open deadlines of the petitions I may see, by warning grade. */
export interface DeadlineSummary {
  normal: number;
  due_soon: number;
  due_today: number;
  overdue: number;
}

export function fetchDeadlineSummary(): Promise<DeadlineSummary> {
  return api<DeadlineSummary>('/petitions/deadline-summary');
}
