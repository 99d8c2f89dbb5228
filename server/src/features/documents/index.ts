// What other features may use of documents: the official-document page and fonts (GB/T 9704), Chinese numbers and
// dates, download headers, the file query, the service's type.
export { CHAR, font, HEITI, officialDocument, TITLE_HALF_PT, TYPE_WIDTH, XIAOBIAOSONG } from './documents.docx.js';
export { contentDisposition, sentence, textDate } from './documents.render.js';
export { fileQuery } from './documents.schema.js';
export type { DocumentsService, Plan as DocumentPlan } from './documents.service.js';
export { ROUTE_PHRASES } from './documents.kinds.js';
