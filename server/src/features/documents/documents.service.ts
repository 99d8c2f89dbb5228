import { chineseNumber, chinaDate, dueLong, reviewRouteZh, REVIEW_REQUEST_DAYS } from '@xinfang/domain';
import { inScope, type Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database, Executor } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { maskName } from '../../shared/identity.js';
import type { FileStore } from '../attachments/index.js';
import { orgRecords } from '../orgs/index.js';
import { petitionRecords } from '../petitions/index.js';
import { type WorkflowEvent, type WorkflowListener, workflowRecords } from '../workflow/index.js';
import { renderDocx } from './documents.docx.js';
import {
  CHANNEL_LABELS,
  DOCUMENT_KINDS,
  KINDS,
  outcomeSentence,
  PETITIONER_KINDS,
  ROUTE_PHRASES,
  SAMPLE_VALUES,
  type DocumentKind,
} from './documents.kinds.js';
import { renderPdf } from './documents.pdf.js';
import { presentDocument, presentTemplate } from './documents.presenter.js';
import { filedReceiptValues, receiptsOf } from './documents.receipt.js';
import { documentsRepository } from './documents.repository.js';
import {
  checkTemplate,
  contentDisposition,
  documentNumber,
  fillTemplate,
  finalNotice,
  paragraphsOf,
  plainText,
  sentence,
  textDate,
  portalAddressOf,
  type DocumentLayout,
} from './documents.render.js';

export type DocumentFormat = 'docx' | 'pdf';
const MIME: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** What an event issues: the kind, its own values, and the body it is addressed to where not the petitioner. */
export interface Plan {
  kind: DocumentKind;
  values: Record<string, string>;
  toBody?: string;
}

const orgName = async (trx: Executor, id: unknown) =>
  typeof id === 'number' ? ((await orgRecords.findById(trx, id))?.name ?? null) : null;

export function createDocumentsService({
  db,
  files,
  log = () => undefined,
  portalAddress = portalAddressOf(undefined),
}: {
  db: Database;
  files: FileStore;
  log?: (m: string) => void;
  portalAddress?: string;
}) {
  // Files are rendered once this process has issued nothing and answered no request for a second, so neither a
  // burst of registrations nor the lists and searches around it wait behind rendering receipts (tens of
  // milliseconds of CPU each); the every-minute job and the first download render whatever is left
  // (docs/PERFORMANCE.md § Intake, § Lists).
  const QUIET_MS = 1000;
  let lastActivity = 0;
  let soon: NodeJS.Timeout | undefined;
  const busy = () => Date.now() - lastActivity < QUIET_MS;
  const schedule = () => {
    soon ??= setTimeout(function tick() {
      if (busy()) {
        soon = setTimeout(tick, QUIET_MS);
        return;
      }
      soon = undefined;
      void renderPending(50)
        // More may be left: a full batch, or one cut short by a request.
        .then((n) => {
          if (n === 50 || busy()) schedule();
        })
        .catch((err: unknown) => log(`rendering documents failed: ${err instanceof Error ? err.message : String(err)}`));
    }, QUIET_MS);
  };
  const renderWhenQuiet = () => {
    lastActivity = Date.now();
    schedule();
  };

  /** Renders the oldest documents without files, up to `limit`, stopping when a request or a new document comes. */
  async function renderPending(limit: number): Promise<number> {
    const pending = await documentsRepository.unrendered(db, limit);
    let done = 0;
    for (const doc of pending) {
      if (busy()) break;
      await renderFiles(doc);
      done++;
    }
    return done;
  }

  /** The text a body issues a kind with: its own template, else the nearest above, else the built-in one. */
  async function templateOf(trx: Executor, orgId: number, kind: DocumentKind) {
    return (await documentsRepository.templatesFor(trx, orgId, { kind }))[0]?.body ?? KINDS[kind].template;
  }

  /** The body whose templates are read or written: the actor's own unless another in its scope is named. */
  async function templateBody(trx: Executor, actor: Actor, orgId: number | undefined) {
    const org = await orgRecords.findById(trx, orgId ?? actor.orgId);
    if (!org || !inScope(actor, org.path)) throw new AppError('org_not_found');
    return org;
  }

  /** Every kind (or one) as the body has it: the template in force, where from, and what it would inherit. */
  async function templatesOf(trx: Executor, orgId: number, kind?: DocumentKind) {
    const [inForce, inherited] = await Promise.all([
      documentsRepository.templatesFor(trx, orgId, { kind }),
      documentsRepository.templatesFor(trx, orgId, { kind, above: true }),
    ]);
    const byKind = <T extends { kind: string }>(rows: T[]) => new Map(rows.map((r) => [r.kind, r]));
    const [current, above] = [byKind(inForce), byKind(inherited)];
    return (kind ? [kind] : DOCUMENT_KINDS).map((k) => presentTemplate(k, orgId, current.get(k), above.get(k)));
  }

  /** Renders both files of a layout, concurrently. */
  async function render(layout: DocumentLayout, at: Date) {
    const [docx, pdf] = await Promise.all([renderDocx(layout), renderPdf(layout, at)]);
    return { docx, pdf };
  }

  /** Renders a document's files from its layout and sets them once; returns the files it has then. */
  async function renderFiles(doc: { id: number; layout: unknown; created_at: Date }) {
    const { docx, pdf } = await render(doc.layout as DocumentLayout, doc.created_at);
    const [docxSha, pdfSha] = await Promise.all([files.put(docx), files.put(pdf)]);
    return documentsRepository.setFiles(db, doc.id, docxSha, pdfSha);
  }

  /**
   * Issues one document inside the caller's transaction: numbers it (gapless per body, kind and year), fills the
   * template in force and records the row with its layout and an audit event. The files are rendered after the
   * transaction (the documents.render job, or the first download), so an action never holds its locks for it.
   */
  async function issue(trx: Executor, actor: Actor, petitionId: number, eventId: number, plan: Plan, now = new Date()) {
    const p = await trx
      .selectFrom('petitions')
      .select(['id', 'org_id', 'number', 'title', 'content', 'received_at', 'channel', 'confidential'])
      .where('id', '=', petitionId)
      .executeTakeFirstOrThrow();
    const addressees = await petitionRecords.addressees(trx, petitionId);
    const main = addressees.find((s) => s.is_main);
    const org = (await orgRecords.findById(trx, actor.orgId))!;
    const today = chinaDate(now);
    const year = Number(today.slice(0, 4));
    const spec = KINDS[plan.kind];
    // Between bodies, a confidential petitioner's name is masked like everywhere else; the petitioner's own copy names them.
    const name = main ? (spec.addressee === 'body' && p.confidential ? maskName(main.name) : main.name) : null;
    const values: Record<string, string> = {
      petitionNumber: p.number,
      petitionTitle: p.title,
      petitionerName: name ?? '匿名信访人',
      receivedDate: textDate(chinaDate(p.received_at)),
      channel: CHANNEL_LABELS[p.channel] ?? p.channel,
      orgName: org.name,
      issueDate: textDate(today),
      ...(spec.variables.some((v) => v.name === 'petitionContent') ? { petitionContent: p.content } : {}),
      ...plan.values,
    };
    const seq = await documentsRepository.nextSeq(trx, org.id, plan.kind, year);
    const layout: DocumentLayout = {
      issuer: org.name,
      number: documentNumber(org.short_name ?? org.name, plan.kind, year, seq),
      title: spec.title,
      // A group's documents are addressed to the main petitioner and every representative (条例 Art. 20).
      addressee: spec.addressee === 'body' ? (plan.toBody ?? '') : addressees.map((s) => s.name).join('、') || '信访人',
      paragraphs: paragraphsOf(fillTemplate(await templateOf(trx, org.id, plan.kind), values)),
      signature: org.name,
      date: textDate(today),
    };
    const id = await documentsRepository.insert(trx, {
      petition_id: p.id,
      event_id: eventId,
      kind: plan.kind,
      org_id: org.id,
      number: layout.number,
      year,
      seq,
      title: spec.title,
      text: plainText(layout),
      variables: JSON.stringify(values),
      layout: JSON.stringify(layout),
      created_by: actor.userId,
      created_at: now,
    });
    renderWhenQuiet();
    await auditService.record(trx, actor, {
      action: 'document.issue',
      objectType: 'document',
      objectId: id,
      orgId: p.org_id,
      after: { petitionId: p.id, kind: plan.kind, number: layout.number },
    });
    return id;
  }

  /**
   * The documents a workflow event issues (docs/WORKFLOW.md): a 交办 its 交办单 to the body and the petitioner's 交办告知书
   * (条例 Arts. 23, 24); signing for a 转送 is the receiving body's 受理, with its 受理告知书 (Arts. 22–23).
   */
  async function plansFor(e: WorkflowEvent): Promise<Plan[]> {
    const { trx, action, payload: x } = e;
    switch (action) {
      case 'accept':
        return [{ kind: 'acceptance_notice', values: {} }];
      case 'decline':
        if (x.finalOfId) return [finalNotice(await petitionRecords.finalMatterRef(trx, x.finalOfId), x.reason)];
        return [
          {
            kind: 'decline_notice',
            values: {
              reason: sentence(x.reason),
              route: ROUTE_PHRASES[x.route ?? 'other'] ?? ROUTE_PHRASES.other!,
              routeOrg: (await orgName(trx, x.routeOrgId)) ?? '有管辖权的机关',
            },
          },
        ];
      case 'forward':
        return [{ kind: 'forward_notice', values: { toOrg: x.toOrg } }];
      case 'assign': {
        const dueDate = x.dueAt ? dueLong(x.dueAt) : '规定期限';
        return [
          { kind: 'assignment_slip', toBody: x.toOrg, values: { toOrg: x.toOrg, requirements: sentence(x.requirements), dueDate } },
          { kind: 'assignment_notice', values: { toOrg: x.toOrg, dueDate } },
        ];
      }
      case 'receive':
        return x.mode === 'forward' ? [{ kind: 'acceptance_notice', values: {} }] : [];
      case 'approveExtension': {
        if (!x.approve) return [];
        const due = await documentsRepository.handleDue(trx, e.petitionId);
        const values = { days: String(x.days), reason: sentence(x.reason), dueDate: due ? dueLong(due) : '——' };
        return [{ kind: 'extension_notice', values }];
      }
      case 'decide':
        return [await decisionPlan(e, x.decisionId)];
      case 'supervise': {
        const to = (await orgName(trx, x.toOrgId)) ?? '';
        const values = { toOrg: to, proposals: sentence(x.proposals), replyDueDate: textDate(x.replyDueDate) };
        return [{ kind: 'supervision_slip', toBody: to, values }];
      }
      // These issue no document; a new action must say whether it does.
      case 'addAssist':
      case 'assistReply':
      case 'requestMediation':
      case 'conclude':
      case 'deliver':
      case 'insist':
      case 'instruct':
      case 'acknowledgeInstruction':
      case 'markBacklog':
      case 'ownershipItem':
      case 'record':
      case 'replySupervision':
      case 'requestExtension':
      case 'requestReexamination':
      case 'requestReview':
      case 'resolveBacklog':
      case 'return':
      case 'rework':
      case 'takeOwnership':
      case 'urge':
      case 'verify':
        return [];
    }
  }

  /** 信访处理意见书, 复查意见书, 复核意见书: every element of 条例 Art. 32 / 北京市信访条例 Art. 43. */
  async function decisionPlan(e: WorkflowEvent, decisionId: number): Promise<Plan> {
    const w = await workflowRecords.load(e.trx, e.petitionId);
    const i = w.decisions.findIndex((d) => d.id === decisionId);
    const d = w.decisions[i]!;
    const previous = w.decisions.slice(0, i).at(-1);
    const proceeding = w.proceedings.filter((g) => g.kind === d.stage).at(-1);
    const days = chineseNumber(d.review_days ?? REVIEW_REQUEST_DAYS);
    const remedy = reviewRouteZh(d.stage, d.review_org_name, d.review_days ?? REVIEW_REQUEST_DAYS);
    const kind = ({ handling: 'decision', review: 'review_decision', reexamination: 'reexamination_decision' } as const)[d.stage];
    return {
      kind,
      values: {
        request: sentence(d.request),
        facts: sentence(d.facts),
        reasons: sentence(d.reasons),
        outcome: outcomeSentence(d.outcome, d.stage),
        basis: d.basis,
        remedy,
        reviewOrg: d.review_org_name ?? '',
        reviewDays: d.review_org_id ? days : '',
        previousOrg: previous?.org_name ?? '',
        requestedDate: proceeding ? textDate(proceeding.requested_on) : '',
      },
    };
  }

  /** The files of a document not rendered when it was looked up: rendered now, unless another render was first. */
  async function filesNow(id: number) {
    const [pending] = await documentsRepository.unrendered(db, 1, id);
    return pending ? renderFiles(pending) : documentsRepository.files(db, id);
  }

  /** The stored file (rendered now if the job has not yet), or 404. */
  async function openFile(
    doc: { id: number; title: string; number: string; docx_sha256: string | null; pdf_sha256: string | null },
    format: DocumentFormat,
  ) {
    const stored = doc.docx_sha256 ? doc : await filesNow(doc.id);
    const sha = (format === 'docx' ? stored.docx_sha256 : stored.pdf_sha256)!;
    if (!files.exists(sha)) throw new AppError('document_not_found');
    return {
      mime: MIME[format],
      disposition: contentDisposition(`${doc.title}（${doc.number}）.${format}`, `document-${doc.id}.${format}`),
      sha256: sha,
      stream: files.read(sha),
    };
  }

  return {
    /** For createWorkflowService({ listeners }): issues the document of the action in its transaction. */
    listener: (async (e) => {
      for (const plan of await plansFor(e)) await issue(e.trx, e.actor, e.petitionId, e.eventId, plan, e.at);
    }) satisfies WorkflowListener as WorkflowListener,

    /** The documents.render job: files of documents issued since, oldest first; returns how many. */
    renderPending: (limit = 200) => renderPending(limit),

    /** A request came in: rendering waits for a quiet second. */
    noteRequest() {
      lastActivity = Date.now();
    },

    close() {
      clearTimeout(soon);
    },

    /** For createPetitionsService({ onRegistered }): the 受理凭证 of a registration (not of historical imports). */
    async onRegistered(e: { trx: Executor; actor: Actor; petitionId: number; eventId: number; source: string }) {
      if (e.source === 'import') return;
      const org = (await orgRecords.findById(e.trx, e.actor.orgId))!;
      await issue(e.trx, e.actor, e.petitionId, e.eventId, {
        kind: 'receipt',
        values: filedReceiptValues(org, portalAddress),
      });
    },

    /** A reception's documents of a matter (接访告知书, a linked petition's 交办单), on its latest event, in the caller's transaction. */
    async issueForReception(trx: Executor, actor: Actor, petitionId: number, plans: Plan[]) {
      const eventId = await documentsRepository.latestEvent(trx, petitionId);
      const ids: number[] = [];
      for (const p of plans) ids.push(await issue(trx, actor, petitionId, eventId, { ...p, values: { portalAddress, ...p.values } }));
      return ids;
    },

    ...receiptsOf(db),

    /** 文书: the documents of a petition the actor sees. */
    async list(actor: Actor, petitionId: number) {
      if (!(await petitionRecords.findVisible(db, actor, petitionId))) throw new AppError('petition_not_found');
      return (await documentsRepository.forPetition(db, petitionId)).map(presentDocument);
    },

    /** The stored file of a document the actor sees (never rendered again); the download is audited. */
    async open(actor: Actor, id: number, format: DocumentFormat) {
      const doc = await documentsRepository.findVisible(db, actor, id);
      if (!doc) throw new AppError('document_not_found');
      const file = await openFile(doc, format);
      await auditService.record(db, actor, {
        action: 'document.download',
        objectType: 'document',
        objectId: id,
        orgId: doc.petition_org_id,
        after: { petitionId: doc.petition_id, number: doc.number, format },
      });
      return file;
    },

    /**
     * For the public portal, which has checked the petitioner's query code for this petition: the documents
     * addressed to the petitioner (not 交办单 or 督办单, which pass between bodies).
     */
    async listForPetitioner(petitionId: number) {
      return (await documentsRepository.forPetition(db, petitionId, PETITIONER_KINDS)).map(presentDocument);
    },

    /** For the public portal: one such document's stored file; 404 unless it belongs to the petition. */
    async openForPetitioner(petitionId: number, id: number, format: DocumentFormat) {
      const doc = await documentsRepository.findOfPetition(db, petitionId, id);
      if (!doc || !PETITIONER_KINDS.includes(doc.kind as DocumentKind)) throw new AppError('document_not_found');
      return openFile(doc, format);
    },

    /** 文书模板 of a body: each kind with the template in force there, where it comes from and its variables. */
    async templates(actor: Actor, orgId?: number) {
      const org = await templateBody(db, actor, orgId);
      return { org: { id: org.id, name: org.name }, items: await templatesOf(db, org.id) };
    },

    /** The body's own template for a kind: used by what it (and the bodies below without their own) issues from now on. */
    async saveTemplate(actor: Actor, kind: DocumentKind, body: string, orgId?: number) {
      checkTemplate(kind, body);
      const org = await templateBody(db, actor, orgId);
      return db.transaction().execute(async (trx) => {
        const before = await templateOf(trx, org.id, kind);
        await documentsRepository.insertTemplate(trx, { org_id: org.id, kind, body, updated_by: actor.userId });
        await auditService.record(trx, actor, {
          action: 'document_template.update',
          objectType: 'document_template',
          objectId: kind,
          orgId: org.id,
          before: { body: before },
          after: { body },
        });
        return (await templatesOf(trx, org.id, kind))[0]!;
      });
    },

    /** Withdraws the body's own template for a kind: it inherits the nearest one above again. */
    async revertTemplate(actor: Actor, kind: DocumentKind, orgId?: number) {
      const org = await templateBody(db, actor, orgId);
      return db.transaction().execute(async (trx) => {
        const [current] = await templatesOf(trx, org.id, kind);
        if (!current!.own) return current!;
        await documentsRepository.insertTemplate(trx, { org_id: org.id, kind, body: null, updated_by: actor.userId });
        await auditService.record(trx, actor, {
          action: 'document_template.revert',
          objectType: 'document_template',
          objectId: kind,
          orgId: org.id,
          before: { body: current!.body },
          after: { body: current!.inheritedBody },
        });
        return (await templatesOf(trx, org.id, kind))[0]!;
      });
    },

    /** The PDF a template gives with sample values, issued by the actor's body; nothing is stored or numbered. */
    async preview(actor: Actor, kind: DocumentKind, body: string) {
      checkTemplate(kind, body);
      const org = (await orgRecords.findById(db, actor.orgId))!;
      const spec = KINDS[kind];
      const values = { ...SAMPLE_VALUES, orgName: org.name };
      const today = chinaDate(new Date());
      const layout: DocumentLayout = {
        issuer: org.name,
        number: documentNumber(org.short_name ?? org.name, kind, Number(today.slice(0, 4)), 1),
        title: spec.title,
        addressee: spec.addressee === 'body' ? SAMPLE_VALUES.toOrg! : SAMPLE_VALUES.petitionerName!,
        paragraphs: paragraphsOf(fillTemplate(body, values)),
        signature: org.name,
        date: textDate(today),
      };
      return renderPdf(layout, new Date());
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;

/**
 * Parses the font and compiles the renderers once, off the request path: called after the server starts, so
 * the first action that issues a document does not hold its petition's lock for that second.
 */
export async function warmUpDocuments(): Promise<void> {
  const layout: DocumentLayout = {
    issuer: '发文机关',
    number: documentNumber('代字', 'receipt', 2026, 1),
    title: KINDS.receipt.title,
    addressee: SAMPLE_VALUES.petitionerName!,
    paragraphs: paragraphsOf(fillTemplate(KINDS.receipt.template, SAMPLE_VALUES)),
    signature: '发文机关',
    date: textDate('2026-01-01'),
  };
  await Promise.all([renderDocx(layout), renderPdf(layout, new Date())]);
}
