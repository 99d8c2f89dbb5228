import { describe, expect, it } from 'vitest';
import { fromSlot, recordInput, speakersOver, type RecordFormValues } from './records';

const values: RecordFormValues = {
  kind: 'leader',
  heldAt: '2027-01-05T09:00:00+08:00',
  place: '  ',
  slotId: 7,
  leaderIds: [2],
  visitors: [{ name: '张三', idNumber: ' 11010519491231002X ', phone: '' }],
  raised: '供暖不达标',
  matters: [
    {
      title: '供暖',
      content: '室温不足',
      type: 'appeal',
      decision: 'assigned',
      instruction: '请住建局处理',
      orgId: 3,
      dueDate: '2027-01-12',
    },
    { title: '旧案', petitionId: 9, type: 'appeal', decision: 'solved', instruction: '已当场答复', orgId: 3, dueDate: '2027-01-12' },
    { title: '合同纠纷', content: '工程款', type: 'appeal', decision: 'legal_route', instruction: '请起诉', legalRoute: 'litigation' },
    { title: '包案', petitionId: 11, decision: 'assigned', instruction: '请加快办理', orgId: 4, dueDate: '2027-01-20' },
  ],
};

describe('record form → request', () => {
  it('sends only what each decision uses, empty text as null, the slot’s place when none is typed', () => {
    const body = recordInput(values);
    expect(body).toMatchObject({ slotId: 7, place: null, presentOrgIds: [], counsel: '', petitionId: null });
    expect(body.visitors).toEqual([
      { name: '张三', idType: 'id_card', idNumber: '11010519491231002X', phone: null, isRepresentative: false },
    ]);
    expect(body.matters.map((m) => [m.decision, m.orgId, m.dueDate, m.legalRoute, m.type])).toEqual([
      ['assigned', 3, '2027-01-12', null, 'appeal'],
      // A linked petition keeps its own type; a solved matter goes to no body.
      ['solved', null, null, null, null],
      ['legal_route', null, null, 'litigation', 'appeal'],
      // Assigned on a linked petition: its handling body stays; the leader's time limit goes with the 批示.
      ['assigned', null, '2027-01-20', null, null],
    ]);
  });

  it('counts representatives beyond five and fills leaders and place from a slot', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `代表${i}`, isRepresentative: true }));
    expect(speakersOver(six)).toBe(1);
    expect(speakersOver(six.slice(1))).toBe(0);
    const slots = [
      { id: 7, startsAt: '', label: '', placeName: '县信访接待中心', mode: 'in_person' as const, leaders: [{ id: 2, name: '陈志强' }] },
    ];
    expect(fromSlot(slots, 7)).toEqual({ leaderIds: [2], place: '县信访接待中心' });
    expect(fromSlot(slots, null)).toEqual({});
  });
});
