import type { VolumeField } from '@xinfang/domain';
import type { Overview, ReportDim } from './reports.data.js';

/** Names and units of the figures as the reports print them (formal zh-CN, 条例 Art. 41). */
export const VOLUME_LABELS: { key: VolumeField; zh: string; unit: string }[] = [
  { key: 'registered', zh: '信访事项（批次）', unit: '件' },
  { key: 'persons', zh: '信访人次', unit: '人次' },
  { key: 'first_time', zh: '初次信访', unit: '件' },
  { key: 'repeat', zh: '重复信访', unit: '件' },
  { key: 'merged', zh: '合并办理', unit: '件' },
  { key: 'grouped', zh: '集体访（联名信）', unit: '批' },
  { key: 'skip_level', zh: '越级信访', unit: '件' },
  { key: 'litigation', zh: '涉法涉诉', unit: '件' },
  { key: 'major_urgent', zh: '重大紧急', unit: '件' },
  { key: 'backlog', zh: '积案', unit: '件' },
];

type WorkflowKey = keyof Overview['workflow'] & string;

/** 工作情况: routing, urging and supervising, returns, reworks, extensions, deadlines missed. */
export const WORKFLOW_LABELS: { key: WorkflowKey; zh: string; unit: string }[] = [
  { key: 'forwarded', zh: '转送', unit: '件' },
  { key: 'assigned', zh: '交办', unit: '件' },
  { key: 'urged', zh: '催办', unit: '件' },
  { key: 'supervised', zh: '督办', unit: '件' },
  { key: 'returned', zh: '退回', unit: '件' },
  { key: 'reworked', zh: '退回重办', unit: '件' },
  { key: 'extended', zh: '批准延期', unit: '件' },
  { key: 'overdue_ever', zh: '办理中曾超期', unit: '件' },
  { key: 'overdue_now', zh: '当前仍超期', unit: '件' },
];

/** The sheet and column name of each breakdown. */
export const DIM_LABELS: Record<ReportDim, string> = {
  channel: '信访形式',
  type: '信访类别',
  category1: '问题分类',
  region: '地区',
  accused: '被反映单位',
};

/** Relative change from a base (同比, 环比); none from zero. */
export const change = (value: number, base: number | null) => (base ? (value - base) / base : null);
