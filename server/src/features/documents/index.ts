// What other features may use of documents: the official-document page and fonts (GB/T 9704), Chinese numbers and
// dates, download headers, the file query, the service's type.
export { CHAR, font, HEITI, officialDocument, TITLE_HALF_PT, TYPE_WIDTH, XIAOBIAOSONG } from './documents.docx.js';
export { contentDisposition, textDate } from './documents.render.js';
export { fileQuery } from './documents.schema.js';
export type { DocumentsService } from './documents.service.js';
