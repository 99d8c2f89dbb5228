import dayjs from 'dayjs';

/** 2026-11-28, or an empty string. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : '';
}

/** 2026-11-28 09:30:00, or an empty string. */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '';
}

/** 2026年11月28日 (documents, DOMAIN §7), or an empty string. */
export function formatChineseDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY年M月D日') : '';
}

/** A ratio as a percentage with one decimal (0.923 → 92.3%); — when there is none (a zero denominator). */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? '—' : `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}
