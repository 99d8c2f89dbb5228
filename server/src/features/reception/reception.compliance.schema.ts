import { COMPLIANCE_MAX_DAYS, MATTER_FIGURES, RECEPTION_LEVELS, RECEPTION_RECORD_KINDS, RECEPTION_VIOLATION_KINDS } from '@xinfang/domain';
import { z } from 'zod';
import { dateString, int4IdParam } from '../../shared/validators.js';

/** A body (with the bodies below it when asked) and a period of at most a year. */
export const complianceQuery = z
  .strictObject({
    orgId: int4IdParam,
    from: dateString,
    to: dateString,
    subordinates: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true'),
  })
  .superRefine((q, ctx) => {
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
    else if (days >= COMPLIANCE_MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: '报告期最长一年' });
  });
export type ComplianceQuery = z.infer<typeof complianceQuery>;

/** The receptions behind a figure: of one leader or level (else all), 批次 or one kind of them. */
export const RECORD_FIGURES = ['batches', 'unscheduled', 'outreach', 'invitation'] as const;
export const complianceRecordsQuery = complianceQuery.safeExtend({
  leaderId: int4IdParam.optional(),
  level: z.enum(RECEPTION_LEVELS).optional(),
  figure: z.enum(RECORD_FIGURES),
});
export type ComplianceRecordsQuery = z.infer<typeof complianceRecordsQuery>;

const tally = z.object({
  /** The leaders counted: the work list's drill-down of a matter figure names them. */
  leaderIds: z.array(z.number()),
  /** Leader-receptions on the published plans in the period (a slot of two leaders counts for each). */
  planned: z.number(),
  /** Of those, held: a 领导接访 or 联合接访 of the leader on the slot or on its day. */
  held: z.number(),
  /** Of those, past and not held. */
  missed: z.number(),
  /** Not yet due. */
  upcoming: z.number(),
  /** 领导接访 / 联合接访 on a day the leader was not on the plan (allowed, flagged). */
  unscheduled: z.number(),
  outreach: z.number(),
  invitation: z.number(),
  /** 批次 and 人次: context only, never a target. */
  batches: z.number(),
  persons: z.number(),
  /** Petitions of the matters raised, by figure. */
  matters: z.object(Object.fromEntries(MATTER_FIGURES.map((f) => [f, z.number()])) as Record<(typeof MATTER_FIGURES)[number], z.ZodNumber>),
});
export type Tally = z.infer<typeof tally>;

const ref = z.object({ id: z.number(), name: z.string() });
export const complianceDto = z.object({
  org: ref,
  from: z.string(),
  to: z.string(),
  subordinates: z.boolean(),
  /** 临朐县2026年9—10月领导接访工作情况通报, or the report of any other period. */
  title: z.string(),
  /** Days up to which planned receptions count as due (held or missed) and the rules are checked. */
  checkedTo: z.string().nullable(),
  leaders: z.array(tally.extend({ leader: ref, org: ref, level: z.enum(RECEPTION_LEVELS) })),
  levels: z.array(tally.extend({ level: z.enum(RECEPTION_LEVELS) })),
  total: tally,
  /** The rules applied to what was held, body by body. */
  violations: z.array(
    z.object({
      org: ref,
      level: z.enum(RECEPTION_LEVELS),
      kind: z.enum(RECEPTION_VIOLATION_KINDS),
      /** The day, or a week by its Monday. */
      date: z.string(),
      held: z.number().nullable(),
      required: z.number().nullable(),
    }),
  ),
  /** Each planned reception missed. */
  missed: z.array(z.object({ date: z.string(), leader: ref, org: ref })),
});
export type ComplianceDto = z.infer<typeof complianceDto>;

export const complianceRecordDto = z.object({
  id: z.number(),
  kind: z.enum(RECEPTION_RECORD_KINDS),
  heldAt: z.string(),
  place: z.string(),
  leaders: z.array(ref),
  visitors: z.number(),
  unscheduled: z.boolean(),
});
