// jszip (already in the tree through exceljs) opens Office files, so tests read back what a user would open.
import JSZip from 'jszip';

/** The text of a Word file: word/document.xml, paragraph by paragraph. */
export async function docxText(buf: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
