import { describe, expect, it } from 'vitest';
import { describeEvent } from './eventSummary';

describe('describeEvent', () => {
  it('describes a registration: number, form and source in words, and the repeat it was linked to', () => {
    expect(describeEvent('registered', { number: 'LQ2026000001', source: 'form', channel: 'visit', repeatOf: null }, 'zh-CN')).toEqual([
      '编号 LQ2026000001，信访形式 来访，来源 登记',
    ]);
    expect(
      describeEvent('registered', { number: 'LQ2026000002', source: 'import', channel: 'letter', repeatOf: 'LQ2026000001' }, 'zh-CN'),
    ).toEqual(['编号 LQ2026000002，信访形式 来信，来源 导入，关联为 LQ2026000001 的重复件']);
    expect(describeEvent('registered', { number: 'LQ2026000001', source: 'form', channel: 'visit', repeatOf: null }, 'en')).toEqual([
      'number LQ2026000001; form Visit; source registration',
    ]);
  });

  it('describes a correction: the reason, then each field with its Chinese name and old → new values', () => {
    const lines = describeEvent(
      'corrected',
      {
        reason: '录入错误',
        before: {
          title: '甲',
          channel: 'visit',
          type: 'appeal',
          personsCount: 1,
          receivedAt: '2026-03-01T01:30:00.000Z',
          anonymous: false,
        },
        after: {
          title: '乙',
          channel: 'letter',
          type: 'accusation',
          personsCount: 6,
          receivedAt: '2026-03-02T01:30:00.000Z',
          anonymous: true,
          attachmentsAdded: [4, 5],
        },
      },
      'zh-CN',
    );
    expect(lines).toEqual([
      '原因：录入错误',
      '标题：甲 → 乙',
      '信访形式：来访 → 来信',
      '信访类别：申诉求决 → 检举控告',
      '信访人数：1 → 6',
      // China time, whatever the zone the test runs in.
      '收到时间：2026-03-01 09:30 → 2026-03-02 09:30',
      '匿名：否 → 是',
      '新增附件：2 个',
    ]);
  });

  it('names petitioners, categories and bodies, and shows content changes by length', () => {
    const lines = describeEvent(
      'corrected',
      {
        reason: '信访人姓名写错',
        before: { petitioners: [{ name: '张*', idNumber: null, phone: null }], content: '（120 字）', categoryId: 3, accusedOrgId: null },
        after: { petitioners: [{ name: '李*' }, { name: '王*' }], content: '（130 字）', categoryId: 7, accusedOrgId: 9 },
      },
      'zh-CN',
      { category: (id) => (id === 7 ? '城乡建设 / 住房保障' : undefined), org: (id) => (id === 9 ? '临朐县住建局' : undefined) },
    );
    expect(lines).toEqual([
      '原因：信访人姓名写错',
      '信访人：张* → 李*、王*',
      '信访内容：（120 字） → （130 字）',
      '问题分类：#3 → 城乡建设 / 住房保障',
      '被检举控告单位：— → 临朐县住建局',
    ]);
  });

  it('names the other matter of links and merges, and the reason for viewing personal data', () => {
    expect(describeEvent('repeat_linked', { repeatOfId: 3, repeatOf: 'LQ2026000003', previous: null }, 'zh-CN')).toEqual([
      '关联为 LQ2026000003 的重复件',
    ]);
    expect(describeEvent('merged', { intoId: 3, into: 'LQ2026000003', reason: '同一诉求' }, 'zh-CN')).toEqual([
      '合并到 LQ2026000003',
      '原因：同一诉求',
    ]);
    expect(describeEvent('merged_from', { fromId: 4, from: 'LQ2026000004' }, 'zh-CN')).toEqual(['LQ2026000004 合并进本事项']);
    expect(describeEvent('unmerged_from', { fromId: 4, from: 'LQ2026000004' }, 'zh-CN')).toEqual(['LQ2026000004 撤销合并']);
    // On the matter taken out, `from` names the matter it had been merged into.
    expect(describeEvent('unmerged', { fromId: 3, from: 'LQ2026000003' }, 'zh-CN')).toEqual(['撤销与 LQ2026000003 的合并']);
    expect(describeEvent('personal_data_viewed', { petitionerId: 2, reason: '电话回访', confidential: false }, 'zh-CN')).toEqual([
      '查看原因：电话回访',
    ]);
  });

  it('prints nothing for events without words to add, or without a payload', () => {
    expect(describeEvent('confirmed_new', {}, 'zh-CN')).toEqual([]);
    expect(describeEvent('repeat_unlinked', { repeatOfId: 3 }, 'zh-CN')).toEqual([]);
    expect(describeEvent('registered', null, 'zh-CN')).toEqual([]);
  });

  it('reads payloads with the event union: keys of older versions are ignored, a payload it does not know adds no words', () => {
    expect(describeEvent('return', { assignmentId: 3, reason: '不属于本机关职权范围', version: 4, returnedBy: '张三' }, 'zh-CN')).toEqual([
      '退回理由：不属于本机关职权范围',
    ]);
    expect(describeEvent('decline', { route: 'litigation', reason: 42 }, 'zh-CN')).toEqual([]);
    expect(describeEvent('no_such_kind', { reason: '某原因' }, 'zh-CN')).toEqual([]);
  });

  it('describes workflow events: bodies named, choices in words, texts on their own lines', () => {
    const org = (id: number) => (id === 9 ? '临朐县住房和城乡建设局' : undefined);
    expect(describeEvent('forward', { toOrgId: 9, toOrg: '临朐县住房和城乡建设局', note: null }, 'zh-CN')).toEqual([
      '转送机关：临朐县住房和城乡建设局',
    ]);
    expect(
      describeEvent(
        'assign',
        { toOrgId: 9, toOrg: '临朐县住房和城乡建设局', requirements: '核实后书面答复', dueAt: '2026-05-30T16:00:00.000Z', note: null },
        'zh-CN',
      ),
    ).toEqual(['交办机关：临朐县住房和城乡建设局，办理期限：2026-05-30 24:00', '交办要求：核实后书面答复']);
    expect(describeEvent('decline', { route: 'litigation', routeOrgId: 9, reason: '已起诉' }, 'zh-CN', { org })).toEqual([
      '法定途径：诉讼（人民法院），有权处理机关：临朐县住房和城乡建设局',
      '不予受理理由：已起诉',
    ]);
    expect(describeEvent('return', { assignmentId: 3, reason: '不属于本机关职权范围' }, 'zh-CN')).toEqual([
      '退回理由：不属于本机关职权范围',
    ]);
    expect(describeEvent('receive', { assignmentId: 3 }, 'zh-CN')).toEqual([]);
    expect(describeEvent('approveExtension', { approve: true, days: 15, reason: '情况复杂', note: null }, 'zh-CN')).toEqual([
      '审批结果：批准延期，延期天数：15 日',
    ]);
    expect(
      describeEvent(
        'record',
        { kind: 'relief', occurredOn: '2026-03-02', reliefKind: '临时救助', reliefAmount: 2000, note: '发放' },
        'zh-CN',
      ),
    ).toEqual(['办理方式：救助，日期：2026-03-02，救助金额（元）：2,000 元', '救助类别：临时救助', '办理情况：发放']);
    expect(describeEvent('replySupervision', { supervisionId: 1, kind: 'supervise', reply: '已整改', adopted: true }, 'zh-CN')).toEqual([
      '建议采纳情况：采纳',
      '反馈情况：已整改',
    ]);
    expect(describeEvent('ownershipItem', { item: 'met_petitioner', doneOn: '2026-03-05', note: '接谈' }, 'en')).toEqual([
      'Step: Met the petitioner; Done on: 2026-03-05',
      'What was done: 接谈',
    ]);
  });
});
