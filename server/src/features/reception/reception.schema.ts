import {
  RECEPTION_CADENCES,
  RECEPTION_LEVELS,
  RECEPTION_MODES,
  RECEPTION_VIOLATION_KINDS,
  ROLES,
  UNAVAILABILITY_KINDS,
} from '@xinfang/domain';
import { z } from 'zod';
import { dateString, int4Id, int4IdParam, optionalText, requiredText } from '../../shared/validators.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式为 HH:MM（24 小时制）');
const weekday = z.number().int().min(1).max(7);
const https = z
  .string()
  .trim()
  .max(500)
  .refine((v) => /^https:\/\/[^\s]+$/.test(v), { message: '链接须以 https:// 开头' });

export const levelParams = z.strictObject({ level: z.enum(RECEPTION_LEVELS) });

export const ruleBody = z
  .strictObject({
    cadence: z.enum(RECEPTION_CADENCES),
    weekdays: z.array(weekday).max(7),
    perWeek: z.number().int().min(1).max(7),
    startTime: time,
    endTime: time,
    capacity: z.number().int().min(1, '名额至少为 1').max(500),
    publishLeadDays: z.number().int().min(0).max(60),
    leaderRoles: z.array(z.enum(ROLES)).min(1, '请至少选择一个计为领导的角色'),
  })
  .superRefine((v, ctx) => {
    if (v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: '结束时间须晚于开始时间' });
    if (v.cadence === 'weekdays' && v.weekdays.length === 0)
      ctx.addIssue({ code: 'custom', path: ['weekdays'], message: '每周固定日的规则须至少选择一天' });
    if (new Set(v.weekdays).size !== v.weekdays.length) ctx.addIssue({ code: 'custom', path: ['weekdays'], message: '星期重复' });
  });
export type RuleBody = z.infer<typeof ruleBody>;

export const ruleDto = z.object({
  level: z.enum(RECEPTION_LEVELS),
  cadence: z.enum(RECEPTION_CADENCES),
  weekdays: z.array(z.number()),
  perWeek: z.number(),
  startTime: z.string(),
  endTime: z.string(),
  capacity: z.number(),
  publishLeadDays: z.number(),
  leaderRoles: z.array(z.enum(ROLES)),
  updatedAt: z.string(),
});

export const placeBody = z.strictObject({
  orgId: int4Id,
  name: requiredText(100, '请填写场所名称'),
  address: requiredText(200, '请填写地址'),
  hours: requiredText(200, '请填写接待时间'),
  accessibility: z.string().trim().max(500).default(''),
  mapUrl: optionalText(500).refine((v) => v === null || /^https:\/\/[^\s]+$/.test(v), { message: '地图链接须以 https:// 开头' }),
});
export type PlaceBody = z.infer<typeof placeBody>;

export const placeDto = z.object({
  id: z.number(),
  orgId: z.number(),
  name: z.string(),
  address: z.string(),
  hours: z.string(),
  accessibility: z.string(),
  mapUrl: z.string().nullable(),
});

export const orgQuery = z.strictObject({ orgId: int4IdParam });

export const unavailabilityBody = z
  .strictObject({
    leaderId: int4Id,
    from: dateString,
    to: dateString,
    kind: z.enum(UNAVAILABILITY_KINDS),
    note: z.string().trim().max(200).default(''),
  })
  .refine((v) => v.to >= v.from, { path: ['to'], message: '结束日期不能早于开始日期' });
export type UnavailabilityBody = z.infer<typeof unavailabilityBody>;

export const unavailabilityDto = z.object({
  id: z.number(),
  leaderId: z.number(),
  leaderName: z.string(),
  from: z.string(),
  to: z.string(),
  kind: z.enum(UNAVAILABILITY_KINDS),
  note: z.string(),
});

export const leaderDto = z.object({ id: z.number(), name: z.string() });

const quarterFields = { year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4) };
export const generateBody = z.strictObject({ orgId: int4Id, ...quarterFields, placeId: int4Id });
export const planQuery = z.strictObject({
  orgId: int4IdParam,
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
});

export const slotBody = z
  .strictObject({
    date: dateString,
    startTime: time,
    endTime: time,
    placeId: int4Id,
    leaderIds: z.array(int4Id).min(1, '请至少选择一位接访领导').max(10),
    capacity: z.number().int().min(1, '名额至少为 1').max(500),
    mode: z.enum(RECEPTION_MODES),
    meetingUrl: https.nullish().transform((v) => v ?? null),
    /** Why, for a change after publication (logged and told to those booked). */
    reason: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: '结束时间须晚于开始时间' });
    if (v.mode === 'video' && !v.meetingUrl) ctx.addIssue({ code: 'custom', path: ['meetingUrl'], message: '视频接访须填写会议链接' });
    if (v.mode === 'in_person' && v.meetingUrl) ctx.addIssue({ code: 'custom', path: ['meetingUrl'], message: '现场接访不填写会议链接' });
    if (new Set(v.leaderIds).size !== v.leaderIds.length) ctx.addIssue({ code: 'custom', path: ['leaderIds'], message: '接访领导重复' });
  });
export type SlotBody = z.infer<typeof slotBody>;

export const removeSlotBody = z.strictObject({ reason: optionalText(200) });
export const publishBody = z.strictObject({
  /** Publishing despite the violations shown: required when there are any. */
  confirmViolations: z.boolean().default(false),
  /** Why the plan changed: required for a republication. */
  reason: optionalText(200),
});

export const slotDto = z.object({
  id: z.number(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  placeId: z.number(),
  leaderIds: z.array(z.number()),
  capacity: z.number(),
  mode: z.enum(RECEPTION_MODES),
  meetingUrl: z.string().nullable(),
});
export type SlotDto = z.infer<typeof slotDto>;

export const violationDto = z.object({
  kind: z.enum(RECEPTION_VIOLATION_KINDS),
  /** The day concerned (week_short: the Monday of the week). */
  date: z.string(),
  planned: z.number().optional(),
  required: z.number().optional(),
  deadline: z.string().optional(),
  leaderId: z.number().optional(),
  slotId: z.number().nullable().optional(),
});

export const changeDto = z.object({
  id: z.number(),
  slotId: z.number(),
  kind: z.enum(['added', 'changed', 'removed']),
  reason: z.string(),
  changedBy: z.string(),
  changedAt: z.string(),
  publishedVersion: z.number().nullable(),
});

export const planDto = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  level: z.enum(RECEPTION_LEVELS),
  year: z.number(),
  quarter: z.number(),
  /** The latest published version; 0 while never published. */
  version: z.number(),
  publishedAt: z.string().nullable(),
  /** The last day publication is on time. */
  deadline: z.string(),
  /** False while the year's holiday arrangement is not known: the plan counts its holidays as working days. */
  calendarKnown: z.boolean(),
  /** Changes made since the last publication (or never published). */
  unpublished: z.boolean(),
  slots: z.array(slotDto),
  violations: z.array(violationDto),
  changes: z.array(changeDto),
  leaders: z.array(leaderDto),
  places: z.array(placeDto),
});

// No meeting link: whoever had it could sit in on petitioners' video receptions; it goes to those booked (约访).
export const publicSlotDto = z.object({
  id: z.number(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  placeId: z.number(),
  placeName: z.string(),
  leaders: z.array(z.string()),
  mode: z.enum(RECEPTION_MODES),
  capacity: z.number(),
});
export type PublicSlot = z.infer<typeof publicSlotDto>;

export const publicScheduleDto = z.object({
  orgId: z.number(),
  orgName: z.string(),
  places: z.array(placeDto),
  /** Each slot with its free places (capacity less the live bookings). */
  slots: z.array(publicSlotDto.extend({ free: z.number() })),
});

export const publicBodyDto = z.object({ orgId: z.number(), orgName: z.string() });
