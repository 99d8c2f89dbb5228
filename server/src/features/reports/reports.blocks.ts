import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import { CHAR, font, HEITI, TITLE_HALF_PT, TYPE_WIDTH, XIAOBIAOSONG } from '../documents/index.js';

/** The building blocks of the Word reports (the statistics report, the reception compliance report). */
export const KAITI = font('楷体_GB2312');
/** Tables in 五号 (10.5 pt), so eight columns fit the 156 mm type area. */
const TABLE_HALF_PT = 21;

/** The blocks of the report, GB/T 9704 style: 一、 in 黑体, （一） in 楷体, text in 仿宋 indented two characters. */
export const body = (text: string) =>
  new Paragraph({ indent: { firstLine: 2 * CHAR }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text })] });
const heading = (text: string, face: ReturnType<typeof font>) =>
  new Paragraph({ indent: { firstLine: 2 * CHAR }, keepNext: true, children: [new TextRun({ text, font: face })] });
export const heading1 = (text: string) => heading(text, HEITI);
export const heading2 = (text: string) => heading(text, KAITI);
/** Tables and pictures stay off the text's fixed line grid, which would clip them. */
export const free = { line: 240, lineRule: LineRuleType.AUTO } as const;
export const caption = (text: string, keepNext: boolean) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext,
    spacing: { ...free, before: 120, after: keepNext ? 0 : 120 },
    children: [new TextRun({ text, font: HEITI, size: 24 })],
  });

/** A table across the type area; column widths in proportion to `weights`; the header repeats on each page. */
export function table(headers: string[], rows: string[][], weights: number[]): Table {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TYPE_WIDTH * w) / total));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      verticalAlign: VerticalAlign.CENTER,
      width: { size: widths[i]!, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
          spacing: { ...free, before: 30, after: 30 },
          children: [new TextRun({ text, size: TABLE_HALF_PT, ...(header ? { font: HEITI } : {}) })],
        }),
      ],
    });
  return new Table({
    width: { size: TYPE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

/** The title in 小标宋 and, under it, its period in 楷体, then a blank line. */
export function titleBlock(title: string, subtitle: string): FileChild[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: title, font: XIAOBIAOSONG, size: TITLE_HALF_PT })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: subtitle, font: KAITI })] }),
    new Paragraph({ children: [] }),
  ];
}

/** 落款: the issuing body and the date (in Chinese figures), right-aligned four characters in, kept together. */
export function signature(issuer: string, date: string): FileChild[] {
  const line = (text: string, keepNext: boolean) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, keepNext, indent: { right: 4 * CHAR }, children: [new TextRun({ text })] });
  return [new Paragraph({ keepNext: true, children: [] }), line(issuer, true), line(date, false)];
}
