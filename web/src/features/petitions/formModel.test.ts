import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toCorrectInput, toRegisterInput, type FormValues } from './formModel';

const values: FormValues = {
  channel: 'visit',
  // Picked as 09:30 on the picker: China wall-clock time, whatever the browser's zone.
  receivedAt: dayjs('2026-03-02 09:30'),
  type: 'appeal',
  categoryId: 7,
  title: ' 小区物业收费 ',
  content: '内容',
  placeAddress: '  ',
  personsCount: 8,
  involvedCount: null,
  accusedPerson: '某人',
  petitioners: [
    { kind: 'person', name: '张三', idType: 'id_card', idNumber: '11010519491231002x', phone: '', isMain: true, isRepresentative: true },
    { kind: 'person', name: '  ', isMain: false },
  ],
};

describe('registration body', () => {
  it('trims, nulls blanks, upper-cases ID numbers, drops empty rows and accused fields of non-accusations', () => {
    const body = toRegisterInput(values, [3], 9);
    expect(body).toMatchObject({
      receivedAt: '2026-03-02T09:30:00+08:00',
      title: '小区物业收费',
      placeAddress: null,
      involvedCount: 0,
      accusedPerson: null,
      anonymous: false,
      attachmentIds: [3],
      repeatOfId: 9,
    });
    expect(body.petitioners).toEqual([
      {
        kind: 'person',
        name: '张三',
        idType: 'id_card',
        idNumber: '11010519491231002X',
        phone: null,
        address: null,
        regionCode: null,
        employer: null,
        isMain: true,
        isRepresentative: true,
        email: null,
        notifySms: true,
        notifyEmail: true,
      },
    ]);
  });

  it('confirms "no accused body" only for an accusation that names none', () => {
    const accusation = { ...values, type: 'accusation' as const, accusedOrgNone: true };
    expect(toRegisterInput(accusation, [], null).accusedOrgNone).toBe(true);
    expect(toRegisterInput({ ...accusation, accusedOrgId: 5 }, [], null)).toMatchObject({ accusedOrgId: 5, accusedOrgNone: false });
    expect(toRegisterInput(values, [], null).accusedOrgNone).toBe(false);
  });

  it('sends new facts and reasons (条例 Art. 36) only when stated', () => {
    expect(toRegisterInput(values, [], null)).not.toHaveProperty('newFacts');
    expect(toRegisterInput({ ...values, newFacts: '  ' }, [], null)).not.toHaveProperty('newFacts');
    expect(toRegisterInput({ ...values, newFacts: ' 新的评估报告 ' }, [], null).newFacts).toBe('新的评估报告');
  });

  it('sends only what changed in a correction', () => {
    const before = toRegisterInput(values, [3], null);
    const after = toRegisterInput({ ...values, title: '新标题' }, [3], null);
    expect(toCorrectInput(before, after, ' 录入错误 ', 3)).toEqual({ version: 3, reason: '录入错误', title: '新标题' });
  });

  it('adds only new attachments in a correction', () => {
    const before = toRegisterInput(values, [3], null);
    const after = toRegisterInput(values, [3, 5], null);
    expect(toCorrectInput(before, after, '补充附件', 3)).toEqual({ version: 3, reason: '补充附件', attachmentIds: [5] });
  });
});

describe('correction of a petition shown masked', () => {
  const shown: FormValues = {
    ...values,
    petitioners: [
      { id: 11, kind: 'person', name: '王秀兰', idType: 'id_card', idNumber: '3707**********1232', phone: '138****5678', isMain: true },
      { id: 12, kind: 'person', name: '刘建华', idType: null, idNumber: '', phone: '139****5678', isMain: false },
    ],
  };

  it('leaves the petitioners out when none changed', () => {
    const before = toRegisterInput(shown, [], null);
    expect(toCorrectInput(before, toRegisterInput(shown, [], null), '更正', 7)).toEqual({ version: 7, reason: '更正' });
  });

  it('sends every row as shown, masked values and ids included, when one row changed', () => {
    const before = toRegisterInput(shown, [], null);
    const edited = { ...shown, petitioners: [shown.petitioners[0]!, { ...shown.petitioners[1]!, phone: '13900000000' }] };
    const body = toCorrectInput(before, toRegisterInput(edited, [], null), '电话录错', 7);
    expect(body.petitioners?.map((p) => [p.id, p.idNumber, p.phone])).toEqual([
      [11, '3707**********1232', '138****5678'],
      [12, null, '13900000000'],
    ]);
    expect(Object.keys(body.petitioners![0]!)).not.toContain('masked');
    expect(Object.keys(body.petitioners![0]!)).not.toContain('regionName');
  });
});
