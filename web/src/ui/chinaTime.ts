import { chinaDateTime } from '@xinfang/domain';
import dayjs, { type Dayjs } from 'dayjs';

// Date pickers show and return wall-clock values in the browser's zone; staff pick China time. These read a
// picked value as China wall-clock time and show an instant as its China wall clock, whatever the browser's zone.

/** A picked date-time, read as China time, as an ISO instant with its offset (2026-11-28T09:30:00+08:00). */
export function pickedChinaTime(d: Dayjs): string {
  return `${d.format('YYYY-MM-DDTHH:mm:ss')}+08:00`;
}

/** The start or the end of a picked day in China, as an ISO instant (a filter's from / to). */
export function chinaDayBound(d: Dayjs, bound: 'start' | 'end'): string {
  return `${d.format('YYYY-MM-DD')}T${bound === 'start' ? '00:00:00.000' : '23:59:59.999'}+08:00`;
}

/** An instant as a picker value showing its China wall clock (now when none is given). */
export function chinaPickerValue(at: Date | string = new Date()): Dayjs {
  return dayjs(chinaDateTime(at, true));
}
