import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { regionsService } from './regions.service.js';

export const regionDto = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  fullName: z.string(),
  hasChildren: z.boolean(),
});
const regionCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '行政区划代码应为 6 位、9 位或 12 位数字');

/** Administrative divisions for pickers: read-only reference data. */
export const regionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      config: { access: { public: true }, cacheable: true }, // national reference data, also for the public portal
      schema: {
        tags: ['regions'],
        summary: '行政区划的下级列表（不带 parent 时为省级）',
        querystring: z.strictObject({ parent: regionCode.optional() }),
        response: { 200: z.object({ items: z.array(regionDto) }) },
      },
    },
    async (request) => ({ items: regionsService.children(request.query.parent) }),
  );

  app.get(
    '/regions/search',
    {
      config: { access: { public: true }, cacheable: true }, // national reference data, also for the public portal
      schema: {
        tags: ['regions'],
        summary: '按名称或拼音首字母查找行政区划，离 near 近者在前（不带 q 时为 near 及其下级、同级）',
        querystring: z.strictObject({ q: z.string().max(50).default(''), near: regionCode.optional() }),
        response: { 200: z.object({ items: z.array(regionDto) }) },
      },
    },
    async (request) => ({ items: regionsService.search(request.query.q, request.query.near) }),
  );

  app.get(
    '/regions/:code',
    {
      config: { access: { public: true }, cacheable: true }, // national reference data, also for the public portal
      schema: {
        tags: ['regions'],
        summary: '一个行政区划及其上级链',
        params: z.strictObject({ code: regionCode }),
        response: { 200: z.object({ region: regionDto, ancestry: z.array(regionDto) }) },
      },
    },
    async (request) => {
      const region = regionsService.find(request.params.code);
      if (!region) throw new AppError('region_code_unknown', { fields: [{ path: 'code', message: '行政区划代码不存在' }] });
      return { region, ancestry: regionsService.ancestry(region.code) };
    },
  );
};
