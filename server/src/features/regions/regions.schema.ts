import { z } from 'zod';
import { regionsService } from './regions.service.js';

const FORMAT = /^\d{6}(\d{3}(\d{3})?)?$/;
const FORMAT_MESSAGE = '行政区划代码应为 6 位（区县及以上）、9 位（乡镇街道）或 12 位（村、社区）数字';

/** A region code's form only, or none: for a body's region, whose existence its service checks (region_code_unknown). */
export const optionalRegionCodeFormat = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || FORMAT.test(v), FORMAT_MESSAGE);
const UNKNOWN_MESSAGE = '行政区划代码不存在，请从列表中选择';

/** A division (6 digits), a township (9) or a village (12, 统计用区划代码) that the table of divisions holds. */
export const regionCodeInput = z
  .string()
  .trim()
  .regex(FORMAT, FORMAT_MESSAGE)
  .refine((v) => regionsService.find(v) !== undefined, UNKNOWN_MESSAGE);

/** The same, or none (empty is none). */
export const optionalRegionCodeInput = optionalRegionCodeFormat.refine(
  (v) => v === null || !FORMAT.test(v) || regionsService.find(v) !== undefined,
  UNKNOWN_MESSAGE,
);
