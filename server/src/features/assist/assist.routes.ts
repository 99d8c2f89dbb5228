import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { actorOf, publicAccess } from '../../http/access.js';
import { bigIdParams, idParams } from '../../shared/validators.js';
import {
  bodyRuleBody,
  bodyRuleDto,
  knowledgeBody,
  knowledgeDto,
  knowledgeQuery,
  precedentsDto,
  modelVersionDto,
  petitionBodiesDto,
  publicSuggestBody,
  publicSuggestionDto,
  suggestBody,
  suggestionDto,
} from './assist.schema.js';
import type { AssistService } from './assist.service.js';

const manage = { access: { permission: 'category.manage' } } as const;
const rules = { 200: z.object({ items: z.array(bodyRuleDto) }) };

/** 智能辅助: suggestions while registering (and the portal's category), the model's versions, the body rules. */
export function assistRoutes(assist: AssistService, config: Config): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/assist/suggest',
      {
        config: { access: { permission: 'petition.register' } },
        schema: {
          tags: ['assist'],
          summary: '智能辅助：问题分类、承办单位和相似事项建议（各取前三，附置信度）',
          body: suggestBody,
          response: { 200: suggestionDto },
        },
      },
      async (request) => assist.suggest(actorOf(request), request.body),
    );
    app.post(
      '/public/assist/category',
      {
        config: publicAccess(config),
        schema: { tags: ['portal'], summary: '网上信访：问题分类建议', body: publicSuggestBody, response: { 200: publicSuggestionDto } },
      },
      async (request) => assist.categories(request.body.title, request.body.content),
    );
    app.get(
      '/assist/petitions/:id/bodies',
      {
        config: { access: { permission: 'petition.route' } },
        schema: {
          tags: ['assist'],
          summary: '转送、交办时的承办单位建议（登记时选定的在前）',
          params: bigIdParams,
          response: { 200: petitionBodiesDto },
        },
      },
      async (request) => assist.petitionBodies(actorOf(request), request.params.id),
    );
    app.get(
      '/assist/petitions/:id/precedents',
      {
        config: { access: { permission: 'petition.handle' } },
        schema: {
          tags: ['assist'],
          summary: '类案参考：本机关可见的相似事项的处理意见，以及知识库中相关的政策答复、法律依据和办理途径',
          params: bigIdParams,
          response: { 200: precedentsDto },
        },
      },
      async (request) => assist.precedents(actorOf(request), request.params.id),
    );
    app.get(
      '/assist/knowledge',
      {
        config: { access: { authenticated: true } },
        schema: {
          tags: ['assist'],
          summary: '知识库：按关键词查找（管理员可含已停用的条目）',
          querystring: knowledgeQuery,
          response: { 200: z.object({ items: z.array(knowledgeDto) }) },
        },
      },
      async (request) => {
        const all = request.query.all === 'true' && actorOf(request).permissions.includes('category.manage');
        return { items: await assist.knowledge(request.query.q, all) };
      },
    );
    app.post(
      '/assist/knowledge',
      {
        config: manage,
        schema: { tags: ['assist'], summary: '新增知识库条目', body: knowledgeBody, response: { 201: z.object({ entry: knowledgeDto }) } },
      },
      async (request, reply) => reply.status(201).send({ entry: await assist.saveKnowledge(actorOf(request), null, request.body) }),
    );
    app.put(
      '/assist/knowledge/:id',
      {
        config: manage,
        schema: {
          tags: ['assist'],
          summary: '修改或停用知识库条目',
          params: idParams,
          body: knowledgeBody,
          response: { 200: z.object({ entry: knowledgeDto }) },
        },
      },
      async (request) => ({ entry: await assist.saveKnowledge(actorOf(request), request.params.id, request.body) }),
    );
    app.get(
      '/assist/models',
      {
        config: manage,
        schema: { tags: ['assist'], summary: '分类模型的各版本及其评估', response: { 200: z.object({ items: z.array(modelVersionDto) }) } },
      },
      async () => ({ items: await assist.versions() }),
    );
    app.post(
      '/assist/models/retrain',
      {
        config: manage,
        schema: { tags: ['assist'], summary: '立即重新训练（后台任务）', response: { 202: z.object({ queued: z.literal(true) }) } },
      },
      async (request, reply) => {
        await assist.retrain(actorOf(request));
        return reply.status(202).send({ queued: true });
      },
    );
    app.post(
      '/assist/models/:id/activate',
      {
        config: manage,
        schema: {
          tags: ['assist'],
          summary: '启用某一版本（回退或恢复）',
          params: idParams,
          response: { 200: z.object({ model: modelVersionDto }) },
        },
      },
      async (request) => ({ model: await assist.activate(actorOf(request), request.params.id) }),
    );
    app.get(
      '/assist/rules',
      { config: manage, schema: { tags: ['assist'], summary: '承办单位规则（无办理历史时使用）', response: rules } },
      async () => ({ items: await assist.rules() }),
    );
    app.post(
      '/assist/rules',
      { config: manage, schema: { tags: ['assist'], summary: '新增承办单位规则', body: bodyRuleBody, response: rules } },
      async (request) => ({ items: await assist.saveRule(actorOf(request), null, request.body) }),
    );
    app.put(
      '/assist/rules/:id',
      { config: manage, schema: { tags: ['assist'], summary: '修改承办单位规则', params: idParams, body: bodyRuleBody, response: rules } },
      async (request) => ({ items: await assist.saveRule(actorOf(request), request.params.id, request.body) }),
    );
    app.delete(
      '/assist/rules/:id',
      { config: manage, schema: { tags: ['assist'], summary: '删除承办单位规则', params: idParams, response: rules } },
      async (request) => ({ items: await assist.deleteRule(actorOf(request), request.params.id) }),
    );
  };
}
