import { chinaDate, longDate } from '@xinfang/domain';
import { AppError, fieldError } from '../../errors.js';
import { KINDS, variablesOf, type DocumentKind } from './documents.kinds.js';

/** What both the Word and the PDF file are made from (GB/T 9704-2012 elements, top to bottom). */
export interface DocumentLayout {
  /** 发文机关标志 (red, centred) */
  issuer: string;
  /** 发文字号, e.g. 临信访受〔2026〕3号 */
  number: string;
  /** 标题 */
  title: string;
  /** 主送: the petitioner or the receiving body, written with a full-width colon after it. */
  addressee: string;
  /** 正文 paragraphs; headings (一、…) are set in 黑体. */
  paragraphs: { text: string; heading: boolean }[];
  /** 发文机关署名 */
  signature: string;
  /** 成文日期 in Chinese numerals */
  date: string;
}

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Checks a template of a kind: every {{variable}} is one the kind offers and the ones the law requires are kept.
 * Throws 400 naming the variable.
 */
export function checkTemplate(kind: DocumentKind, body: string): void {
  const known = new Set(variablesOf(kind).map((v) => v.name));
  const used = new Set<string>();
  for (const m of body.matchAll(TOKEN)) {
    const name = m[1]!;
    if (!known.has(name))
      throw new AppError('template_variable_unknown', {
        variable: name,
        fields: [{ path: 'body', message: `模板中的变量“{{${name}}}”不存在，请从可用变量中选择` }],
      });
    used.add(name);
  }
  if (body.replace(TOKEN, '').match(/\{\{|\}\}/)) throw fieldError('body', '模板中的“{{”和“}}”应成对出现，变量写作 {{变量名}}');
  const missing = KINDS[kind].required.find((name) => !used.has(name));
  if (missing)
    throw new AppError('template_variable_required', {
      variable: missing,
      fields: [{ path: 'body', message: `该文书必须包含变量“{{${missing}}}”（法定内容）` }],
    });
}

/** Fills a template in one pass (a value containing {{…}} stays as written); missing values print as ——. */
export function fillTemplate(body: string, values: Record<string, string>): string {
  return body.replace(TOKEN, (_, name: string) => {
    const v = values[name];
    return v === undefined || v === '' ? '——' : v;
  });
}

const HEADING = /^[一二三四五六七八九十]+、[^。！？；]{1,30}$/;

/** The body text as paragraphs: one per non-empty line. */
export function paragraphsOf(text: string): DocumentLayout['paragraphs'] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ text: l, heading: HEADING.test(l) }));
}

/** The document as plain text, as stored and searched. */
export function plainText(l: DocumentLayout): string {
  return [l.issuer, l.number, l.title, `${l.addressee}：`, ...l.paragraphs.map((p) => p.text), l.signature, l.date].join('\n');
}

/** A date in a document, 成文日期 included: 2026-11-28 → 2026年11月28日 (GB/T 9704-2012 §7.3.5 uses Arabic numerals). */
export { longDate as textDate } from '@xinfang/domain';

/**
 * What a repeat of a final matter is declined with (条例 Art. 36): the 不再受理告知书, naming the final matter, the
 * body whose 复核 made it final and the day, instead of a statutory route.
 */
export function finalNotice(final: { number: string; final_at: Date | null; final_org_name: string | null }, reason: string) {
  return {
    kind: 'final_notice' as const,
    values: {
      reason: sentence(reason),
      finalNumber: final.number,
      finalOrg: final.final_org_name ?? '复核机关',
      finalDate: final.final_at ? longDate(chinaDate(final.final_at)) : '——',
    },
  };
}

/** 发文字号: 机关代字 + kind code + 〔year〕 + seq + 号, brackets full-width (GB/T 9704-2012 §7.2.4). */
export function documentNumber(prefix: string, kind: DocumentKind, year: number, seq: number): string {
  return `${prefix}${KINDS[kind].code}〔${year}〕${seq}号`;
}

/** Free text that a template reads as a sentence: ends with Chinese terminal punctuation. */
export function sentence(s: string | null | undefined): string {
  const t = (s ?? '').trim();
  if (!t) return '';
  return /[。！？；…”」）)]$/.test(t) ? t : `${t}。`;
}

/**
 * Content-Disposition for a download with a Chinese name: an ASCII fallback and the UTF-8 name encoded by
 * RFC 5987 / RFC 6266 (encodeURIComponent leaves ' ( ) * unencoded, which attr-char does not allow).
 */
export function contentDisposition(filename: string, fallback: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The query code is a secret kept only as its hash (shown once): the filed 受理凭证 carries this in its place, and
 * the copy printed at registration or reissue puts the code there (receipt, below).
 */
export const QUERY_CODE_WITHHELD = '（登记时当面告知，存档文书不留存）';

/** The filed receipt's layout with the code in the place the filed copy keeps for it. */
export const withQueryCode = (l: DocumentLayout, code: string): DocumentLayout => ({
  ...l,
  paragraphs: l.paragraphs.map((p) => ({ ...p, text: p.text.replaceAll(QUERY_CODE_WITHHELD, code) })),
});

/** Where petitioners follow their matter online: the portal under the public address, else the portal named. */
export const portalAddressOf = (publicUrl: string | undefined) => (publicUrl ? new URL('/portal', publicUrl).href : '本机关网上信访平台');
