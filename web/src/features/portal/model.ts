import {
  chinaDate,
  chinaDateTime as chinaDateTimeOf,
  isValidChineseId,
  MAX_CONTENT_LENGTH,
  MAX_TITLE_LENGTH,
  PETITION_STATUSES,
  PHONE_PATTERN,
  type PetitionType,
  DECISION_STAGES,
  DECLINE_ROUTES,
  DECISION_OUTCOMES,
  DELIVERY_METHODS,
  PUBLIC_EVENT_KINDS,
  mayBeAnonymous,
  dueLong,
  dueShort,
} from '@xinfang/domain';
import type {
  PortalChallenge,
  PortalSolution,
  PublicDecision,
  PublicTimelineEntry,
  SubmitPayload,
  SubmitResult,
  UploadRef,
} from './api/types';
import type { Translate } from './i18n';

export type { Translate };

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;
const instant = (value: string | null | undefined): Date | null => {
  const d = value ? new Date(value) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

/** The calendar day in China of an instant, 2026-11-28; a plain date (2026-11-28) stays as it is. */
export function chinaDay(value: string | null | undefined): string {
  if (value && PLAIN_DAY.test(value)) return value;
  const d = instant(value);
  return d ? chinaDate(d) : (value ?? '');
}

/** An instant in China time, 2026-11-28 09:30. */
export function chinaDateTime(value: string | null | undefined): string {
  const d = instant(value);
  return d ? chinaDateTimeOf(d, false) : (value ?? '');
}

/** A due time as the petitioner reads it: 2027年2月4日 in Chinese, 2027-02-04 24:00 in English. */
export function portalDue(at: string, language: string): string {
  return language === 'en' ? dueShort(at) : dueLong(at);
}

/** Statuses the portal has a sentence for (all of them); anything else is shown by its code. */
export const PORTAL_STATUSES = PETITION_STATUSES;

type Standing = { status: string; body: { name: string }; review?: { body: string | null } };

/**
 * The body that holds the matter now. During 复查 / 复核 that is the body reviewing it (the server names it as
 * `body` too; the review block is the fallback).
 */
export function holderOf(p: Standing): string {
  if ((p.status === 'in_review' || p.status === 'in_reexamination') && p.review?.body) return p.review.body;
  return p.body.name;
}

/** Where the matter stands, in one plain sentence naming the body that holds it. */
export function statusSentence(p: Standing, t: Translate): string {
  if (!(PORTAL_STATUSES as readonly string[]).includes(p.status)) return t('status.unknown', { status: p.status });
  return t(`status.${p.status}`, { body: holderOf(p) });
}

/** Clocks the portal names in plain words (policies.ts keys); others keep the server's label. */
export const DEADLINE_KEYS = [
  'decide',
  'accept_forwarded',
  'object',
  'handle',
  'handle_assigned',
  'verify',
  'review_request',
  'review_decide',
  'reexamination_request',
  'reexamination_decide',
] as const;

/** What a deadline is for, in the petitioner's words and language. */
export function deadlineLabel(d: { key: string; label: string }, t: Translate): string {
  return (DEADLINE_KEYS as readonly string[]).includes(d.key) ? t(`deadlines.${d.key}`) : d.label;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const oneOf = (v: unknown, allowed: readonly string[], fallback: string): string =>
  typeof v === 'string' && allowed.includes(v) ? v : fallback;

/** One public event as a plain sentence: who did what, where the matter went, what was decided. */
export function timelineSentence(e: PublicTimelineEntry, t: Translate): string {
  const body = e.body ?? t('timeline.someBody');
  const toBody = e.toBody ?? t('timeline.someBody');
  const d = e.detail ?? {};
  const document = t(`documentNames.${oneOf(d.stage, DECISION_STAGES, 'handling')}`);
  switch (e.kind) {
    case 'decline': {
      const route = t(`routes.${oneOf(d.route, DECLINE_ROUTES, 'other')}`);
      const reason = text(d.reason);
      return t(reason ? 'timeline.declineWithReason' : 'timeline.decline', { body, route, reason });
    }
    case 'approveExtension':
      if (d.approve === false) return t('timeline.extensionRefused', { body });
      return t(text(d.reason) ? 'timeline.approveExtensionWithReason' : 'timeline.approveExtension', {
        body,
        days: text(d.days) || '—',
        reason: text(d.reason),
      });
    case 'decide':
      return t(
        typeof d.outcome === 'string' && (DECISION_OUTCOMES as readonly string[]).includes(d.outcome)
          ? 'timeline.decideWithOutcome'
          : 'timeline.decide',
        {
          body,
          document,
          outcome: t(`outcomes.${oneOf(d.outcome, DECISION_OUTCOMES, 'explain')}`),
        },
      );
    case 'deliver': {
      const method =
        typeof d.method === 'string' && (DELIVERY_METHODS as readonly string[]).includes(d.method) ? t(`deliveryMethods.${d.method}`) : '';
      return t(method ? 'timeline.deliverBy' : 'timeline.deliver', { body, document, method });
    }
    case 'forward':
    case 'assign':
    case 'insist':
      return t(`timeline.${e.kind}`, { body, toBody });
    default:
      if ((PUBLIC_EVENT_KINDS as readonly string[]).includes(e.kind)) return t(`timeline.${e.kind}`, { body });
      return t('timeline.other', { body, kind: e.kind });
  }
}

/**
 * The remedy sentence under a decision (条例 Arts. 32, 35, 36): a handling decision names 复查, a review decision
 * 复核, each at the body the decision names within thirty days; a re-examination decision closes the matter.
 */
export function reviewRouteSentence(d: Pick<PublicDecision, 'stage' | 'reviewBody'>, t: Translate): string {
  if (d.stage === 'reexamination') return t('reviewRoute.final');
  const body = d.reviewBody ?? t('reviewRoute.higherBody');
  return t(d.stage === 'review' ? 'reviewRoute.reexamination' : 'reviewRoute.review', { body });
}

/** The lines of the receipt a petitioner keeps after submitting: number, query code, where, when, how to follow. */
export function receiptLines(r: SubmitResult & { title: string }, trackUrl: string, t: Translate): { label: string; value: string }[] {
  return [
    { label: t('receipt.number'), value: r.number },
    { label: t('receipt.queryCode'), value: r.queryCode },
    { label: t('receipt.subject'), value: r.title },
    { label: t('receipt.body'), value: r.body },
    { label: t('receipt.receivedAt'), value: chinaDateTime(r.receivedAt) },
    { label: t('receipt.trackAt'), value: trackUrl },
  ];
}

/** The receipt as plain text (for copying). */
export function receiptText(r: SubmitResult & { title: string }, trackUrl: string, t: Translate): string {
  return [t('receipt.title'), '', ...receiptLines(r, trackUrl, t).map((l) => `${l.label}：${l.value}`), '', t('receipt.keep')].join('\n');
}

/** The submission form's values. */
export interface SubmitValues {
  type?: PetitionType;
  title?: string;
  content?: string;
  /** 问题类别 as suggested and chosen; null or absent: not sure (the staff decide). */
  categoryId?: number | null;
  /** The chosen divisions from province down; the last one is the place. */
  place?: string[];
  placeAddress?: string;
  /** For an accusation: the person accused (or the body, in words). */
  accusedPerson?: string;
  /** For an accusation: the accused body from the directory; null when not sure. */
  accusedOrgId?: number | null;
  anonymous?: boolean;
  name?: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  notifySms?: boolean;
  notifyEmail?: boolean;
}

/** What the check-your-answers page shows besides the values: names of what the form holds as codes. */
export interface SubmitNames {
  place: string[];
  accusedOrg: string | null;
  category: string | null;
}

/** The form fields, in the form's order (the error summary lists them so; server field errors land on these). */
export const SUBMIT_FIELDS = [
  'type',
  'title',
  'content',
  'categoryId',
  'place',
  'placeAddress',
  'accusedOrgId',
  'accusedPerson',
  'anonymous',
  'name',
  'phone',
  'idNumber',
  'email',
] as const;
export type SubmitField = (typeof SUBMIT_FIELDS)[number];
export type SubmitErrors = Partial<Record<SubmitField, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The form's own checks, before anything is sent: the message of each field at fault. */
export function checkSubmit(v: SubmitValues, t: Translate): SubmitErrors {
  const e: SubmitErrors = {};
  if (!v.type) e.type = t('submit.typeRule');
  const title = v.title?.trim() ?? '';
  if (!title) e.title = t('submit.titleRequired');
  else if (title.length < 4 || title.length > MAX_TITLE_LENGTH) e.title = t('submit.titleRule', { max: MAX_TITLE_LENGTH });
  if ((v.content?.trim().length ?? 0) < 10 || charCount(v.content) > MAX_CONTENT_LENGTH)
    e.content = t('submit.contentRule', { max: MAX_CONTENT_LENGTH });
  if (!placeComplete(v.place)) e.place = t('submit.placeRule');
  // A person, or a body picked from the directory: one of them is needed.
  if (v.type === 'accusation' && !v.accusedPerson?.trim() && !v.accusedOrgId) e.accusedPerson = t('submit.accusedPersonRule');
  if (!(v.anonymous && mayBeAnonymous(v.type))) {
    if (!v.name?.trim()) e.name = t('submit.nameRule');
    const phone = v.phone?.replace(/\s+/g, '') ?? '';
    if (!phone) e.phone = t('submit.phoneRequired');
    else if (!PHONE_PATTERN.test(phone)) e.phone = t('submit.phoneRule');
    const id = v.idNumber?.trim().toUpperCase();
    if (id && !isValidChineseId(id)) e.idNumber = t('submit.idNumberRule');
    if (v.email?.trim() && !EMAIL.test(v.email.trim())) e.email = t('submit.emailRule');
  }
  return e;
}

/** A place is precise enough from the county (third level) down. */
export const placeComplete = (place: readonly string[] | undefined): boolean => (place?.length ?? 0) >= 3;

/** Whether the type allows an anonymous petition (suggestions and accusations only). */
const blankToNull = (v: string | undefined): string | null => {
  const s = v?.trim() ?? '';
  return s ? s : null;
};

/** The request body of POST /api/public/petitions: trimmed, blanks as null, no identity when anonymous. */
export function buildSubmitPayload(
  v: SubmitValues,
  proof: { challenge: PortalChallenge; solution: PortalSolution },
  attachments: UploadRef[],
): SubmitPayload {
  const anonymous = !!v.anonymous && mayBeAnonymous(v.type);
  return {
    challenge: proof.challenge,
    solution: { counter: proof.solution.counter, derivedKey: proof.solution.derivedKey },
    type: v.type!,
    title: v.title?.trim() ?? '',
    content: v.content?.trim() ?? '',
    categoryId: v.categoryId ?? null,
    placeRegionCode: v.place?.at(-1) ?? '',
    placeAddress: blankToNull(v.placeAddress),
    accusedPerson: v.type === 'accusation' ? blankToNull(v.accusedPerson) : null,
    accusedOrgId: v.type === 'accusation' ? (v.accusedOrgId ?? null) : null,
    anonymous,
    name: anonymous ? null : blankToNull(v.name),
    idNumber: anonymous ? null : (blankToNull(v.idNumber)?.toUpperCase() ?? null),
    phone: anonymous ? null : (blankToNull(v.phone)?.replace(/\s+/g, '') ?? null),
    email: anonymous ? null : blankToNull(v.email),
    notifySms: !anonymous && v.notifySms !== false,
    notifyEmail: !anonymous && v.notifyEmail !== false,
    attachments,
  };
}

/**
 * The form field a server error path belongs to: the submission is registered as one petitioner, so
 * petitioners.0.phone is the phone field and a missing petitioner is the name; the place code is the place.
 */
export function submitFieldOf(path: string): (typeof SUBMIT_FIELDS)[number] | null {
  const [head, , leaf] = path.split('.');
  if (head === 'petitioners') {
    if (leaf === 'phone' || leaf === 'idNumber' || leaf === 'name') return leaf;
    return 'name';
  }
  if (head === 'placeRegionCode') return 'place';
  return (SUBMIT_FIELDS as readonly string[]).includes(head ?? '') ? (head as (typeof SUBMIT_FIELDS)[number]) : null;
}

/** Server field errors split into those shown at a field and the rest (shown as one message). */
export function planSubmitErrors(fields: readonly { path: string; message: string }[]): {
  byField: { name: (typeof SUBMIT_FIELDS)[number]; errors: string[] }[];
  rest: string[];
} {
  const byField = new Map<(typeof SUBMIT_FIELDS)[number], string[]>();
  const rest: string[] = [];
  for (const f of fields) {
    const name = submitFieldOf(f.path);
    if (name) byField.set(name, [...(byField.get(name) ?? []), f.message]);
    else rest.push(f.message);
  }
  return { byField: [...byField].map(([name, errors]) => ({ name, errors })), rest };
}

/** Characters as a person counts them (a Chinese character or an emoji is one). */
export const charCount = (s: string | undefined): number => [...(s ?? '')].length;
