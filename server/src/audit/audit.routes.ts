import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditService } from './audit.service.js';
import type { Database } from '../db/database.js';
import type { CheckpointStore } from './audit.checkpoints.js';
import { actorOf } from '../http/access.js';
import { boundedRange, instant, int4IdParam, int8IdParam } from '../shared/validators.js';

const auditQuery = boundedRange(
  z.strictObject({
    actorId: int4IdParam.optional(),
    orgId: int4IdParam.optional(),
    action: z.string().max(60).optional(),
    objectType: z.string().max(40).optional(),
    objectId: z.string().max(60).optional(),
    from: instant.optional(),
    to: instant.optional(),
    before: int8IdParam.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
);

export const eventDto = z.object({
  seq: z.number(),
  at: z.date(),
  actorId: z.number().nullable(),
  actorUsername: z.string().nullable(),
  actorOrgName: z.string().nullable(),
  orgId: z.number().nullable(),
  orgName: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  objectLabel: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});

const anchorDto = z.object({
  checked: z.number(),
  latest: z.object({ seq: z.number(), hash: z.string(), at: z.string() }).nullable(),
  uncovered: z.number(),
  problems: z.array(z.object({ reason: z.string(), seq: z.number().nullable(), line: z.number().nullable(), at: z.string().nullable() })),
});

/** 审计日志: browse the trail within scope, and check the chain against itself and its signed checkpoints. */
export function auditRoutes(db: Database, checkpoints: CheckpointStore): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit/events',
      {
        config: { access: { permission: 'audit.read' } },
        schema: {
          tags: ['audit'],
          summary: '审计日志（按操作人、机构、操作、对象、时间筛选；按序号倒序分页）',
          querystring: auditQuery,
          response: { 200: z.object({ items: z.array(eventDto), nextBefore: z.number().nullable() }) },
        },
      },
      async (request) => {
        const q = request.query;
        const rows = await auditService.list(db, {
          scopePath: actorOf(request).orgPath,
          scopeOrgId: actorOf(request).orgId,
          actorId: q.actorId,
          orgId: q.orgId,
          action: q.action,
          objectType: q.objectType,
          objectId: q.objectId,
          from: q.from,
          to: q.to,
          beforeSeq: q.before,
          limit: q.limit + 1,
        });
        const page = rows.slice(0, q.limit);
        return {
          items: page.map((r) => ({
            seq: r.seq,
            at: r.at,
            actorId: r.actor_id,
            actorUsername: r.actor_username,
            actorOrgName: r.actor_org_name,
            orgId: r.org_id,
            orgName: r.org_name,
            ip: r.ip,
            requestId: r.request_id,
            action: r.action,
            objectType: r.object_type,
            objectId: r.object_id,
            objectLabel: r.object_label,
            before: r.before,
            after: r.after,
            hash: r.hash,
          })),
          nextBefore: rows.length > q.limit ? (page.at(-1)?.seq ?? null) : null,
        };
      },
    );

    app.get(
      '/audit/actions',
      {
        config: { access: { permission: 'audit.read' } },
        schema: { tags: ['audit'], summary: '已出现的操作类型', response: { 200: z.object({ items: z.array(z.string()) }) } },
      },
      async () => ({ items: await auditService.actions(db) }),
    );

    app.post(
      '/audit/verify',
      {
        config: { access: { permission: 'audit.verify' } },
        schema: {
          tags: ['audit'],
          summary: '校验审计日志哈希链及其签名检查点',
          response: {
            200: z.object({
              ok: z.boolean(),
              count: z.number(),
              firstBroken: z.object({ seq: z.number(), reason: z.string() }).nullable(),
              anchor: anchorDto,
              checkedAt: z.date(),
            }),
          },
        },
      },
      async (request) => {
        const result = await auditService.verify(db, checkpoints);
        // The check itself is recorded, so the trail shows who checked it and what they found.
        await db.transaction().execute((trx) =>
          auditService.record(trx, actorOf(request), {
            action: 'audit.verified',
            objectType: 'audit_chain',
            objectId: null,
            orgId: actorOf(request).orgId,
            after: {
              ok: result.ok,
              count: result.count,
              firstBroken: result.firstBroken,
              checkpoint: result.anchor.latest?.seq ?? null,
              problems: result.anchor.problems.map((p) => p.reason),
            },
          }),
        );
        return { ...result, checkedAt: new Date() };
      },
    );
  };
}
