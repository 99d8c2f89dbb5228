import {
  DUTY_MAX_OFFICERS,
  DUTY_ROLES,
  DUTY_SHIFT_KINDS,
  DUTY_SWAP_STATES,
  PETITION_STATUSES,
  RECEPTION_MODES,
  UNAVAILABILITY_KINDS,
} from '@xinfang/domain';
import { z } from 'zod';
import { dateString, int4Id, int4IdParam, optionalText, requiredText } from '../../shared/validators.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式为 HH:MM（24 小时制）');
const people = z.array(int4Id).max(100);

export const dutyOrgQuery = z.strictObject({ orgId: int4IdParam });
export const dutyOrgParams = z.strictObject({ orgId: int4IdParam });

export const dutySettingsBody = z
  .strictObject({
    rotation: z.strictObject({ leader: people, manager: people, officer: people }),
    officersPerShift: z.number().int().min(1).max(DUTY_MAX_OFFICERS),
    roundTheClock: z.boolean(),
    dayStart: time,
    dayEnd: time,
  })
  .superRefine((v, ctx) => {
    if (v.dayEnd <= v.dayStart) ctx.addIssue({ code: 'custom', path: ['dayEnd'], message: '结束时间须晚于开始时间' });
    for (const role of DUTY_ROLES)
      if (new Set(v.rotation[role]).size !== v.rotation[role].length)
        ctx.addIssue({ code: 'custom', path: ['rotation', role], message: '轮值名单中有重复人员' });
  });
export type DutySettingsBody = z.infer<typeof dutySettingsBody>;

const personDto = z.object({ id: z.number(), name: z.string() });
export const dutySettingsDto = z.object({
  orgId: z.number(),
  rotation: z.object({ leader: z.array(z.number()), manager: z.array(z.number()), officer: z.array(z.number()) }),
  officersPerShift: z.number(),
  roundTheClock: z.boolean(),
  dayStart: z.string(),
  dayEnd: z.string(),
  updatedAt: z.string(),
});

export const generateRosterBody = z.strictObject({ orgId: int4Id, from: dateString, to: dateString });
export const rosterQuery = z.strictObject({ orgId: int4IdParam, from: dateString, to: dateString });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式为 YYYY-MM');
export const rosterFileQuery = z.strictObject({ orgId: int4IdParam, month });
export const monthQuery = z.strictObject({ month });

export const shiftDto = z.object({
  id: z.number(),
  orgId: z.number(),
  date: z.string(),
  role: z.enum(DUTY_ROLES),
  kind: z.enum(DUTY_SHIFT_KINDS),
  /** China time, YYYY-MM-DD HH:MM. */
  startsAt: z.string(),
  endsAt: z.string(),
  userId: z.number(),
  userName: z.string(),
});
export type ShiftDto = z.infer<typeof shiftDto>;

export const swapBody = z.strictObject({
  shiftId: int4Id,
  colleagueId: int4Id,
  /** The colleague's shift taken in exchange; null when the colleague only takes the shift over. */
  counterShiftId: int4Id.nullish().transform((v) => v ?? null),
  reason: requiredText(200, '请说明换班原因'),
});
export type SwapBody = z.infer<typeof swapBody>;
export const decideBody = z.strictObject({ note: optionalText(200) });

export const swapDto = z.object({
  id: z.number(),
  orgId: z.number(),
  shiftId: z.number(),
  shiftDate: z.string(),
  shiftRole: z.enum(DUTY_ROLES),
  counterShiftId: z.number().nullable(),
  counterDate: z.string().nullable(),
  requester: personDto,
  colleague: personDto,
  reason: z.string(),
  state: z.enum(DUTY_SWAP_STATES),
  decidedBy: personDto.nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const rosterDto = z.object({
  settings: dutySettingsDto.nullable(),
  people: z.array(personDto),
  shifts: z.array(shiftDto),
  swaps: z.array(swapDto),
});

export const ownedMatterDto = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  status: z.enum(PETITION_STATUSES),
  registeredAt: z.string(),
  shiftId: z.number(),
});
export const shiftOwnerDto = z.object({
  userId: z.number(),
  name: z.string(),
  shiftId: z.number(),
  startsAt: z.string(),
  endsAt: z.string(),
});

export const myCalendarDto = z.object({
  receptions: z.array(
    z.object({
      id: z.number(),
      date: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      mode: z.enum(RECEPTION_MODES),
      orgName: z.string(),
      placeName: z.string(),
    }),
  ),
  shifts: z.array(shiftDto),
  unavailability: z.array(
    z.object({ id: z.number(), from: z.string(), to: z.string(), kind: z.enum(UNAVAILABILITY_KINDS), note: z.string() }),
  ),
});
