import { z } from 'zod';
import { regionsService } from './regions.service.js';

const FORMAT = /^\d{6}(\d{3})?$/;
const FORMAT_MESSAGE = '行政区划代码应为 6 位（区县及以上）或 9 位（乡镇街道）数字';
const UNKNOWN_MESSAGE = '行政区划代码不存在，请从列表中选择';

/** A division of GB/T 2260 (6 digits) or a township of GB/T 10114 (9 digits) that the table of divisions holds. */
export const regionCodeInput = z
  .string()
  .trim()
  .regex(FORMAT, FORMAT_MESSAGE)
  .refine((v) => regionsService.find(v) !== undefined, UNKNOWN_MESSAGE);

/** The same, or none (empty is none). */
export const optionalRegionCodeInput = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || FORMAT.test(v), FORMAT_MESSAGE)
  .refine((v) => v === null || !FORMAT.test(v) || regionsService.find(v) !== undefined, UNKNOWN_MESSAGE);
