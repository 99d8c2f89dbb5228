import { describe, expect, it } from 'vitest';
import type { Assignment, OwnershipEntry } from './api/types';
import { ownershipChecklist, ownershipProgress, responsibilityRows, reviewRoute } from './model';

describe('reviewRoute', () => {
  const org = { id: 1, name: '潍坊市人民政府' };
  it('names 复查 after a handling decision, at the review body, within thirty days', () => {
    expect(reviewRoute({ stage: 'handling', reviewOrg: { id: 1, name: '临朐县人民政府' }, reviewDays: 30 }, 'zh-CN')).toBe(
      '如不服本处理意见，可以自收到本意见书之日起三十日内向临朐县人民政府请求复查。',
    );
    expect(reviewRoute({ stage: 'handling', reviewOrg: null, reviewDays: null }, 'zh-CN')).toBe(
      '如不服本处理意见，可以自收到本意见书之日起三十日内向上一级机关、单位请求复查。',
    );
  });

  it('names 复核 after a review decision', () => {
    expect(reviewRoute({ stage: 'review', reviewOrg: org, reviewDays: 30 }, 'zh-CN')).toBe(
      '如不服本复查意见，可以自收到本意见书之日起三十日内向潍坊市人民政府请求复核。',
    );
  });

  it('names no route after a re-examination: the matter is final, in the words of the document', () => {
    const s = reviewRoute({ stage: 'reexamination', reviewOrg: org, reviewDays: 30 }, 'zh-CN');
    expect(s).toBe(
      '本复核意见为最终意见。根据《信访工作条例》第三十六条的规定，信访人对复核意见不服，仍以同一事实和理由提出信访事项的，不再受理。',
    );
    expect(s).not.toMatch(/请求(复查|复核)/);
    expect(reviewRoute({ stage: 'reexamination', reviewOrg: null, reviewDays: null }, 'en')).toContain('final');
  });

  it('speaks English', () => {
    expect(reviewRoute({ stage: 'handling', reviewOrg: org, reviewDays: 30 }, 'en')).toBe(
      'If you disagree with this decision, you may request a review (复查) by 潍坊市人民政府 within 30 days of receiving it.',
    );
  });
});

describe('ownership checklist', () => {
  const entries: OwnershipEntry[] = [
    { item: 'heard', doneOn: '2026-03-01', note: '听取住建局汇报' },
    { item: 'met_petitioner', doneOn: '2026-03-05', note: '接谈信访人' },
    { item: 'heard', doneOn: '2026-03-09', note: '再次听取汇报' },
  ];

  it('lists the six items in order, the latest entry of each, pending ones as null', () => {
    const lines = ownershipChecklist(entries);
    expect(lines.map((l) => l.item)).toEqual(['heard', 'chaired', 'coordinated', 'met_petitioner', 'met_handler', 'met_file']);
    expect(lines[0]!.done).toEqual({ item: 'heard', doneOn: '2026-03-09', note: '再次听取汇报' });
    expect(lines[1]!.done).toBeNull();
    expect(lines[3]!.done?.note).toBe('接谈信访人');
  });

  it('counts each item once: x/6', () => {
    expect(ownershipProgress(entries)).toEqual({ done: 2, total: 6 });
    expect(ownershipProgress([])).toEqual({ done: 0, total: 6 });
  });
});

describe('responsibilityRows', () => {
  const a = (over: Partial<Assignment>): Assignment => ({
    id: 1,
    mode: 'assign',
    fromOrg: { id: 2, name: '临朐县信访局' },
    toOrg: { id: 9, name: '临朐县住房和城乡建设局' },
    status: 'received',
    requirements: '核实后答复',
    task: null,
    owner: null,
    dueAt: '2026-05-30T16:00:00.000Z',
    returnReason: null,
    reply: null,
    createdAt: '2026-03-01T00:00:00Z',
    receivedAt: null,
    returnedAt: null,
    repliedAt: null,
    ...over,
  });

  it('puts the holder first as 主办 with its 交办, then each 协办 body still on the task', () => {
    const rows = responsibilityRows({ id: 9, name: '临朐县住房和城乡建设局' }, [
      a({}),
      a({
        id: 2,
        mode: 'assist',
        toOrg: { id: 11, name: '临朐县自然资源局' },
        task: '核实用地手续',
        owner: '王磊',
        status: 'pending',
        requirements: null,
      }),
      a({ id: 3, mode: 'assist', toOrg: { id: 12, name: '临朐县民政局' }, status: 'withdrawn' }),
    ]);
    expect(rows.map((r) => [r.role, r.org.name, r.task])).toEqual([
      ['lead', '临朐县住房和城乡建设局', '核实后答复'],
      ['assist', '临朐县自然资源局', '核实用地手续'],
    ]);
    // The lead's deadline is its handling clock (办理时限, where a 交办's date shows as 交办机关限定), not a second one here.
    expect(rows.map((r) => r.dueAt)).toEqual([null, '2026-05-30T16:00:00.000Z']);
  });

  it('has no lead row when nobody holds the matter', () => {
    expect(responsibilityRows(null, [a({ status: 'pending' })])).toEqual([]);
  });
});
