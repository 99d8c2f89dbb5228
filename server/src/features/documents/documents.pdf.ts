import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create as parseFont } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { DocumentLayout } from './documents.render.js';

/**
 * The Chinese font embedded in the PDFs comes from npm, so it is there wherever `npm ci` ran (a user's
 * machine has Node and npm, no system CJK fonts). @expo-google-fonts/noto-serif-sc 0.4.3 (pinned in
 * package.json) ships Noto Serif SC as static TrueType files (SIL OFL 1.1): 30 920 glyphs, so rare characters
 * in names (喆, 堃, 珺) print, and a serif (宋体-like) face is closest to the 仿宋 and 小标宋 of official
 * documents. Checked on Node 20 with pdfkit 0.20 / fontkit 2.0: subsets embed as CIDFontType2 with a
 * ToUnicode map, so the text is searchable and extractable. Rejected: @embedpdf/fonts-sc (Noto Sans, a
 * 黑体-like face; CFF subsets came out three times larger and twice as slow), @fontsource/* (split web fonts).
 */
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

type Fonts = Record<keyof typeof FONT_FILES, ReturnType<typeof parseFont>>;
let fonts: Fonts | undefined;

/** Parsed once per process (the two font files are large: docs/PERFORMANCE.md § Measurements behind code choices), then shared by every document. */
function loadFonts(): Fonts {
  fonts ??= {
    regular: parseFont(readFileSync(require.resolve(FONT_FILES.regular))),
    bold: parseFont(readFileSync(require.resolve(FONT_FILES.bold))),
  };
  return fonts;
}

const MM = 72 / 25.4;
/** GB/T 9704-2012 §5.2.1: 天头 37 mm, 订口 28 mm; the type area 156 × 225 mm leaves 26 mm right and 35 mm bottom. */
export const PAGE_MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
const BODY = 16; // 三号
const TITLE = 22; // 二号
/** §5.2.2: 22 lines of 28 characters per page. */
const LINE = 28.95;
const RED = '#FF0000';

/** A PDF of the layout: A4, GB/T 9704 margins and type sizes, the Chinese font embedded (subset). */
export async function renderPdf(l: DocumentLayout, issuedAt: Date): Promise<Buffer> {
  const f = loadFonts();
  const m = PAGE_MARGINS_MM;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: m.top * MM, bottom: m.bottom * MM, left: m.left * MM, right: m.right * MM },
    bufferPages: true,
    info: { Title: l.title, Author: l.issuer, Subject: l.number, CreationDate: issuedAt, ModDate: issuedAt },
    lang: 'zh-CN',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('regular', f.regular as never);
  doc.registerFont('bold', f.bold as never);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const gap = (font: string, size: number) => LINE - doc.font(font).fontSize(size).currentLineHeight(true);
  // 28 characters to the line (§5.2.2): the type area is a little narrower than 28 × 16 pt.
  const characterSpacing = width / 28 - BODY - 0.01;

  // 版头: 发文机关标志 (red), 发文字号, the red rule under it.
  const issuerSize = Math.min(30, Math.floor(width / (l.issuer.length * 1.08)));
  doc.font('bold').fontSize(issuerSize).fillColor(RED).text(l.issuer, left, doc.y, { width, align: 'center' });
  doc.moveDown(1);
  doc.font('regular').fontSize(BODY).fillColor('black').text(l.number, left, doc.y, { width, align: 'center' });
  const ruleY = doc.y + 6;
  doc
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(1)
    .strokeColor(RED)
    .stroke();
  doc.y = ruleY + LINE;

  // 标题 and 主送.
  doc
    .font('bold')
    .fontSize(TITLE)
    .fillColor('black')
    .text(l.title, left, doc.y, { width, align: 'center', lineGap: gap('bold', TITLE) });
  doc.y += LINE / 2;
  doc
    .font('regular')
    .fontSize(BODY)
    .text(`${l.addressee}：`, left, doc.y, { width, characterSpacing, lineGap: gap('regular', BODY) });

  // 正文: first line indented two characters; headings 一、… in the bold face (黑体 in the Word file).
  for (const p of l.paragraphs) {
    const font = p.heading ? 'bold' : 'regular';
    doc
      .font(font)
      .fontSize(BODY)
      .text(p.text, left, doc.y, { width, indent: 2 * (BODY + characterSpacing), characterSpacing, lineGap: gap(font, BODY) });
  }

  // 署名 and 成文日期: the date four characters from the right, the body's name centred over it; the seal over both.
  doc.font('regular').fontSize(BODY);
  const dateWidth = doc.widthOfString(l.date);
  const sigWidth = doc.widthOfString(l.signature);
  const sealR = 21 * MM;
  if (doc.y + 2 * LINE + LINE * 2 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const sigY = doc.y + 2 * LINE;
  const dateX = left + width - 4 * BODY - dateWidth;
  const centre = dateX + dateWidth / 2;
  doc.text(l.signature, Math.max(left, centre - sigWidth / 2), sigY, { lineBreak: false });
  doc.text(l.date, dateX, sigY + LINE, { lineBreak: false });
  const sealY = sigY + LINE / 2 + 4;
  doc.save().circle(centre, sealY, sealR).dash(3, { space: 3 }).lineWidth(0.6).strokeColor('#E0A0A0').stroke().restore();
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#C08080')
    .text('（印章）', centre - 20, sealY - sealR + 8, { width: 40, align: 'center', lineBreak: false });

  // 页码 (§7.5): “— n —”, 4号, 7 mm under the type area; odd pages right, even pages left, one character in.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const label = `— ${i + 1} —`;
    doc.font('regular').fontSize(14).fillColor('black');
    const w = doc.widthOfString(label);
    const x = (i + 1) % 2 === 1 ? left + width - 14 - w : left + 14;
    doc.text(label, x, doc.page.height - bottom + 7 * MM, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
