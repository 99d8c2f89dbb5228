import { MAX_CONTENT_LENGTH, PUBLIC_EVENT_KINDS } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import { portalEn as en } from './i18n/en';
import { portalZh as zh } from './i18n/zh';
import { translator } from './i18n';
import type { PublicTimelineEntry, SubmitResult } from './api/types';
import {
  buildSubmitPayload,
  checkSubmit,
  charCount,
  chinaDateTime,
  chinaDay,
  DEADLINE_KEYS,
  deadlineLabel,
  holderOf,
  placeComplete,
  planSubmitErrors,
  PORTAL_STATUSES,
  receiptText,
  reviewRouteSentence,
  statusSentence,
  timelineSentence,
} from './model';

const tz = translator(zh);
const ten = translator(en);

const event = (kind: string, over: Partial<PublicTimelineEntry> = {}): PublicTimelineEntry => ({
  at: '2026-11-28T01:30:00.000Z',
  kind,
  body: '临朐县信访局',
  toBody: null,
  detail: {},
  ...over,
});

describe('China dates', () => {
  it('shows the calendar day and time in China, whatever the browser zone', () => {
    expect(chinaDay('2026-11-27T16:30:00.000Z')).toBe('2026-11-28');
    expect(chinaDay('2026-11-28')).toBe('2026-11-28');
    expect(chinaDateTime('2026-11-28T01:30:00.000Z')).toBe('2026-11-28 09:30');
    expect(chinaDay(null)).toBe('');
  });
});

describe('deadline labels', () => {
  it('names the known clocks in plain words in both languages, others by the server’s label', () => {
    for (const key of DEADLINE_KEYS) for (const t of [tz, ten]) expect(deadlineLabel({ key, label: 'x' }, t), key).not.toMatch(/\[/);
    expect(deadlineLabel({ key: 'review_request', label: '申请复查' }, tz)).toBe('您申请复查的期限');
    expect(deadlineLabel({ key: 'review_decide', label: '出具复查意见' }, ten)).toBe('Issue the review opinion');
    expect(deadlineLabel({ key: 'dispatch_general', label: '一般事项派单' }, ten)).toBe('一般事项派单');
  });
});

describe('status sentences', () => {
  it('has a plain sentence for every status, in both languages, naming the body', () => {
    for (const status of PORTAL_STATUSES)
      for (const t of [tz, ten]) {
        const s = statusSentence({ status, body: { name: '临朐县住房和城乡建设局' } }, t);
        expect(s, status).not.toMatch(/\[|\{\{/);
      }
    expect(statusSentence({ status: 'assigned', body: { name: '临朐县住房和城乡建设局' } }, tz)).toBe(
      '已交办至临朐县住房和城乡建设局，正在办理。',
    );
    expect(statusSentence({ status: 'handling', body: { name: '临朐县住房和城乡建设局' } }, tz)).toBe('临朐县住房和城乡建设局正在办理。');
    expect(statusSentence({ status: 'in_review', body: { name: '临朐县人民政府' } }, ten)).toBe(
      'Your request for a review was received; 临朐县人民政府 is reviewing the matter.',
    );
  });

  it('names the reviewing body while a review or re-examination runs', () => {
    const p = { status: 'in_review', body: { name: '临朐县住房和城乡建设局' }, review: { body: '临朐县人民政府' } };
    expect(holderOf(p)).toBe('临朐县人民政府');
    expect(statusSentence(p, tz)).toBe('已收到您的复查申请，临朐县人民政府正在复查。');
    expect(holderOf({ ...p, status: 'concluded' })).toBe('临朐县住房和城乡建设局');
    expect(holderOf({ ...p, review: { body: null } })).toBe('临朐县住房和城乡建设局');
  });

  it('shows an unknown status by its code rather than nothing', () => {
    expect(statusSentence({ status: 'archived', body: { name: 'x' } }, tz)).toBe('状态：archived');
  });
});

describe('timeline sentences', () => {
  it('has a sentence for every public event kind, in both languages', () => {
    for (const kind of PUBLIC_EVENT_KINDS)
      for (const t of [tz, ten]) expect(timelineSentence(event(kind, { toBody: '乙单位' }), t), kind).not.toMatch(/\[|\{\{/);
  });

  it('names where the matter went', () => {
    expect(timelineSentence(event('assign', { toBody: '临朐县住房和城乡建设局' }), tz)).toBe(
      '临朐县信访局将事项交办至临朐县住房和城乡建设局。',
    );
    expect(timelineSentence(event('forward', { toBody: '潍坊市信访局' }), ten)).toBe('临朐县信访局 forwarded the matter to 潍坊市信访局.');
    expect(timelineSentence(event('insist', { toBody: '临朐县民政局' }), tz)).toBe('临朐县信访局维持原交办意见，由临朐县民政局继续办理。');
  });

  it('says why a matter was declined and where it belongs', () => {
    expect(timelineSentence(event('decline', { detail: { route: 'labor_arbitration', reason: '属于劳动争议。' } }), tz)).toBe(
      '临朐县信访局决定不予受理：该事项应当向劳动人事争议仲裁委员会申请仲裁。理由：属于劳动争议。',
    );
    expect(timelineSentence(event('decline', { detail: { route: 'nonsense' } }), tz)).toBe(
      '临朐县信访局决定不予受理：该事项应当通过其他法定途径解决。',
    );
  });

  it('says how long and why an extension runs, or that it was refused', () => {
    const body = '临朐县住房和城乡建设局';
    expect(timelineSentence(event('approveExtension', { body, detail: { approve: true, days: 15, reason: '需要鉴定。' } }), tz)).toBe(
      '临朐县住房和城乡建设局依法延长办理期限 15 日。原因：需要鉴定。',
    );
    expect(timelineSentence(event('approveExtension', { body, detail: { approve: false, days: 15 } }), tz)).toBe(
      '临朐县住房和城乡建设局未批准延长办理期限。',
    );
  });

  it('names the document and its outcome on decide and deliver', () => {
    expect(timelineSentence(event('decide', { detail: { stage: 'review', outcome: 'reject' } }), tz)).toBe(
      '临朐县信访局出具了复查意见书，结论：不予支持。',
    );
    // A review decision's own outcome (维持 / 撤销 / 变更 / 责令重新处理), not the first instance's words.
    expect(timelineSentence(event('decide', { detail: { stage: 'review', outcome: 'uphold' } }), tz)).toBe(
      '临朐县信访局出具了复查意见书，结论：维持。',
    );
    expect(timelineSentence(event('decide', { detail: {} }), tz)).toBe('临朐县信访局出具了信访处理意见书。');
    expect(timelineSentence(event('deliver', { detail: { stage: 'handling', method: 'post' } }), tz)).toBe(
      '临朐县信访局以邮寄方式向您送达了信访处理意见书。',
    );
    expect(timelineSentence(event('requestReview', { body: '临朐县人民政府' }), tz)).toBe('您向临朐县人民政府申请了复查。');
  });

  it('copes with a missing body and an unknown kind', () => {
    expect(timelineSentence(event('conclude', { body: null }), tz)).toBe('有关单位办结了事项。');
    expect(timelineSentence(event('somethingNew'), tz)).toBe('临朐县信访局：somethingNew');
  });
});

describe('review route', () => {
  it('names 复查 after a handling decision, 复核 after a review, and the end after a re-examination', () => {
    expect(reviewRouteSentence({ stage: 'handling', reviewBody: '临朐县人民政府' }, tz)).toBe(
      '如不服本处理意见，可以自收到本意见书之日起三十日内向临朐县人民政府请求复查。',
    );
    expect(reviewRouteSentence({ stage: 'review', reviewBody: '潍坊市人民政府' }, tz)).toBe(
      '如不服本复查意见，可以自收到本意见书之日起三十日内向潍坊市人民政府请求复核。',
    );
    expect(reviewRouteSentence({ stage: 'reexamination', reviewBody: null }, tz)).toMatch(/^本复核意见为最终意见。/);
    expect(reviewRouteSentence({ stage: 'handling', reviewBody: null }, tz)).toContain('向上一级机关请求复查');
  });
});

describe('receipt', () => {
  const result: SubmitResult & { title: string } = {
    number: 'LQXFJ2026000123',
    queryCode: 'ABCD-EFGH-JKLM',
    body: '临朐县信访局',
    receivedAt: '2026-11-28T01:30:00.000Z',
    token: 'secret-token',
    title: '小区门口道路<破损>严重',
  };
  const url = 'https://xf.example.cn/portal/track';

  it('holds the number, the query code, the body, the China time and where to follow, never the token', () => {
    const text = receiptText(result, url, tz);
    expect(text.split('\n')).toEqual([
      '网上信访提交凭证',
      '',
      '信访事项编号：LQXFJ2026000123',
      '查询码：ABCD-EFGH-JKLM',
      '标题：小区门口道路<破损>严重',
      '受理的信访部门：临朐县信访局',
      '提交时间（北京时间）：2026-11-28 09:30',
      '查询网址：https://xf.example.cn/portal/track',
      '',
      zh.receipt.keep,
    ]);
    expect(text).not.toContain('secret-token');
  });
});

describe('submission payload', () => {
  const proof = { challenge: { parameters: { nonce: 'n' }, signature: 's' }, solution: { counter: 42, derivedKey: 'ab', time: 3 } };

  it('trims, sends blanks as null, takes the last place code and the uploads with their tokens', () => {
    expect(
      buildSubmitPayload(
        {
          type: 'appeal',
          title: '  小区门口道路破损严重 ',
          content: ' 城关街道东关社区门口的道路破损严重。 ',
          place: ['370000', '370700', '370724', '370724001'],
          placeAddress: '  ',
          anonymous: false,
          name: ' 刘桂英 ',
          idNumber: '37072419780612345x',
          phone: '138 1234 5678',
        },
        proof,
        [
          { id: 7, token: 't7' },
          { id: 9, token: 't9' },
        ],
      ),
    ).toEqual({
      challenge: proof.challenge,
      solution: { counter: 42, derivedKey: 'ab' },
      type: 'appeal',
      title: '小区门口道路破损严重',
      content: '城关街道东关社区门口的道路破损严重。',
      categoryId: null,
      placeRegionCode: '370724001',
      placeAddress: null,
      accusedPerson: null,
      accusedOrgId: null,
      anonymous: false,
      name: '刘桂英',
      idNumber: '37072419780612345X',
      phone: '13812345678',
      email: null,
      notifySms: true,
      notifyEmail: true,
      attachments: [
        { id: 7, token: 't7' },
        { id: 9, token: 't9' },
      ],
    });
  });

  it('sends no identity when anonymous, and never anonymous for a request (申诉求决)', () => {
    const anonymous = buildSubmitPayload(
      {
        type: 'suggestion',
        title: '建议增设公交站点',
        content: '建议在东关社区增设公交站点。',
        categoryId: 200,
        place: ['37', '3707', '370724'],
        anonymous: true,
        name: '刘桂英',
        phone: '13812345678',
      },
      proof,
      [],
    );
    expect(anonymous).toMatchObject({
      anonymous: true,
      name: null,
      idNumber: null,
      phone: null,
      email: null,
      notifySms: false,
      notifyEmail: false,
      placeRegionCode: '370724',
      categoryId: 200,
    });
    const appeal = buildSubmitPayload({ type: 'appeal', anonymous: true, name: '刘桂英', place: ['37', '3707', '370724'] }, proof, []);
    expect(appeal).toMatchObject({ anonymous: false, name: '刘桂英' });
  });

  it('needs the place down to the county', () => {
    expect(placeComplete(['370000', '370700'])).toBe(false);
    expect(placeComplete(['370000', '370700', '370724'])).toBe(true);
    expect(placeComplete(undefined)).toBe(false);
  });

  it('puts the server field errors on the form fields (one petitioner: petitioners.0.phone is the phone)', () => {
    expect(
      planSubmitErrors([
        { path: 'content', message: '太短' },
        { path: 'petitioners.0.phone', message: '请填写主要信访人的联系电话' },
        { path: 'petitioners', message: '请至少登记一名信访人' },
        { path: 'placeRegionCode', message: '请选择问题发生地' },
        { path: 'accusedPerson', message: '请填写被检举控告的人员或单位' },
      ]),
    ).toEqual({
      byField: [
        { name: 'content', errors: ['太短'] },
        { name: 'phone', errors: ['请填写主要信访人的联系电话'] },
        { name: 'name', errors: ['请至少登记一名信访人'] },
        { name: 'place', errors: ['请选择问题发生地'] },
        { name: 'accusedPerson', errors: ['请填写被检举控告的人员或单位'] },
      ],
      rest: [],
    });
  });

  it('counts characters as people do', () => {
    expect(charCount('道路破损👍')).toBe(5);
    expect(charCount(undefined)).toBe(0);
  });
});

describe('the form’s own checks', () => {
  const complete = {
    type: 'appeal',
    title: '东关社区道路破损',
    content: '城关街道东关社区门口的道路破损严重，请求修复。',
    place: ['370000', '370700', '370724'],
    name: '刘桂英',
    phone: '138 1234 0077',
  } as const;

  it('pass a complete submission', () => {
    expect(checkSubmit({ ...complete, place: [...complete.place] }, tz)).toEqual({});
  });

  it('name every field at fault, in words, and only those', () => {
    expect(checkSubmit({}, tz)).toEqual({
      type: '请选择信访类型',
      title: '请填写标题',
      content: zh.submit.contentRule.replace('{{max}}', String(MAX_CONTENT_LENGTH)),
      place: '请至少选到县（市、区）',
      name: '请填写姓名',
      phone: '请填写联系电话',
    });
    const wrong = checkSubmit(
      { ...complete, place: ['370000', '370700'], phone: '1380', idNumber: '370724197806123450', email: 'a@b' },
      tz,
    );
    expect(Object.keys(wrong)).toEqual(['place', 'phone', 'idNumber', 'email']);
  });

  it('ask an accusation for a person or a body, and nothing of an anonymous one’s identity', () => {
    const accusation = { ...complete, place: [...complete.place], type: 'accusation' as const };
    expect(checkSubmit(accusation, ten)).toEqual({ accusedPerson: en.submit.accusedPersonRule });
    expect(checkSubmit({ ...accusation, accusedOrgId: 7 }, ten)).toEqual({});
    expect(checkSubmit({ ...accusation, accusedPerson: '某科长', anonymous: true, name: '', phone: '' }, ten)).toEqual({});
    // A request (申诉求决) cannot be anonymous: the box is ignored and the identity asked for.
    expect(checkSubmit({ ...complete, place: [...complete.place], anonymous: true, name: '' }, tz)).toEqual({ name: '请填写姓名' });
  });
});
