import { MEETING_KINDS, SUMMARY_PERIODS } from '@xinfang/domain';
import { z } from 'zod';
import { dateString, int4Id, int8Id, optionalText, requiredText } from '../../shared/validators.js';
import { clockDto } from '../deadlines/index.js';

/** 动态分析会 / 联席会议: the record, the matters discussed, and the decisions as tasks of bodies with due days. */
export const meetingBody = z.strictObject({
  kind: z.enum(MEETING_KINDS).default('analysis'),
  heldOn: dateString,
  chair: requiredText(50, '请填写会议主持人'),
  presentOrgIds: z.array(int4Id).max(50).default([]),
  disputeIds: z.array(int8Id).max(100).default([]),
  petitionIds: z.array(int8Id).max(100).default([]),
  notes: requiredText(4000, '请填写会议研判情况'),
  tasks: z
    .array(z.strictObject({ orgId: int4Id, title: requiredText(500, '请填写议定事项'), dueOn: dateString }))
    .max(50)
    .default([]),
});
export type MeetingInput = z.infer<typeof meetingBody>;

export const taskDoneBody = z.strictObject({ note: requiredText(2000, '请填写办理结果') });

export const summaryQuery = z.strictObject({ period: z.enum(SUMMARY_PERIODS).default('day'), on: dateString });
export const summaryBody = z.strictObject({ period: z.enum(SUMMARY_PERIODS), on: dateString, note: optionalText(1000) });

const org = z.object({ id: z.number(), name: z.string() });
export const meetingTaskDto = z.object({
  id: z.number(),
  meetingId: z.number(),
  org,
  title: z.string(),
  dueOn: z.string(),
  doneAt: z.date().nullable(),
  doneNote: z.string().nullable(),
  clock: clockDto.nullable(),
  /** The reader's body carries it out and may report it done. */
  mine: z.boolean(),
});
export const meetingDto = z.object({
  id: z.number(),
  org,
  kind: z.enum(MEETING_KINDS),
  heldOn: z.string(),
  chair: z.string(),
  present: z.array(org),
  disputes: z.array(z.object({ id: z.number(), number: z.string(), title: z.string() })),
  petitions: z.array(z.object({ id: z.number(), number: z.string(), title: z.string() })),
  notes: z.string(),
  tasks: z.array(meetingTaskDto),
});
export const meetingListItemDto = meetingDto.omit({ disputes: true, petitions: true, present: true });

const figures = { found: z.number(), settled: z.number(), escalated: z.number(), open: z.number(), zero: z.boolean() };
export const summaryDto = z.object({
  id: z.number(),
  orgId: z.number(),
  period: z.enum(SUMMARY_PERIODS),
  on: z.string(),
  ...figures,
  note: z.string(),
  filedAt: z.date(),
});
export const summaryDraftDto = z.object({ figures: z.object(figures), filed: summaryDto.nullable() });
export const summaryFilersDto = z.object({
  items: z.array(z.object({ org: org.extend({ kind: z.string() }), summary: summaryDto.nullable() })),
  missing: z.number(),
});
