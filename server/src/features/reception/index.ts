// What other features may use of reception: the work list's drill-down of the compliance report's matter figures.
export { matterCondition } from './reception.compliance.repository.js';
