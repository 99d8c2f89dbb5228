import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { publicAccess } from '../../http/access.js';
import { sendDownload } from '../../http/download.js';
import { readUpload } from '../../http/multipart.js';
import { bigIdParams } from '../../shared/validators.js';
import { fileQuery } from '../documents/index.js';
import { attachmentDto } from '../attachments/index.js';
import {
  orgSearchQuery,
  phoneCodeBody,
  publicOrgDto,
  publicPetitionDto,
  rateBody,
  reviewBody,
  submitBody,
  trackBody,
  trackByPhoneBody,
} from './portal.schema.js';
import type { PortalService } from './portal.service.js';

const TOKEN_HEADER = 'x-portal-token';
const token = (request: FastifyRequest) => request.headers[TOKEN_HEADER] as string | undefined;
const meta = (request: FastifyRequest) => ({ ip: request.ip, requestId: request.id });
const tokenHeaders = z.object({ [TOKEN_HEADER]: z.string().max(200).optional() });
const one = { 200: z.object({ petition: publicPetitionDto }) };

/**
 * 网上信访 for petitioners, without an account: submit, follow with number + query code, rate, ask for review.
 * Every route is rate-limited per address; a flood is refused here, before it reaches staff screens' queries.
 */
export function portalRoutes(portal: PortalService, config: Config): FastifyPluginAsyncZod {
  const access = publicAccess(config);
  return async (app) => {
    app.get(
      '/public/challenge',
      {
        config: access,
        schema: { tags: ['portal'], summary: '提交前的安全校验题（工作量证明，无第三方服务）', response: { 200: z.looseObject({}) } },
      },
      async () => (await portal.challenge()) as unknown as Record<string, unknown>,
    );

    app.get(
      '/public/orgs',
      {
        config: access,
        schema: {
          tags: ['portal'],
          summary: '按名称查找单位（选择被检举控告的单位）',
          querystring: orgSearchQuery,
          response: { 200: z.object({ items: z.array(publicOrgDto) }) },
        },
      },
      async (request) => ({ items: await portal.orgs(request.query.q) }),
    );

    app.post(
      '/public/petitions',
      {
        config: access,
        schema: {
          tags: ['portal'],
          summary: '网上提交信访事项（返回编号和只显示一次的查询码）',
          body: submitBody,
          response: {
            201: z.object({ number: z.string(), queryCode: z.string(), body: z.string(), receivedAt: z.date(), token: z.string() }),
          },
        },
      },
      async (request, reply) => reply.status(201).send(await portal.submit(request.body, meta(request))),
    );

    app.post(
      '/public/attachments',
      {
        config: access,
        schema: {
          tags: ['portal'],
          summary: '上传附件（照片、PDF）；答复的 token 须随提交一并交回，24 小时内未提交的附件将被删除',
          consumes: ['multipart/form-data'],
          response: { 201: z.object({ attachment: attachmentDto, token: z.string() }) },
        },
      },
      async (request, reply) => {
        const { file } = await readUpload(request);
        if (!file) throw new AppError('validation_failed', { fields: [{ path: 'file', message: '请选择要上传的文件' }] });
        return reply.status(201).send(await portal.upload(file.filename, file.content, meta(request)));
      },
    );

    app.post(
      '/public/track',
      {
        config: access,
        schema: {
          tags: ['portal'],
          summary: '凭编号和查询码查询办理情况（连续输错 5 次锁定 15 分钟）',
          body: trackBody,
          response: { 200: z.object({ token: z.string(), petition: publicPetitionDto }) },
        },
      },
      async (request) => portal.track(request.body.number, request.body.queryCode),
    );

    app.post(
      '/public/phone-code',
      {
        config: access,
        schema: {
          tags: ['portal'],
          summary: '向登记的手机号码发送查询验证码（号码与编号是否相符，答复、状态和用时都相同，不泄露信息）',
          body: phoneCodeBody,
          response: { 202: z.object({ sent: z.boolean() }) },
        },
      },
      async (request, reply) => reply.status(202).send(await portal.sendPhoneCode(request.body.number, request.body.phone, meta(request))),
    );

    app.post(
      '/public/track-phone',
      {
        config: access,
        schema: {
          tags: ['portal'],
          summary: '凭编号、手机号码和短信验证码查询办理情况',
          body: trackByPhoneBody,
          response: { 200: z.object({ token: z.string(), petition: publicPetitionDto }) },
        },
      },
      async (request) => portal.trackByPhone(request.body.number, request.body.phone, request.body.code),
    );

    app.get(
      '/public/petition',
      { config: access, schema: { tags: ['portal'], summary: '查询结果（刷新）', headers: tokenHeaders, response: one } },
      async (request) => ({ petition: await portal.view(token(request)) }),
    );

    app.get(
      '/public/documents/:id/file',
      {
        config: access,
        schema: {
          tags: ['portal'],
          summary: '下载告知书、处理意见书（Word 或 PDF，与送达的文书一致）',
          params: bigIdParams,
          // A plain link cannot send a header: the short-lived token may come in the query.
          querystring: fileQuery.extend({ token: z.string().max(200).optional() }),
          headers: tokenHeaders,
        },
      },
      async (request, reply) =>
        sendDownload(reply, await portal.document(token(request) ?? request.query.token, request.params.id, request.query.format)),
    );

    app.post(
      '/public/rating',
      {
        config: access,
        schema: {
          tags: ['portal'],
          summary: '满意度评价（信访部门、办理机关分别评价）',
          headers: tokenHeaders,
          body: rateBody,
          response: one,
        },
      },
      async (request) => ({ petition: await portal.rate(token(request), request.body) }),
    );

    app.post(
      '/public/review',
      {
        config: access,
        schema: {
          tags: ['portal'],
          summary: '网上申请复查（复核）（送达之日起三十日内）',
          headers: tokenHeaders,
          body: reviewBody,
          response: one,
        },
      },
      async (request) => ({ petition: await portal.requestReview(token(request), request.body, meta(request)) }),
    );
  };
}
