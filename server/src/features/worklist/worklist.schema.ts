import { z } from 'zod';
import { boundedRange, dateString, instant, int4IdParam } from '../../shared/validators.js';
import { BREAKDOWN_DIMS, CHANNELS, DUE_WITHIN_MAX, MATTER_FIGURES, PETITION_STATUSES, PETITION_TYPES, STAT_NAMES } from '@xinfang/domain';

const boolParam = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

/** Filters of the work lists (also saved as saved filters and used by the export). */
export const listQuery = boundedRange(
  boundedRange(
    boundedRange(
      z.strictObject({
        q: z.string().trim().max(100).optional(),
        status: z
          .union([z.enum(PETITION_STATUSES), z.array(z.enum(PETITION_STATUSES))])
          .optional()
          .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
        channel: z
          .union([z.enum(CHANNELS), z.array(z.enum(CHANNELS))])
          .optional()
          .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
        type: z.enum(PETITION_TYPES).optional(),
        /** A category at any level: its sub-categories are included. */
        categoryId: int4IdParam.optional(),
        /** Region of the problem: a prefix match on the code (370724 covers its townships). */
        regionCode: z
          .string()
          .regex(/^\d{2,9}$/)
          .optional(),
        /** Registering body: the bodies below it are included. */
        orgId: int4IdParam.optional(),
        from: instant.optional(),
        to: instant.optional(),
        skipLevel: boolParam,
        litigation: boolParam,
        majorUrgent: boolParam,
        group: boolParam,
        repeat: boolParam,
        firstTime: boolParam,
        merged: boolParam,
        confidential: boolParam,
        anonymous: boolParam,
        /** Matters complained about this body (被反映单位). */
        accusedOrgId: int4IdParam.optional(),
        /** Drill-down from the statistics: the petitions behind figure `stat` of body `statOrg` in the days given. */
        stat: z.enum(STAT_NAMES).optional(),
        statOrg: int4IdParam.optional(),
        statFrom: dateString.optional(),
        statTo: dateString.optional(),
        /** One row of a breakdown of that figure: its dimension and its key (`none`: the row of values not recorded). */
        statDim: z.enum(BREAKDOWN_DIMS).exclude(['body']).optional(),
        statKey: z.string().trim().min(1).max(20).optional(),
        /**
         * Drill-down from the reception compliance report: the petitions of the matters raised at the receptions of
         * these leaders held in receptionFrom–receptionTo, counted by figure `receptionFigure`.
         */
        receptionFigure: z.enum(MATTER_FIGURES).optional(),
        receptionLeader: z
          .union([int4IdParam, z.array(int4IdParam).max(200)])
          .optional()
          .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
        receptionFrom: dateString.optional(),
        receptionTo: dateString.optional(),
        /** Petitions with an open deadline in this grade now, or with any open deadline. */
        deadline: z.enum(['open', 'normal', 'due_soon', 'due_today', 'overdue']).optional(),
        /** Petitions with an open deadline, not yet past, that ends within this many working days (the working-day calendar). */
        dueWithin: z.coerce.number().int().min(1).max(DUE_WITHIN_MAX).optional(),
        /**
         * Petitions whose 承办人 at a body with an open deadline is this user: the user holding the handler role who last
         * acted on it for that body. With `deadline` or `dueWithin`, that same deadline is the one they test.
         */
        handlerId: int4IdParam.optional(),
        /**
         * Petitions with an open deadline at the actor's own body that no 承办人 of that body has acted on yet (签收,
         * 办理记录…): the head's row 尚无承办人 beside the handlers'. With `deadline` or `dueWithin`, that deadline.
         */
        unhandled: boolParam,
        /** `dueAt`: by the due time of the nearest open duty of a body (overdue first ascending), then registration time. */
        sort: z.enum(['receivedAt', 'registeredAt', 'dueAt']).default('receivedAt'),
        order: z.enum(['desc', 'asc']).default('desc'),
        /** Opaque keyset cursor from the previous page's nextCursor. */
        cursor: z.string().max(200).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    ),
    'statFrom',
    'statTo',
  ),
  'receptionFrom',
  'receptionTo',
);
export type ListQuery = z.infer<typeof listQuery>;
