import { describe, expect, it } from 'vitest';
import type { ReceptionRecord } from './api/reception';
import {
  arrivalErrors,
  chosen,
  correctionInput,
  correctionValues,
  fromSlot,
  recordInput,
  speakersOver,
  withArrival,
  type RecordFormValues,
} from './records';

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
      {
        name: '张三',
        idType: 'id_card',
        idNumber: '11010519491231002X',
        phone: null,
        isRepresentative: false,
        visitId: null,
        bookingId: null,
      },
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

  it('sends whom an accusation accuses, and nothing of the kind for other matters', () => {
    const accusation = {
      title: '索要好处费',
      content: '某站所',
      type: 'accusation' as const,
      decision: 'solved' as const,
      instruction: '已当场答复',
    };
    const body = recordInput({
      ...values,
      matters: [
        { ...accusation, accusedPerson: ' 某工作人员 ', accusedOrgNone: true },
        { ...accusation, type: 'appeal', accusedPerson: '残留', accusedOrgId: 5 },
      ],
    });
    expect(body.matters.map((m) => [m.accusedPerson, m.accusedOrgId, m.accusedOrgNone])).toEqual([
      ['某工作人员', null, true],
      [null, null, false],
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

  it('fills a visitor from a chosen arrival, adds its matter once, and never sends its masked phone', () => {
    const booked = {
      visitId: null,
      bookingId: 4,
      number: 'YF1',
      name: '王秀兰',
      phone: '139****0001',
      matter: '养老金核定有误',
      partySize: 1,
      checkedIn: false,
    };
    const walkIn = {
      visitId: 8,
      bookingId: null,
      number: null,
      name: '李建国',
      phone: '137****1111',
      matter: '拖欠工资',
      partySize: 2,
      checkedIn: true,
    };
    // The empty first row takes the first arrival; the next one gets a row of its own.
    const first = withArrival({ visitors: [{ name: '' }], raised: '' }, booked);
    expect(first).toEqual({
      visitors: [{ name: '王秀兰', isRepresentative: false, maskedPhone: '139****0001', visitId: null, bookingId: 4 }],
      raised: '养老金核定有误',
    });
    const both = withArrival(first, walkIn);
    expect(both.visitors.map((p) => [p.name, p.visitId, p.bookingId])).toEqual([
      ['王秀兰', null, 4],
      ['李建国', 8, null],
    ]);
    expect(both.raised).toBe('养老金核定有误\n拖欠工资');
    expect(withArrival(both, walkIn).raised).toBe(both.raised);
    expect([chosen(both.visitors, booked), chosen(both.visitors, walkIn), chosen(first.visitors, walkIn)]).toEqual([true, true, false]);
    // A checked-in booking is chosen by its visit.
    expect(withArrival({}, { ...booked, visitId: 9, checkedIn: true }).visitors[0]).toMatchObject({ visitId: 9, bookingId: null });

    const body = recordInput({ ...values, visitors: both.visitors.map((p) => ({ ...p, phone: p.maskedPhone ?? '' })) });
    expect(body.visitors.map((p) => [p.phone, p.visitId, p.bookingId])).toEqual([
      [null, null, 4],
      [null, 8, null],
    ]);
  });

  it('corrects on the version shown: kept visitors by id with their masked values, new ones typed, nothing else', () => {
    const record = {
      id: 5,
      version: 3,
      kind: 'joint',
      place: '县信访接待中心',
      presentOrgs: [{ id: 4, name: '县住建局' }],
      raised: '供暖不达标',
      counsel: '',
      visitors: [
        { id: 11, name: '韩桂兰', idType: 'id_card', idNumber: '370724********0016', phone: '138****0019', isRepresentative: true },
      ],
    } as unknown as ReceptionRecord;
    const values = correctionValues(record);
    expect(values).toEqual({
      place: '县信访接待中心',
      presentOrgIds: [4],
      visitors: [
        { id: 11, name: '韩桂兰', idType: 'id_card', idNumber: '370724********0016', phone: '138****0019', isRepresentative: true },
      ],
      raised: '供暖不达标',
      counsel: '',
    });
    const body = correctionInput(record.version, {
      ...values,
      place: ' 县住建局接待室 ',
      visitors: [...values.visitors, { name: '韩小兵', idNumber: '', phone: '13812340020' }],
    });
    expect(body).toEqual({
      version: 3,
      place: '县住建局接待室',
      presentOrgIds: [4],
      visitors: [
        { id: 11, name: '韩桂兰', idType: 'id_card', idNumber: '370724********0016', phone: '138****0019', isRepresentative: true },
        { name: '韩小兵', idType: null, idNumber: null, phone: '13812340020', isRepresentative: false },
      ],
      raised: '供暖不达标',
      counsel: '',
    });
  });

  it('says a refused arrival on its visitor’s name', () => {
    const fields = [
      { name: ['visitors', 1, 'bookingId'], errors: ['该预约已取消'] },
      { name: ['visitors', 0, 'idNumber'], errors: ['身份证号码不正确'] },
      { name: ['visitors', 2, 'visitId'], errors: ['该来访已登记在另一条接访记录中'] },
    ];
    expect(arrivalErrors(fields)).toEqual([
      { name: ['visitors', 1, 'name'], errors: ['该预约已取消'] },
      { name: ['visitors', 2, 'name'], errors: ['该来访已登记在另一条接访记录中'] },
    ]);
  });
});
