import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Charts of the Word report, drawn on the server: ECharts 6 renders SVG without a browser (server-side
 * rendering), resvg (Rust, prebuilt per platform inside the npm package) turns it into a PNG, with Noto Serif SC
 * from the npm package the documents already use, so Chinese labels draw without system fonts.
 */
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, SVGRenderer]);

const require = createRequire(import.meta.url);
const FONT_FILE = require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');
const FONT_FAMILY = 'Noto Serif SC';
/** Drawn at this size in CSS pixels and rasterised at twice that, so the PNG stays sharp when printed. */
export const CHART_SIZE = { width: 640, height: 360 };
const SCALE = 2;
const COLORS = ['#3b6fb6', '#c0504d', '#9bbb59', '#8064a2', '#4bacc6', '#f79646', '#7f7f7f', '#d4a017', '#2e8b57', '#b5651d', '#708090'];

/** The chart as a PNG; rasterised on libuv's thread pool, so the server keeps answering meanwhile. */
async function toPng(option: echarts.EChartsCoreOption): Promise<Buffer> {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  let svg: string;
  try {
    chart.setOption({ animation: false, color: COLORS, textStyle: { fontFamily: FONT_FAMILY, fontSize: 13 }, ...option });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose(); // an undisposed chart keeps a timer that holds the process open
  }
  const image = await renderAsync(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: SCALE },
    font: { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return image.asPng();
}

/** Bars of petitions (批次) and a line of persons (人次) per bucket of the period. */
export function trendChart(labels: string[], registered: number[], persons: number[]): Promise<Buffer> {
  return toPng({
    legend: { top: 0, data: ['批次', '人次'] },
    grid: { left: 48, right: 24, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '批次', type: 'bar', data: registered, barMaxWidth: 36 },
      { name: '人次', type: 'line', data: persons, symbolSize: 5 },
    ],
  });
}

/** Shares of a whole (e.g. petitions by channel), labelled with name and percentage. */
export function pieChart(rows: { label: string; value: number }[]): Promise<Buffer> {
  return toPng({
    series: [
      {
        type: 'pie',
        radius: ['0%', '62%'],
        percentPrecision: 1,
        center: ['50%', '52%'],
        data: rows.filter((r) => r.value > 0).map((r) => ({ name: r.label, value: r.value })),
        label: { formatter: '{b}\n{d}%', fontSize: 13 },
      },
    ],
  });
}

/** Horizontal bars, largest on top (e.g. the categories complained about most). */
export function rankingChart(rows: { label: string; value: number }[]): Promise<Buffer> {
  const top = rows.slice(0, 10).reverse();
  return toPng({
    grid: { left: 8, right: 48, top: 16, bottom: 16, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((r) => r.label) },
    series: [{ type: 'bar', data: top.map((r) => r.value), barMaxWidth: 24, label: { show: true, position: 'right' } }],
  });
}
