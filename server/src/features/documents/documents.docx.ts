import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { PAGE_MARGINS_MM } from './documents.pdf.js';
import type { DocumentLayout } from './documents.render.js';

/** Twentieths of a point, the unit of Word's page and paragraph measures. */
const TWIP_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIP_PER_MM);
const A4 = { width: 11906, height: 16838 };
const BODY_HALF_PT = 32; // 三号 16 pt
export const TITLE_HALF_PT = 44; // 二号 22 pt
export const CHAR = 320; // one 三号 character in twips
/** GB/T 9704 §5.2.2: 22 lines per page, exactly 28.95 pt. */
const LINE = 579;
/** Width of the type area (156 mm) in twips. */
export const TYPE_WIDTH = A4.width - mm(PAGE_MARGINS_MM.left) - mm(PAGE_MARGINS_MM.right);
const RED = 'FF0000';

/**
 * Fonts by the names Chinese offices install (Word and WPS substitute a similar face where one is missing);
 * digits and Latin letters in Times New Roman.
 */
export const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia });
const FANGSONG = font('仿宋_GB2312');
export const XIAOBIAOSONG = font('方正小标宋简体');
export const HEITI = font('黑体');

/** Width of text in characters of the body size (Latin letters and digits count half). */
const chars = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

const empty = () => new Paragraph({ children: [] });

function pageNumber(align: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align,
        indent: align === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: 28 })],
      }),
    ],
  });
}

/** A Word file of the layout (opens in Word and WPS): A4, GB/T 9704 margins, fonts and sizes, page numbers. */
export async function renderDocx(l: DocumentLayout): Promise<Buffer> {
  const issuerHalfPt = Math.min(60, Math.floor(((TYPE_WIDTH / 20) * 2) / (chars(l.issuer) * 1.08)));
  // The date ends four characters from the right; the body's name and the seal are centred over it.
  const dateRight = 4 * CHAR;
  const centredOverDate = (s: string) => Math.max(0, Math.round(dateRight + ((chars(l.date) - chars(s)) / 2) * CHAR));

  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.max(LINE, issuerHalfPt * 14), lineRule: LineRuleType.AT_LEAST },
      children: [new TextRun({ text: l.issuer, font: XIAOBIAOSONG, size: issuerHalfPt, color: RED })],
    }),
    empty(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: RED, space: 4 } },
      children: [new TextRun({ text: l.number })],
    }),
    empty(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: l.title, font: XIAOBIAOSONG, size: TITLE_HALF_PT })],
    }),
    empty(),
    new Paragraph({ children: [new TextRun({ text: `${l.addressee}：` })] }),
    ...l.paragraphs.map(
      (p) =>
        new Paragraph({
          indent: { firstLine: 2 * CHAR, firstLineChars: 200 },
          alignment: AlignmentType.JUSTIFIED,
          children: [new TextRun({ text: p.text, ...(p.heading ? { font: HEITI } : {}) })],
        }),
    ),
    empty(),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: centredOverDate('（印章）') },
      children: [new TextRun({ text: '（印章）', color: 'C08080', size: 21 })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: centredOverDate(l.signature) },
      children: [new TextRun({ text: l.signature })],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: dateRight }, children: [new TextRun({ text: l.date })] }),
  ];

  return Packer.toBuffer(officialDocument({ creator: l.issuer, title: l.title, subject: l.number }, children));
}

/**
 * A Word document in the GB/T 9704 page (opens in Word and WPS): A4, margins, 仿宋 三号 on 22 lines a page,
 * page numbers outside (right on odd pages, left on even ones).
 */
export function officialDocument(meta: { creator: string; title: string; subject?: string }, children: FileChild[]): Document {
  return new Document({
    creator: meta.creator,
    title: meta.title,
    ...(meta.subject ? { subject: meta.subject } : {}),
    lastModifiedBy: meta.creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: FANGSONG, size: BODY_HALF_PT },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: mm(PAGE_MARGINS_MM.top),
              bottom: mm(PAGE_MARGINS_MM.bottom),
              left: mm(PAGE_MARGINS_MM.left),
              right: mm(PAGE_MARGINS_MM.right),
              // 页码 7 mm under the type area (§7.5).
              footer: mm(PAGE_MARGINS_MM.bottom - 12),
            },
          },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children,
      },
    ],
  });
}
