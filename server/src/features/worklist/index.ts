// What other features may use of the work list: its query (saved filters, the inbox) and the service's type.
export { listQuery, type ListQuery } from './worklist.schema.js';
export type { WorklistService } from './worklist.service.js';
