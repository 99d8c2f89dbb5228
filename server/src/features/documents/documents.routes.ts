import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { sendDownload } from '../../http/download.js';
import { languageOf } from '../../http/language.js';
import { bigIdParams } from '../../shared/validators.js';
import {
  documentDto,
  fileQuery,
  kindParams,
  receiptBody,
  receiptDto,
  templateBody,
  templateDto,
  templateQuery,
} from './documents.schema.js';
import { templateIn } from './documents.presenter.js';
import type { DocumentsService } from './documents.service.js';

const manage = { access: { permission: 'template.manage' } } as const;
const decisionExample = {
  body: '你于{{receivedDate}}提出的“{{petitionTitle}}”信访事项（编号：{{petitionNumber}}）……\n一、信访请求\n{{request}}\n二、调查核实的事实和理由\n{{facts}}\n{{reasons}}\n三、处理意见\n{{outcome}}\n四、处理依据\n{{basis}}\n五、复查的途径和期限\n{{remedy}}',
};

/** 文书: issued documents of a petition and their files; 文书模板 for administrators. */
export function documentsRoutes(documents: DocumentsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/petitions/:id/documents',
      {
        config: { access: { permission: 'petition.read' } },
        schema: {
          tags: ['documents'],
          summary: '信访事项的文书（告知书、交办单、处理意见书等），按出具先后',
          params: bigIdParams,
          response: { 200: z.object({ items: z.array(documentDto) }) },
        },
      },
      async (request) => ({ items: await documents.list(actorOf(request), request.params.id) }),
    );

    // POST, not GET: the query code travels in the body, never in an address that logs and histories keep.
    app.post(
      '/petitions/:id/receipt',
      {
        config: { access: { permission: 'petition.read' } },
        schema: {
          tags: ['documents'],
          summary: '受理凭证（按模板出具）：存档文书；附刚生成的查询码时为交给信访人的一份，查询码须与该事项相符',
          params: bigIdParams,
          body: receiptBody,
          response: { 200: z.object({ receipt: receiptDto }) },
        },
      },
      async (request) => ({ receipt: await documents.receipt(actorOf(request), request.params.id, request.body.queryCode) }),
    );

    app.post(
      '/petitions/:id/receipt/pdf',
      {
        config: { access: { permission: 'petition.read' } },
        schema: {
          tags: ['documents'],
          summary: '受理凭证 PDF（同上，按请求生成，不留存带查询码的一份）',
          params: bigIdParams,
          body: receiptBody,
        },
      },
      async (request, reply) =>
        sendDownload(reply, await documents.receiptPdf(actorOf(request), request.params.id, request.body.queryCode)),
    );

    app.get(
      '/documents/:id/file',
      {
        config: { access: { permission: 'petition.read' } },
        schema: {
          tags: ['documents'],
          summary: '下载文书（Word 或 PDF，出具时保存的原文件）',
          params: bigIdParams,
          querystring: fileQuery,
        },
      },
      async (request, reply) => sendDownload(reply, await documents.open(actorOf(request), request.params.id, request.query.format)),
    );

    app.get(
      '/document-templates',
      {
        config: manage,
        schema: {
          tags: ['documents'],
          summary: '文书模板：某机构（默认本机构）各类文书现行模板及其来源（本机构、上级机构或系统默认）、可用变量',
          querystring: templateQuery,
          response: { 200: z.object({ org: z.object({ id: z.number(), name: z.string() }), items: z.array(templateDto) }) },
        },
      },
      async (request) => {
        const { org, items } = await documents.templates(actorOf(request), request.query.orgId);
        return { org, items: items.map((x) => templateIn(languageOf(request), x)) };
      },
    );

    app.put(
      '/document-templates/:kind',
      {
        config: manage,
        schema: {
          tags: ['documents'],
          summary: '设置本机构（或管辖范围内某机构）的文书模板，该机构及未自设模板的下级机构此后出具的文书使用它',
          params: kindParams,
          querystring: templateQuery,
          body: templateBody,
          'x-examples': { body: [decisionExample] },
          response: { 200: z.object({ template: templateDto }) },
        },
      },
      async (request) => ({
        template: templateIn(
          languageOf(request),
          await documents.saveTemplate(actorOf(request), request.params.kind, request.body.body, request.query.orgId),
        ),
      }),
    );

    app.delete(
      '/document-templates/:kind',
      {
        config: manage,
        schema: {
          tags: ['documents'],
          summary: '撤销本机构（或管辖范围内某机构）自设的文书模板，恢复沿用上级机构的模板或系统默认模板',
          params: kindParams,
          querystring: templateQuery,
          response: { 200: z.object({ template: templateDto }) },
        },
      },
      async (request) => ({
        template: templateIn(
          languageOf(request),
          await documents.revertTemplate(actorOf(request), request.params.kind, request.query.orgId),
        ),
      }),
    );

    app.post(
      '/document-templates/:kind/preview',
      {
        config: manage,
        schema: {
          tags: ['documents'],
          summary: '用示例数据预览文书模板（PDF）',
          params: kindParams,
          body: templateBody,
        },
      },
      async (request, reply) => {
        const pdf = await documents.preview(actorOf(request), request.params.kind, request.body.body);
        return reply.header('content-type', 'application/pdf').header('content-disposition', 'inline; filename="preview.pdf"').send(pdf);
      },
    );
  };
}
