import {
  CHANNEL_ZH,
  CLOCK_UNIT_ZH,
  DEADLINE_GRADE_ZH,
  DECLINE_ROUTE_ZH,
  DELIVERY_METHOD_ZH,
  DELIVERY_RESULT_ZH,
  FLAG_ZH,
  ID_TYPE_ZH,
  ORG_KIND_ZH,
  OUTCOME_ZH,
  OWNERSHIP_ITEM_ZH,
  RATE_ZH,
  RATING_ZH,
  RECORD_KIND_ZH,
  ROLE_ZH,
  STATUS_ZH,
  TYPE_ZH,
} from '@xinfang/domain';
import type { z } from 'zod';

/**
 * zod's built-in checks in formal Chinese, for the fields a person filled in: what is expected, in words (the
 * labels of an enumeration, not its codes). zod's own Chinese locale prints type names and raw codes
 * ("期望 date，实际接收 Date", "期望以下之一 "support"|…"). Messages a schema states itself take precedence.
 */

type Issue = z.core.$ZodRawIssue;

/** The vocabulary's labelled enumerations: an enum error names the choices by these labels. */
const LABELS: readonly Record<string, string>[] = [
  CHANNEL_ZH,
  TYPE_ZH,
  STATUS_ZH,
  ID_TYPE_ZH,
  FLAG_ZH,
  ORG_KIND_ZH,
  ROLE_ZH,
  RATE_ZH,
  RATING_ZH,
  DEADLINE_GRADE_ZH,
  CLOCK_UNIT_ZH,
  DECLINE_ROUTE_ZH,
  RECORD_KIND_ZH,
  OUTCOME_ZH,
  DELIVERY_METHOD_ZH,
  DELIVERY_RESULT_ZH,
  OWNERSHIP_ITEM_ZH,
];

const TYPE_WORDS: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '“是”或“否”',
  array: '列表',
  object: '对象',
  date: '日期',
  null: '空值',
  nan: '数字',
};

const FORMAT_WORDS: Partial<Record<string, string>> = {
  email: '电子邮件地址格式不正确',
  date: '日期格式为 YYYY-MM-DD',
  datetime: '日期时间格式不正确（如 2026-11-28T09:30:00+08:00）',
};

/** The choices of an enumeration in words: its labels when the vocabulary has them (the exact set first). */
function choices(values: readonly unknown[]): string {
  const keys = values.map(String);
  const fits = (m: Record<string, string>) => keys.every((k) => k in m);
  const map = LABELS.find((m) => fits(m) && Object.keys(m).length === keys.length) ?? LABELS.find(fits);
  return keys.map((k) => `“${map ? map[k] : k}”`).join('、');
}

function sizeWords(issue: { origin?: string; inclusive?: boolean }, n: number | bigint, bound: 'max' | 'min'): string {
  const max = bound === 'max';
  const origin = issue.origin ?? '';
  if (origin === 'string') return max ? `最多${n}个字` : Number(n) === 1 ? '不能为空' : `至少${n}个字`;
  if (origin === 'array' || origin === 'set') return max ? `最多${n}项` : `至少${n}项`;
  if (origin === 'file') return max ? `文件不能超过${n}字节` : `文件至少${n}字节`;
  if (origin === 'date') return max ? '日期太晚' : '日期太早';
  if (!issue.inclusive) return max ? `应小于${n}` : `应大于${n}`;
  return max ? `不能大于${n}` : `不能小于${n}`;
}

/** The Chinese message of one zod issue. */
export function zhIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '必填';
      if (issue.expected === 'date') return '日期无效，请填写实际存在的日期';
      return `应为${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `只能为${choices(issue.values)}` : `应为以下之一：${choices(issue.values)}`;
    case 'too_big':
      return sizeWords(issue, issue.maximum, 'max');
    case 'too_small':
      return sizeWords(issue, issue.minimum, 'min');
    case 'invalid_format':
      return FORMAT_WORDS[issue.format] ?? '格式不正确';
    case 'not_multiple_of':
      return `应为${String(issue.divisor)}的倍数`;
    case 'unrecognized_keys':
      return `不允许的字段：${issue.keys.join('、')}`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return '内容不符合要求';
  }
}
