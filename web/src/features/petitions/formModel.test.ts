import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toCorrectInput, toRegisterInput, type FormValues } from './formModel';

const values: FormValues = {
  channel: 'visit',
  receivedAt: dayjs('2026-03-02T09:30:00Z'),
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
      receivedAt: '2026-03-02T09:30:00.000Z',
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
      },
    ]);
  });

  it('sends only what changed in a correction', () => {
    const before = toRegisterInput(values, [3], null);
    const after = toRegisterInput({ ...values, title: '新标题' }, [3], null);
    expect(toCorrectInput(before, after, ' 录入错误 ')).toEqual({ reason: '录入错误', title: '新标题' });
  });

  it('adds only new attachments in a correction', () => {
    const before = toRegisterInput(values, [3], null);
    const after = toRegisterInput(values, [3, 5], null);
    expect(toCorrectInput(before, after, '补充附件')).toEqual({ reason: '补充附件', attachmentIds: [5] });
  });
});
