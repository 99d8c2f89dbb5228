import { WORKFLOW_ACTIONS } from '@xinfang/domain';
import { describe, expect, it } from 'vitest';
import {
  ACTION_FIELDS,
  actionLabelKey,
  buildPayload,
  extensionDaysLeft,
  isDate,
  orderActions,
  preselect,
  splitActions,
  validateAction,
  visibleFields,
  type ActionContext,
} from './actions';
import { type Extension, type Supervision } from './api/types';

const ctx = (over: Partial<ActionContext['workflow']> = {}, status = 'handling'): ActionContext => ({
  status,
  workflow: { extensions: [], supervisions: [], assignments: [], ...over },
});
const ext = (days: number, status: Extension['status']): Extension => ({
  id: days,
  days,
  reason: '情况复杂',
  status,
  requestedBy: '张伟',
  requestedAt: '2026-03-01T00:00:00Z',
  decidedBy: null,
  decidedAt: null,
  note: null,
});
const slip = (id: number, kind: Supervision['kind'], toOrgId = 9): Supervision => ({
  id,
  kind,
  fromOrg: { id: 2, name: '临朐县信访局' },
  toOrg: { id: toOrgId, name: '临朐县住房和城乡建设局' },
  message: '请加快办理',
  replyDueOn: null,
  reply: null,
  adopted: null,
  repliedAt: null,
  repliedBy: null,
  createdAt: '2026-03-01T00:00:00Z',
  createdBy: '刘洋',
});

describe('action forms', () => {
  it('has a form for every action of docs/WORKFLOW.md', () => {
    expect(Object.keys(ACTION_FIELDS).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
    expect(ACTION_FIELDS.receive).toEqual([]);
  });

  it('orders the server’s actions as the workflow does, unknown ones last, without duplicates', () => {
    expect(orderActions(['urge', 'decide', 'record', 'somethingNew', 'decide'])).toEqual(['record', 'decide', 'urge', 'somethingNew']);
    expect(orderActions([])).toEqual([]);
  });

  it('keeps the moving-on steps as buttons and puts the others past the room left into the menu, in order', () => {
    const primary = (a: string) => a === 'decide' || a === 'approveExtension';
    const all = ['record', 'addAssist', 'requestExtension', 'approveExtension', 'decide', 'urge', 'instruct'];
    expect(splitActions(all, primary, 4)).toEqual({
      shown: ['record', 'addAssist', 'approveExtension', 'decide'],
      rest: ['requestExtension', 'urge', 'instruct'],
    });
    expect(splitActions(['record', 'decide'], primary, 4)).toEqual({ shown: ['record', 'decide'], rest: [] });
    // More primary steps than room: all of them stay buttons.
    expect(splitActions(['decide', 'approveExtension', 'urge'], primary, 1)).toEqual({
      shown: ['decide', 'approveExtension'],
      rest: ['urge'],
    });
  });

  it('names the decision after its stage', () => {
    expect(actionLabelKey('decide', 'handling')).toBe('workflow.actions.decide');
    expect(actionLabelKey('decide', 'in_review')).toBe('workflow.stageActions.decideReview');
    expect(actionLabelKey('decide', 'in_reexamination')).toBe('workflow.stageActions.decideReexamination');
    expect(actionLabelKey('deliver', 'in_review')).toBe('workflow.actions.deliver');
  });

  it('shows the particulars of a record only for its kind', () => {
    const names = (kind: string) => visibleFields('record', { kind }, ctx()).map((f) => f.name);
    expect(names('investigation')).toEqual(['kind', 'occurredOn', 'note']);
    expect(names('hearing')).toEqual(['kind', 'occurredOn', 'hearingFrom', 'hearingTo', 'note']);
    expect(names('mediation')).toEqual(['kind', 'occurredOn', 'agreement', 'note']);
    expect(names('relief')).toEqual(['kind', 'occurredOn', 'reliefKind', 'reliefAmount', 'note']);
  });

  it('offers no review body for a re-examination decision (it is final)', () => {
    expect(visibleFields('decide', {}, ctx({}, 'handling')).map((f) => f.name)).toContain('reviewOrgId');
    expect(visibleFields('decide', {}, ctx({}, 'in_reexamination')).map((f) => f.name)).not.toContain('reviewOrgId');
  });
});

describe('validateAction', () => {
  it('requires the required fields, and only those', () => {
    expect(validateAction('forward', {}, ctx())).toEqual({ toOrgId: 'required' });
    expect(validateAction('forward', { toOrgId: 5 }, ctx())).toEqual({});
    expect(validateAction('assign', { toOrgId: 5, requirements: '  ' }, ctx())).toEqual({ requirements: 'required' });
    expect(validateAction('accept', {}, ctx())).toEqual({});
    expect(validateAction('receive', {}, ctx())).toEqual({});
    expect(validateAction('record', { kind: 'relief', occurredOn: '2026-03-02', note: '发放临时救助' }, ctx())).toEqual({
      reliefKind: 'required',
      reliefAmount: 'required',
    });
  });

  it('checks dates as real YYYY-MM-DD days, and a hearing that ends after it starts', () => {
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2026-2-8')).toBe(false);
    expect(isDate('2026/02/08')).toBe(false);
    expect(validateAction('assign', { toOrgId: 5, requirements: '核实', dueDate: '2026-13-01' }, ctx())).toEqual({ dueDate: 'date' });
    const hearing = { kind: 'hearing', occurredOn: '2026-03-02', note: '听证', hearingFrom: '2026-03-05', hearingTo: '2026-03-04' };
    expect(validateAction('record', hearing, ctx())).toEqual({ hearingTo: 'hearingOrder' });
    expect(validateAction('record', { ...hearing, hearingTo: '2026-03-05' }, ctx())).toEqual({});
  });

  it('keeps an extension to whole days from 1 to 30, and 30 in all with those approved (条例 Art. 34)', () => {
    const v = (days: unknown) =>
      validateAction('requestExtension', { days, reason: '情况复杂' }, ctx({ extensions: [ext(20, 'approved'), ext(15, 'rejected')] }));
    expect(v(0)).toEqual({ days: 'days' });
    expect(v(31)).toEqual({ days: 'days' });
    expect(v(2.5)).toEqual({ days: 'days' });
    expect(v(11)).toEqual({ days: 'daysLeft' });
    expect(v(10)).toEqual({});
    expect(extensionDaysLeft([ext(20, 'approved'), ext(15, 'approved')])).toBe(0);
    expect(extensionDaysLeft([ext(10, 'pending')])).toBe(30);
  });

  it('refuses a negative relief amount', () => {
    const relief = { kind: 'relief', occurredOn: '2026-03-02', note: '救助', reliefKind: '临时救助' };
    expect(validateAction('record', { ...relief, reliefAmount: -1 }, ctx())).toEqual({ reliefAmount: 'amount' });
    expect(validateAction('record', { ...relief, reliefAmount: 0 }, ctx())).toEqual({});
  });

  it('asks whether the proposals were adopted for a 督办, not for a 催办', () => {
    const c = ctx({ supervisions: [slip(1, 'urge'), slip(2, 'supervise')] });
    expect(validateAction('replySupervision', { supervisionId: 1, reply: '已加快办理' }, c)).toEqual({});
    expect(visibleFields('replySupervision', { supervisionId: 1 }, c).map((f) => f.name)).toEqual(['supervisionId', 'reply']);
    expect(validateAction('replySupervision', { supervisionId: 2, reply: '已整改' }, c)).toEqual({ adopted: 'required' });
    expect(validateAction('replySupervision', { supervisionId: 2, reply: '已整改', adopted: false }, c)).toEqual({});
  });
});

describe('buildPayload', () => {
  it('sends the version and the fields, trimmed, ids and amounts as numbers', () => {
    expect(buildPayload('assign', 7, { toOrgId: 12, requirements: '  请核实后答复 ', dueDate: '2026-04-30' }, ctx())).toEqual({
      version: 7,
      toOrgId: 12,
      requirements: '请核实后答复',
      dueDate: '2026-04-30',
    });
    expect(buildPayload('requestExtension', 3, { days: 15, reason: '需补充鉴定' }, ctx())).toEqual({
      version: 3,
      days: 15,
      reason: '需补充鉴定',
    });
  });

  it('leaves out empty optional fields (the server refuses null) and fields of other record kinds', () => {
    expect(buildPayload('accept', 2, { note: '  ' }, ctx())).toEqual({ version: 2 });
    expect(buildPayload('receive', 2, {}, ctx())).toEqual({ version: 2 });
    expect(buildPayload('decline', 2, { route: 'litigation', routeOrgId: null, reason: '已进入诉讼程序' }, ctx())).toEqual({
      version: 2,
      route: 'litigation',
      reason: '已进入诉讼程序',
    });
    expect(
      buildPayload(
        'record',
        4,
        { kind: 'mediation', occurredOn: '2026-03-02', note: '组织调解', agreement: false, hearingFrom: '2026-03-01', reliefAmount: 100 },
        ctx(),
      ),
    ).toEqual({ version: 4, kind: 'mediation', occurredOn: '2026-03-02', agreement: false, note: '组织调解' });
    expect(
      buildPayload('record', 4, { kind: 'relief', occurredOn: '2026-03-02', note: '救助', reliefKind: '临时救助', reliefAmount: 0 }, ctx()),
    ).toEqual({
      version: 4,
      kind: 'relief',
      occurredOn: '2026-03-02',
      reliefKind: '临时救助',
      reliefAmount: 0,
      note: '救助',
    });
  });

  it('keeps yes/no answers as booleans, including no', () => {
    expect(buildPayload('approveExtension', 5, { approve: false }, ctx())).toEqual({ version: 5, approve: false });
    expect(buildPayload('approveExtension', 5, { approve: true, note: '同意' }, ctx())).toEqual({
      version: 5,
      approve: true,
      note: '同意',
    });
  });

  it('sends no review body for a re-examination decision', () => {
    const v = { outcome: 'reject', request: '请求', facts: '事实', reasons: '理由', basis: '依据', reviewOrgId: 3 };
    expect(buildPayload('decide', 9, v, ctx({}, 'in_review'))).toHaveProperty('reviewOrgId', 3);
    expect(buildPayload('decide', 9, v, ctx({}, 'in_reexamination'))).not.toHaveProperty('reviewOrgId');
  });
});

describe('preselect', () => {
  it('picks the only choice, or the only one addressed to my body', () => {
    expect(preselect([slip(1, 'urge')], 4)).toBe(1);
    expect(preselect([slip(1, 'urge', 4), slip(2, 'supervise', 9)], 9)).toBe(2);
    expect(preselect([slip(1, 'urge', 9), slip(2, 'supervise', 9)], 9)).toBeUndefined();
    expect(preselect([], 9)).toBeUndefined();
  });
});

describe('交由村（居）调解', () => {
  const base = { orgId: 7, kind: 'property', title: '车位争执', facts: '两户车位争执' };
  it('needs each party named with a claim; wholly empty rows are dropped', () => {
    expect(validateAction('requestMediation', { ...base, parties: [{}, {}] }, ctx())).toEqual({ parties: 'required' });
    expect(validateAction('requestMediation', { ...base, parties: [{ name: '陈某' }, {}] }, ctx())).toEqual({ parties: 'parties' });
    expect(validateAction('requestMediation', { ...base, parties: [{ name: '陈某', claim: '让出车位' }, {}] }, ctx())).toEqual({});
  });
  it('sends the parties trimmed, with a phone only when given', () => {
    const body = buildPayload('requestMediation', 3, { ...base, parties: [{ name: ' 陈某 ', claim: '让出车位 ', phone: '' }, {}] }, ctx());
    expect(body).toEqual({ version: 3, ...base, parties: [{ name: '陈某', claim: '让出车位' }] });
  });
});
