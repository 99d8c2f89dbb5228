import { describe, expect, it } from 'vitest';
import type { Dispute } from './api/disputes';
import { actionDefaults, emptyRegistration, reviveRegistration, splitNames, toActionBody, toRegisterInput } from './model';

describe('the registration as sent', () => {
  it('trims, sends empty optional fields as null and drops wholly empty party rows', () => {
    const body = toRegisterInput({
      kind: 'homestead',
      source: 'visit',
      title: ' 宅基地界址纠纷 ',
      facts: '翻建房屋引起界址争议。\n',
      regionCode: '370724101',
      address: '五井东村东街',
      foundOn: '2026-12-01',
      parties: [
        { kind: 'person', name: ' 张某某 ', phone: ' 13800000001 ', address: '', claim: '按原界址' },
        { kind: 'body', name: '某公司', claim: '东移半米' },
        { kind: 'person', name: '  ', claim: '' },
      ],
    });
    expect(body).toEqual({
      kind: 'homestead',
      source: 'visit',
      title: '宅基地界址纠纷',
      facts: '翻建房屋引起界址争议。',
      regionCode: '370724101',
      address: '五井东村东街',
      foundOn: '2026-12-01',
      parties: [
        { kind: 'person', name: '张某某', phone: '13800000001', address: null, claim: '按原界址' },
        { kind: 'body', name: '某公司', phone: null, address: null, claim: '东移半米' },
      ],
    });
  });

  it('a fresh form is found today in China time, whatever the browser’s zone, with two party rows', () => {
    // 2026-12-01 17:30 UTC is already the 2nd in China.
    const v = emptyRegistration(new Date('2026-12-01T17:30:00Z'));
    expect(v.foundOn).toBe('2026-12-02');
    expect(v.parties).toHaveLength(2);
    expect(v.source).toBe('resident');
  });

  it('a draft comes back with its values and full party rows', () => {
    const v = reviveRegistration({ title: '排水纠纷', parties: [{ name: '王某' }] });
    expect(v.title).toBe('排水纠纷');
    expect(v.parties).toEqual([{ kind: 'person', name: '王某' }]);
    expect(reviveRegistration({ parties: [] }).parties).toHaveLength(2);
  });
});

const dispute = {
  version: 7,
  mediators: ['王调解'],
  partyList: [
    { id: 11, name: '张某某' },
    { id: 12, name: '李某某' },
  ],
  escalationTargets: [{ id: 5, name: '五井镇人民政府' }],
} as unknown as Dispute;

describe('action bodies', () => {
  it('names are split on 、，and new lines', () => {
    expect(splitNames('王调解、赵网格员，\n刘某 ')).toEqual(['王调解', '赵网格员', '刘某']);
    expect(splitNames('')).toEqual([]);
  });

  it('every body carries the version of the dispute shown', () => {
    expect(toActionBody('takeOver', {}, 7)).toEqual({ version: 7 });
    expect(toActionBody('mediate', { mediators: '王调解、赵网格员' }, 7)).toEqual({ version: 7, mediators: ['王调解', '赵网格员'] });
  });

  it('a session and an agreement send the parties chosen and the mediators as a list', () => {
    const d = actionDefaults('agree', dispute, new Date('2026-12-01T02:00:00Z'));
    expect(d).toMatchObject({ concludedOn: '2026-12-01', followUpOn: '2026-12-31', partyIds: [11, 12], mediators: '王调解' });
    expect(toActionBody('agree', { ...d, terms: ' 按新界址砌墙 ', performance: '十五日内', scanId: 99 }, 7)).toEqual({
      version: 7,
      concludedOn: '2026-12-01',
      terms: '按新界址砌墙',
      performance: '十五日内',
      partyIds: [11, 12],
      mediators: ['王调解'],
      scanId: 99,
      followUpOn: '2026-12-31',
    });
    expect(
      toActionBody('recordSession', { heldOn: '2026-12-01', place: '村委会', mediators: '王调解', partyIds: [12], note: '第一次' }, 3),
    ).toEqual({ version: 3, heldOn: '2026-12-01', place: '村委会', mediators: ['王调解'], partyIds: [12], note: '第一次' });
  });

  it('a follow-up sends its next date only when the agreement was kept in part', () => {
    const v = { visitedOn: '2026-12-05', note: '部分履行', nextFollowUpOn: '2027-01-05' };
    expect(toActionBody('followUp', { ...v, result: 'partly' }, 1)).toMatchObject({ nextFollowUpOn: '2027-01-05' });
    expect(toActionBody('followUp', { ...v, result: 'kept' }, 1)).toMatchObject({ nextFollowUpOn: null });
  });

  it('escalation goes to the first target offered unless another is chosen; toPetition names its petitioners', () => {
    expect(actionDefaults('escalate', dispute).toOrgId).toBe(5);
    expect(toActionBody('escalate', { toOrgId: 5, reason: '村内无法化解' }, 2)).toEqual({ version: 2, toOrgId: 5, reason: '村内无法化解' });
    expect(toActionBody('toPetition', { ...actionDefaults('toPetition', dispute), mainIdNumber: ' ' }, 2)).toEqual({
      version: 2,
      channel: 'visit',
      type: 'appeal',
      petitionerPartyIds: [11],
      mainIdNumber: null,
    });
  });
});
