import { Readable } from 'node:stream';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import type { Download } from '../../http/download.js';
import { AppError } from '../../errors.js';
import { petitionRecords, queryCodeHash } from '../petitions/index.js';
import { renderPdf } from './documents.pdf.js';
import { documentsRepository } from './documents.repository.js';
import { contentDisposition, QUERY_CODE_WITHHELD, withQueryCode, type DocumentLayout } from './documents.render.js';

/** The receipt's own values as filed at registration: the code's place holds where it was given, never the code. */
export const filedReceiptValues = (org: { address: string | null; contact_phone: string | null }, portalAddress: string) => ({
  orgAddress: org.address ?? '',
  orgPhone: org.contact_phone ?? '',
  queryCode: QUERY_CODE_WITHHELD,
  portalAddress,
});

/**
 * 受理凭证 as issued from the template, for printing and downloading: the filed copy, or with `queryCode` (just
 * issued, known only to the caller) the copy to hand over, its code checked against the stored hash. Every copy
 * read is audited as a download.
 */
async function receiptOf(db: Database, actor: Actor, petitionId: number, queryCode: string | undefined) {
  const p = await petitionRecords.findVisible(db, actor, petitionId);
  if (!p) throw new AppError('petition_not_found');
  const doc = await documentsRepository.latestReceipt(db, petitionId);
  if (!doc) throw new AppError('receipt_not_issued');
  if (queryCode !== undefined && queryCodeHash(queryCode) !== p.query_code_hash) throw new AppError('query_code_mismatch');
  const filed = doc.layout as DocumentLayout;
  const layout = queryCode === undefined ? filed : withQueryCode(filed, queryCode);
  await auditService.record(db, actor, {
    action: 'document.download',
    objectType: 'document',
    objectId: doc.id,
    orgId: p.org_id,
    after: { petitionId, number: doc.number, format: 'receipt', withQueryCode: queryCode !== undefined },
  });
  return { petitionNumber: p.number, layout, doc };
}

/** 受理凭证 for printing: its number, the code it carries (if given) and the layout filled from the template. */
async function receiptCopy(db: Database, actor: Actor, petitionId: number, queryCode?: string) {
  const { petitionNumber, layout } = await receiptOf(db, actor, petitionId, queryCode);
  return { petitionNumber, queryCode: queryCode ?? null, layout };
}

/** The same 受理凭证 as PDF, rendered on request: the copy with the code is never stored. */
async function receiptPdf(db: Database, actor: Actor, petitionId: number, queryCode?: string): Promise<Download> {
  const { petitionNumber, layout, doc } = await receiptOf(db, actor, petitionId, queryCode);
  return {
    mime: 'application/pdf',
    disposition: contentDisposition(`${doc.title}（${petitionNumber}）.pdf`, `receipt-${doc.id}.pdf`),
    stream: Readable.from([await renderPdf(layout, doc.created_at)]),
  };
}

/** The documents service's receipt methods, on its database. */
export const receiptsOf = (db: Database) => ({
  receipt: (actor: Actor, petitionId: number, queryCode?: string) => receiptCopy(db, actor, petitionId, queryCode),
  receiptPdf: (actor: Actor, petitionId: number, queryCode?: string) => receiptPdf(db, actor, petitionId, queryCode),
});
