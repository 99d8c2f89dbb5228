import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.js';
import { bigIdParams } from '../../shared/validators.js';
import {
  candidateDto,
  correctBody,
  linkRepeatBody,
  mergeBody,
  petitionDetailDto,
  petitionerParams,
  registerBody,
  repeatCandidatesBody,
  unmaskBody,
  unmaskedPetitionerDto,
} from './petitions.schema.js';
import type { PetitionsService } from './petitions.service.js';

const read = { access: { permission: 'petition.read' } } as const;
const link = { access: { permission: 'petition.link' } } as const;
const one = { 200: z.object({ petition: petitionDetailDto }) };

const registerExample = {
  channel: 'visit',
  receivedAt: '2026-11-28T09:30:00+08:00',
  type: 'appeal',
  categoryId: 12,
  title: '反映小区物业违规收取停车费问题',
  content: '我们是城关街道东关社区某小区业主，物业公司未经业主同意占用公共区域收取停车费……',
  placeRegionCode: '370724001',
  placeAddress: '临朐县城关街道东关社区',
  personsCount: 8,
  involvedCount: 120,
  petitioners: [
    { name: '王某某', idNumber: '370724199001011232', phone: '13812345678', isMain: true, isRepresentative: true },
    { name: '李某某', isRepresentative: true },
  ],
};

/** 信访登记 and 信访事项: registration, detail, corrections, repeats and merges (the lists are the work list's). */
export function petitionsRoutes(petitions: PetitionsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/petitions',
      {
        config: { access: { permission: 'petition.register' } },
        schema: {
          tags: ['petitions'],
          summary: '登记信访事项（返回编号和只显示一次的查询码）',
          body: registerBody,
          'x-examples': { body: [registerExample] },
          response: { 201: z.object({ petition: petitionDetailDto, queryCode: z.string() }) },
        },
      },
      async (request, reply) => reply.status(201).send(await petitions.register(actorOf(request), request.body)),
    );

    app.post(
      '/petitions/repeat-candidates',
      {
        config: { access: { permission: 'petition.read' } },
        schema: {
          tags: ['petitions'],
          summary: '重复件候选：同一信访人（证件号、电话、姓名+地址）的事项，以及他人的相似事项',
          body: repeatCandidatesBody,
          'x-examples': {
            body: [{ petitioners: [{ name: '王某某', idNumber: '370724199001011232' }], title: '物业违规收取停车费', content: '' }],
          },
          response: { 200: z.object({ samePetitioner: z.array(candidateDto), similar: z.array(candidateDto) }) },
        },
      },
      async (request) => petitions.candidates(actorOf(request), request.body),
    );

    app.get(
      '/petitions/:id',
      {
        config: read,
        schema: { tags: ['petitions'], summary: '信访事项详情（含信访人、附件、变更记录）', params: bigIdParams, response: one },
      },
      async (request) => ({
        petition: await petitions.detail(actorOf(request), request.params.id),
      }),
    );

    app.patch(
      '/petitions/:id',
      {
        config: { access: { permission: 'petition.correct' } },
        schema: {
          tags: ['petitions'],
          summary: '更正登记（记录更正前后内容和原因；须带上所依据的版本号，已被他人修改时答复 409 version_conflict）',
          params: bigIdParams,
          body: correctBody,
          'x-examples': { body: [{ version: 3, reason: '信访人电话登记有误', title: '反映小区物业违规收取停车费的问题' }] },
          response: one,
        },
      },
      async (request) => ({ petition: await petitions.correct(actorOf(request), request.params.id, request.body) }),
    );

    app.post(
      '/petitions/:id/petitioners/:petitionerId/unmask',
      {
        config: { access: { permission: 'petition.unmask' } },
        schema: {
          tags: ['petitions'],
          summary: '查看信访人完整信息（须说明原因，留痕审计）',
          params: petitionerParams,
          body: unmaskBody,
          response: { 200: z.object({ petitioner: unmaskedPetitionerDto }) },
        },
      },
      async (request) => ({
        petitioner: await petitions.unmask(actorOf(request), request.params.id, request.params.petitionerId, request.body.reason),
      }),
    );

    app.post(
      '/petitions/:id/link-repeat',
      { config: link, schema: { tags: ['petitions'], summary: '关联为重复件', params: bigIdParams, body: linkRepeatBody, response: one } },
      async (request) => ({ petition: await petitions.linkRepeat(actorOf(request), request.params.id, request.body.repeatOfId) }),
    );
    app.post(
      '/petitions/:id/unlink-repeat',
      { config: link, schema: { tags: ['petitions'], summary: '取消重复件关联', params: bigIdParams, response: one } },
      async (request) => ({ petition: await petitions.unlinkRepeat(actorOf(request), request.params.id) }),
    );
    app.post(
      '/petitions/:id/confirm-new',
      { config: link, schema: { tags: ['petitions'], summary: '确认为新事项（非重复件）', params: bigIdParams, response: one } },
      async (request) => ({ petition: await petitions.confirmNew(actorOf(request), request.params.id) }),
    );
    app.post(
      '/petitions/:id/approve-new-facts',
      {
        config: { access: { permission: 'petition.approve' } },
        schema: {
          tags: ['petitions'],
          summary:
            '本机关负责人批准对已终结事项提出的新的事实和理由（条例第三十六条），此后方可受理、转送或交办；没有待批准的答复 409 new_facts_not_pending',
          params: bigIdParams,
          response: one,
        },
      },
      async (request) => ({ petition: await petitions.approveNewFacts(actorOf(request), request.params.id) }),
    );
    app.post(
      '/petitions/:id/merge',
      {
        config: link,
        schema: {
          tags: ['petitions'],
          summary:
            '合并到同一信访人（或同一集体访代表）仍在办理的信访事项（合并件，此后随主件办理，除撤销合并外不能单独操作）；不能合并到自身（merge_into_self）、已合并的事项（merge_target_merged）、已办结、终结或不予受理的事项（merge_target_closed）或他人的事项（merge_target_unrelated），看不到的事项答复 404',
          params: bigIdParams,
          body: mergeBody,
          response: one,
        },
      },
      async (request) => ({
        petition: await petitions.merge(actorOf(request), request.params.id, request.body.intoId, request.body.reason),
      }),
    );
    app.post(
      '/petitions/:id/unmerge',
      { config: link, schema: { tags: ['petitions'], summary: '撤销合并', params: bigIdParams, response: one } },
      async (request) => ({ petition: await petitions.unmerge(actorOf(request), request.params.id) }),
    );

    app.post(
      '/petitions/:id/reissue-code',
      {
        config: { access: { permission: 'petition.register' } },
        schema: {
          tags: ['petitions'],
          summary: '重新生成查询码（原查询码作废），用于补打受理凭证',
          params: bigIdParams,
          response: { 200: z.object({ queryCode: z.string() }) },
        },
      },
      async (request) => ({ queryCode: await petitions.reissueCode(actorOf(request), request.params.id) }),
    );
  };
}
