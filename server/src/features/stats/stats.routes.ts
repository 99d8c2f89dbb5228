import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/access.js';
import { bodiesDto, breakdownDto, breakdownQuery, hotDto, overviewDto, seriesDto, seriesQuery, statsQuery } from './stats.schema.js';
import type { StatsService } from './stats.service.js';
import type { StatsExport } from './stats.export.js';

const view = { access: { permission: 'stats.view' } } as const;
const tags = ['stats'];

/** 统计分析: figures of the user's body or one below it, from the summary tables. */
export function statsRoutes(stats: StatsService, exporter: StatsExport): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/stats/overview',
      {
        config: view,
        schema: { tags, summary: '统计概览：数量、比率及同比环比', querystring: statsQuery, response: { 200: overviewDto } },
      },
      async (request) => stats.overview(actorOf(request), request.query),
    );
    app.get(
      '/stats/series',
      { config: view, schema: { tags, summary: '按日、周、月、季、年的趋势', querystring: seriesQuery, response: { 200: seriesDto } } },
      async (request) => stats.series(actorOf(request), request.query),
    );
    app.get(
      '/stats/breakdown',
      {
        config: view,
        schema: {
          tags,
          summary: '按信访形式、类别、问题分类、地区、被反映单位、下级单位的分布',
          querystring: breakdownQuery,
          response: { 200: breakdownDto },
        },
      },
      async (request) => stats.breakdown(actorOf(request), request.query),
    );
    app.get(
      '/stats/bodies',
      {
        config: view,
        schema: { tags, summary: '单位对比：本单位及直属下级单位的数量和比率', querystring: statsQuery, response: { 200: bodiesDto } },
      },
      async (request) => stats.bodies(actorOf(request), request.query),
    );
    app.get(
      '/stats/bodies.xlsx',
      { config: view, schema: { tags, summary: '导出单位对比（Excel）', querystring: statsQuery } },
      async (request, reply) =>
        reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="bodies.xlsx"; filename*=UTF-8''${encodeURIComponent('单位对比.xlsx')}`)
          .send(await exporter.bodies(actorOf(request), request.query)),
    );
    app.get(
      '/stats/hot',
      {
        config: view,
        schema: { tags, summary: '热点问题：上升最快的问题分类和地区、相似事项聚类', querystring: statsQuery, response: { 200: hotDto } },
      },
      async (request) => stats.hot(actorOf(request), request.query),
    );
  };
}
