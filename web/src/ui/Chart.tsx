import { BarChart, LineChart, PieChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as install, type ComposeOption, type ECElementEvent, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the statistics draw: the rest of ECharts stays out of the bundle. SVG draws each bar as a DOM element.
install([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** One element of a series (a bar, a point, a slice). */
export interface ChartElement {
  seriesIndex: number;
  dataIndex: number;
}

interface Props {
  option: ChartOption;
  /** What the chart shows, for screen readers. */
  title: string;
  height?: number;
  /** The elements that can be picked, each also a button for the keyboard (shown when it has the focus). */
  elements?: (ChartElement & { label: string })[];
  onPick?: (element: ChartElement) => void;
}

const PALETTE = ['#b71c1c', '#1f5fa8', '#d48806', '#389e0d', '#722ed1', '#08979c', '#c41d7f', '#595959', '#ad4e00', '#0050b3'];
const CSS = `.xf-chart-keys button:not(:focus) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }`;

/** An ECharts chart that follows its box's size; clicking an element (or its button) picks it. */
export function Chart({ option, title, height = 280, elements, onPick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const c = init(box.current!, undefined, { renderer: 'svg' });
    c.on('click', (e: ECElementEvent) => {
      if (e.componentType === 'series') pick.current?.({ seriesIndex: e.seriesIndex ?? 0, dataIndex: e.dataIndex });
    });
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(box.current!);
    chart.current = c;
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ color: PALETTE, ...option }, { notMerge: true });
  }, [option]);

  return (
    <figure style={{ margin: 0 }}>
      <div ref={box} role="img" aria-label={title} style={{ height, width: '100%' }} />
      {elements && onPick && (
        <div className="xf-chart-keys">
          <style>{CSS}</style>
          {elements.map((e) => (
            <button key={`${e.seriesIndex}-${e.dataIndex}`} type="button" onClick={() => onPick(e)}>
              {e.label}
            </button>
          ))}
        </div>
      )}
    </figure>
  );
}
