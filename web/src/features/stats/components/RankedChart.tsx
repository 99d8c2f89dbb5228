import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Chart, type ChartOption } from '../../../ui/Chart';

/** One bar or slice: its name, its count and the list behind it (none: it cannot be opened). */
export interface RankedItem {
  name: string;
  value: number;
  url: string | null;
}

interface Props {
  /** What is counted, for the tooltip and screen readers. */
  title: string;
  seriesName: string;
  items: RankedItem[];
  shape?: 'bar' | 'pie';
}

/** Items largest first as horizontal bars (or a pie); picking one opens its list of petitions. */
export function RankedChart({ title, seriesName, items, shape = 'bar' }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const option = useMemo<ChartOption>(() => {
    const data = items.map((i) => ({ name: i.name, value: i.value }));
    if (shape === 'pie')
      return {
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', name: seriesName, radius: ['35%', '65%'], data, label: { formatter: '{b}：{c}' } }],
      };
    return {
      tooltip: { trigger: 'item' },
      grid: { left: 8, right: 48, top: 8, bottom: 8 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: data.map((d) => d.name), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', name: seriesName, data, barMaxWidth: 22, label: { show: true, position: 'right' } }],
    };
  }, [items, seriesName, shape]);
  const elements = items.flatMap((i, dataIndex) =>
    i.url ? [{ seriesIndex: 0, dataIndex, label: t('stats.element', { name: i.name, value: i.value }) }] : [],
  );
  const height = shape === 'pie' ? 260 : Math.max(160, items.length * 30 + 40);
  return (
    <Chart
      option={option}
      title={title}
      height={height}
      elements={elements}
      onPick={({ dataIndex }) => {
        const url = items[dataIndex]?.url;
        if (url) void navigate(url);
      }}
    />
  );
}
